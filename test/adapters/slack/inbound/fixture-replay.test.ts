import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { chatEventFromSlackEvent } from '../../../../src/adapters/slack/inbound/events-api.js';
import { interactionPayloadFromFormBody, parseFormBody } from '../../../../src/adapters/slack/inbound/form-body.js';
import { actionEventsFromInteraction, parseInteraction } from '../../../../src/adapters/slack/inbound/interactions.js';
import { slackLifecycleEvent } from '../../../../src/adapters/slack/inbound/lifecycle-events.js';
import { chatEventFromSlashCommand } from '../../../../src/adapters/slack/inbound/slash-command.js';
import { fixturePath, listFiles } from '../../../support/fixtures.js';
import { slackBody, slackJson } from './support/slack-fixtures.js';

/** Each event body: what becomes of it as a chat message and as a lifecycle event. */
const EVENTS: Record<string, { chat: string | undefined; lifecycle?: string }> = {
  'events-api-app-mention.json': { chat: 'mention:@aws Hi there!' },
  'events-api-app-mention-shared-channel.json': { chat: 'mention:@aws Hi there!' },
  'events-api-app-uninstalled.json': { chat: undefined, lifecycle: 'uninstalled' },
  'events-api-message-bot-message.json': { chat: undefined },
  'events-api-message-channel.json': { chat: undefined },
  'events-api-message-thread-broadcast-in-thread.json': { chat: 'thread-reply:Hi there!' },
  'events-api-reaction-added.json': { chat: undefined },
  'events-api-tokens-revoked.json': { chat: undefined, lifecycle: 'tokens-revoked' },
  'events-api-url-verification.json': { chat: undefined },
};

/** Each interaction payload: its kind and how many ActionEvents it gives. */
const INTERACTIONS: Record<string, { kind: string; events: number }> = {
  'interactivity-block-actions.json': { kind: 'actions', events: 1 },
  'interactivity-shortcut-global.json': { kind: 'shortcut', events: 0 },
  'interactivity-shortcut-message-action.json': { kind: 'message-shortcut', events: 1 },
  'interactivity-view-closed.json': { kind: 'cancel', events: 0 },
  'interactivity-view-submission.json': { kind: 'submit', events: 0 },
};

const SLASH_COMMANDS: Record<string, string> = {
  'slash-command-form-body.txt': '@aws Hi',
  'slash-command-signed-test-vector.body.txt': '@aws',
};

const SIGNATURE_HEADERS = 'slash-command-signed-test-vector.headers.json';

describe('replaying every Slack fixture', () => {
  it('knows what becomes of every file in the shared Slack fixtures', () => {
    const known = [...Object.keys(EVENTS), ...Object.keys(INTERACTIONS), ...Object.keys(SLASH_COMMANDS), SIGNATURE_HEADERS].sort();
    assert.deepEqual(listFiles(fixturePath('slack')), known);
  });

  for (const [name, expected] of Object.entries(EVENTS)) {
    it(`reads ${name}`, () => {
      const chat = chatEventFromSlackEvent(slackJson(name));
      assert.equal(chat ? `${chat.source}:${chat.text}` : undefined, expected.chat);
      assert.equal(slackLifecycleEvent(slackJson(name))?.kind, expected.lifecycle);
    });
  }

  for (const [name, expected] of Object.entries(INTERACTIONS)) {
    it(`reads ${name}, as JSON and as the form Slack posts`, () => {
      const form = new URLSearchParams({ payload: JSON.stringify(slackJson(name)) }).toString();
      const payload = interactionPayloadFromFormBody(form);
      assert.equal(parseInteraction(payload).kind, expected.kind);
      assert.equal(actionEventsFromInteraction(payload).length, expected.events);
      assert.deepEqual(parseInteraction(payload), parseInteraction(slackJson(name)));
    });
  }

  for (const [name, text] of Object.entries(SLASH_COMMANDS)) {
    it(`reads ${name}`, () => {
      assert.equal(chatEventFromSlashCommand(parseFormBody(slackBody(name))).text, text);
    });
  }

  it('parses the very bytes Slack signed in the signed test vector', () => {
    const headers = slackJson(SIGNATURE_HEADERS) as Record<string, string>;
    const body = slackBody('slash-command-signed-test-vector.body.txt');
    const base = `v0:${headers['X-Slack-Request-Timestamp']}:${body}`;
    const signature = `v0=${createHmac('sha256', headers.signing_secret_for_test ?? '').update(base).digest('hex')}`;
    assert.equal(signature, headers['X-Slack-Signature']);
    assert.equal(chatEventFromSlashCommand(parseFormBody(body)).user.name, 'roadrunner');
  });
});
