import assert from 'node:assert/strict';
import type { ActionsBlock, Button, ContextBlock, HeaderBlock, MrkdwnElement, SectionBlock, StaticSelect } from '@slack/types';
import { renderSlack } from '../../src/render/slack.js';
import { checkSlackLimits } from '../../src/render/slack-limits.js';
import { renderTeams } from '../../src/render/teams.js';
import { checkTeamsLimits, TEAMS_LIMITS, teamsPayloadBytes } from '../../src/render/teams-limits.js';
import { fitText, formatCount, moreMarker } from '../../src/render/truncate.js';
import { validateAdaptiveCard } from '../support/adaptive-card-validator.js';
import { hugeCard } from './sample-cards.js';

const sectionText = (b: unknown) => (b as SectionBlock | undefined)?.text?.text ?? '';
const MORE_CHARACTERS = /… \d{1,3}(,\d{3})* more characters$/;

describe('truncating a card that is too big', function () {
  describe('the marker', function () {
    it('says how many characters were left out, with thousands separators', function () {
      assert.equal(moreMarker(1234), '… 1,234 more characters');
      assert.equal(moreMarker(1), '… 1 more character');
      assert.equal(formatCount(1234567), '1,234,567');
    });

    it('fits the escaped text and the marker within the limit', function () {
      const out = fitText('<'.repeat(1_000), 100, (s) => s.replace(/</g, '&lt;'));
      assert.ok(out.length <= 100);
      assert.match(out, /^(&lt;)+ … 9\d\d more characters$/);
    });

    it('never splits an emoji in two', function () {
      const out = fitText('🚨'.repeat(100), 50, (s) => s);
      assert.doesNotMatch(out.replace(MORE_CHARACTERS, ''), /[\ud800-\udbff](?![\udc00-\udfff])/);
    });
  });

  describe('on Slack', function () {
    const message = renderSlack(hugeCard());
    const sections = message.blocks.filter((b): b is SectionBlock => b.type === 'section');

    it('stays within every Block Kit limit', function () {
      assert.deepEqual(checkSlackLimits(message), []);
      assert.equal(message.blocks.length, 50);
    });

    it('says in the last block how many sections were left out', function () {
      const last = message.blocks.at(-1) as ContextBlock;
      assert.equal(last.type, 'context');
      assert.match((last.elements[0] as MrkdwnElement).text, /^_… \d+ more sections left out_$/);
    });

    it('keeps the header, the actions and the footer', function () {
      assert.equal(message.blocks[0]?.type, 'header');
      assert.ok(message.blocks.some((b) => b.type === 'actions'));
      assert.ok(message.blocks.some((b) => b.type === 'context' && JSON.stringify(b).includes('fffff')));
    });

    it('cuts the long text and the 100 KB of code visibly', function () {
      assert.match(sections[0]?.text?.text ?? '', /\n… 7,\d{3} more characters$/);
      assert.match(sections[1]?.text?.text ?? '', /```\n… 97,\d{3} more characters$/);
    });

    it('cuts the title and a long button label with an ellipsis', function () {
      const header = message.blocks[0] as HeaderBlock;
      assert.equal(header.text.text.length, 150);
      assert.ok(header.text.text.endsWith('…'));
      const button = (message.blocks.find((b) => b.type === 'actions') as ActionsBlock).elements[0] as Button;
      assert.equal(button.text.text.length, 75);
      assert.ok(button.text.text.endsWith('…'));
    });

    it('offers the first 100 options of a select and says how many more there are', function () {
      const at = message.blocks.findIndex((b) => b.type === 'actions' && b.elements[0]?.type === 'static_select');
      const select = (message.blocks[at] as ActionsBlock).elements[0] as StaticSelect;
      assert.equal(select.options?.length, 100);
      assert.match(sectionText(message.blocks[at - 1]), /… 50 more options not shown/);
    });
  });

  describe('on Teams', function () {
    const card = renderTeams(hugeCard());
    const texts = JSON.stringify(card);

    it('stays a valid card under the size limit', function () {
      assert.deepEqual(validateAdaptiveCard(card), []);
      assert.deepEqual(checkTeamsLimits(card), []);
      assert.ok(teamsPayloadBytes(card) <= TEAMS_LIMITS.payloadBytes);
    });

    it('cuts the biggest texts first, visibly', function () {
      const code = JSON.stringify(card.body.find((e) => e.type === 'Container' && e.style === 'emphasis'));
      assert.match(code, /… 9\d,\d{3} more characters/);
      assert.match(texts, /xxxx\\n\\n… \d,\d{3} more characters/);
      assert.match(texts, /Body of section 60/, 'the short sections are all kept');
    });

    it('offers the first 100 choices and says how many more there are', function () {
      const choices = card.body.find((e) => e.type === 'Input.ChoiceSet');
      assert.equal((choices?.choices as unknown[]).length, 100);
      assert.match(String(choices?.label), /… 50 more options not shown/);
    });

    it('cuts a long button title with an ellipsis', function () {
      const set = card.body.find((e) => e.type === 'ActionSet');
      const [action] = set?.actions as { title: string }[];
      assert.equal(action?.title.length, 75);
      assert.ok(action?.title.endsWith('…'));
    });

    it('leaves out whole sections, and says so, when cutting texts is not enough', function () {
      const many = renderTeams({ title: 'Many', sections: Array.from({ length: 2_000 }, (_, i) => ({ type: 'text' as const, title: `Section ${i}`, text: 'word '.repeat(60) })) });
      assert.deepEqual(checkTeamsLimits(many), []);
      assert.deepEqual(validateAdaptiveCard(many), []);
      assert.match(String(many.body.at(-1)?.text), /^_… \d{1,3}(,\d{3})* more sections left out_$/);
    });
  });
});
