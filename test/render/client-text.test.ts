import assert from 'node:assert/strict';
import type { Card } from '../../src/core/card.js';
import { renderSlack } from '../../src/render/slack.js';
import { renderTeams } from '../../src/render/teams.js';
import { validateAdaptiveCard } from '../support/adaptive-card-validator.js';

const card = (text: string): Card => ({ title: 'Custom', sections: [{ type: 'text', format: 'client', text }, { type: 'list', format: 'client', items: ['See <https://example.com/runbook|the runbook>'] }] });

describe('text written for the chat client (custom notifications)', () => {
  it('reaches Slack as the sender wrote it, mentions and links included', () => {
    const json = JSON.stringify(renderSlack(card('*Deploy* failed, cc <@U024BE7LH> — <https://example.com/run/42|run 42>')).blocks);
    assert.ok(json.includes('*Deploy* failed, cc <@U024BE7LH>'));
    assert.ok(json.includes('<https://example.com/run/42|run 42>'));
    assert.ok(json.includes('<https://example.com/runbook|the runbook>'));
  });

  it('cannot ping a whole Slack channel', () => {
    const json = JSON.stringify(renderSlack(card('heads up <!channel> and <!here|here>')).blocks);
    assert.ok(!json.includes('<!channel>'));
    assert.ok(!json.includes('<!here'));
  });

  it('reaches Teams as markdown, with Slack-style links turned into Teams links', () => {
    const ac = renderTeams(card('**Deploy** failed\n<https://example.com/run/42|run 42> and [bad](javascript:alert(1)) {{DATE()}}'));
    const json = JSON.stringify(ac.body);
    assert.ok(json.includes('[run 42](https://example.com/run/42)'));
    assert.ok(!json.includes('javascript:'));
    assert.ok(!json.includes('{{DATE'));
    assert.ok(json.includes('[the runbook](https://example.com/runbook)'));
    assert.deepEqual(validateAdaptiveCard(ac), []);
  });
});
