import assert from 'node:assert/strict';
import type { KnownBlock } from '@slack/types';
import { checkSlackLimits } from '../../src/render/slack-limits.js';
import { checkTeamsLimits } from '../../src/render/teams-limits.js';
import type { AdaptiveCard } from '../../src/render/types.js';

const plain = (text: string) => ({ type: 'plain_text' as const, text });
const mrkdwn = (text: string) => ({ type: 'mrkdwn' as const, text });
const slack = (blocks: KnownBlock[], text = 'fallback') => checkSlackLimits({ text, blocks });

describe('checking platform limits', function () {
  describe('checkSlackLimits', function () {
    it('accepts a message within every limit', function () {
      assert.deepEqual(slack([{ type: 'header', text: plain('Title') }, { type: 'section', text: mrkdwn('Body') }]), []);
    });

    it('reports too many blocks', function () {
      assert.deepEqual(slack(Array.from({ length: 51 }, (): KnownBlock => ({ type: 'divider' }))), ['blocks: 51 blocks, limit 50']);
    });

    it('reports texts over their limits, with where they are', function () {
      const issues = slack([
        { type: 'header', text: plain('h'.repeat(151)) },
        { type: 'section', text: mrkdwn('s'.repeat(3_001)), fields: Array.from({ length: 11 }, () => mrkdwn('f')) },
        { type: 'context', elements: Array.from({ length: 11 }, () => mrkdwn('c')) },
      ]);
      assert.deepEqual(issues, [
        'blocks[0].text: 151 characters, limit 150',
        'blocks[1].text: 3,001 characters, limit 3,000',
        'blocks[1].fields: 11 fields, limit 10',
        'blocks[2].elements: 11 elements, limit 10',
      ]);
    });

    it('reports button text, value, id and URL problems', function () {
      const issues = slack([
        {
          type: 'actions',
          elements: [
            { type: 'button', action_id: 'a'.repeat(256), text: plain('b'.repeat(76)), value: 'v'.repeat(2_001) },
            { type: 'button', action_id: 'link', text: plain('Open'), url: 'javascript:alert(1)' },
            { type: 'button', action_id: 'link', text: plain(' ') },
          ],
        },
      ]);
      assert.deepEqual(issues, [
        'blocks[0].elements[0].text: 76 characters, limit 75',
        'blocks[0].elements[0].action_id: 256 characters, limit 255',
        'blocks[0].elements[0].value: 2,001 characters, limit 2,000',
        'blocks[0].elements[1].url: not an http(s) URL',
        'blocks[0].elements[2].text: empty text',
        'blocks[0].elements[2].action_id: duplicate "link"',
      ]);
    });

    it('reports a select with too many options or an initial option it does not offer', function () {
      const options = Array.from({ length: 101 }, (_, i) => ({ text: plain(`o${i}`), value: `v${i}` }));
      const issues = slack([{ type: 'section', text: mrkdwn('Pick'), accessory: { type: 'static_select', action_id: 'pick', options, initial_option: { text: plain('x'), value: 'x' } } }]);
      assert.deepEqual(issues, ['blocks[0].accessory.options: 101 options, limit 100', 'blocks[0].accessory.initial_option: not one of the options']);
    });

    it('reports empty or overlong fallback text', function () {
      assert.deepEqual(slack([], ' '), ['text: empty']);
      assert.deepEqual(slack([], 't'.repeat(3_001)), ['text: 3,001 characters, limit 3,000']);
    });
  });

  describe('checkTeamsLimits', function () {
    const card = (body: Record<string, unknown>[]): AdaptiveCard => ({ type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body });

    it('accepts a small card', function () {
      assert.deepEqual(checkTeamsLimits(card([{ type: 'TextBlock', text: 'hi', wrap: true }])), []);
    });

    it('reports a card over the size limit, measured in UTF-8 bytes', function () {
      assert.deepEqual(checkTeamsLimits(card([{ type: 'TextBlock', text: 'é'.repeat(40_000) }])), ['payload: 80,142 bytes, limit 80,000']);
    });

    it('reports too many actions in a row, a toggle with no target and a non-http link', function () {
      const execute = { type: 'Action.Execute', title: 'x', verb: 'x' };
      const issues = checkTeamsLimits(
        card([
          { type: 'ActionSet', actions: [execute, execute, execute, execute, execute, execute] },
          { type: 'ActionSet', actions: [{ type: 'Action.ToggleVisibility', title: 'Show', targetElements: ['missing'] }, { type: 'Action.OpenUrl', title: 'Evil', url: 'javascript:alert(1)' }] },
        ]),
      );
      assert.deepEqual(issues, ['$.body[0].actions: 6 actions, limit 5', '$.body[1].actions[1].url: not an http(s) URL', 'Action.ToggleVisibility targets "missing", which is not in the card']);
    });
  });
});
