import assert from 'node:assert/strict';
import { interactionPayloadFromFormBody } from '../../../../src/adapters/slack/inbound/form-body.js';
import { actionEventsFromInteraction, parseInteraction } from '../../../../src/adapters/slack/inbound/interactions.js';
import { ChatOpsError } from '../../../../src/core/errors.js';
import { slackJson } from './support/slack-fixtures.js';

const isPayloadInvalid = (e: unknown) => e instanceof ChatOpsError && e.code === 'SLACK_PAYLOAD_INVALID';

describe('Slack shortcuts and other interactions', () => {
  it('reads a global shortcut as who used it and the trigger to open a modal', () => {
    assert.deepEqual(parseInteraction(slackJson('interactivity-shortcut-global.json')), {
      kind: 'shortcut',
      callbackId: 'test-shortcut',
      triggerId: '111.111.xxxxxx',
      user: { id: 'W111', name: 'primary-owner' },
      workspaceId: 'T111',
    });
    assert.deepEqual(actionEventsFromInteraction(slackJson('interactivity-shortcut-global.json')), []);
  });

  it('reads a message shortcut with the message it was used on', () => {
    const result = parseInteraction(slackJson('interactivity-shortcut-message-action.json'));
    assert.deepEqual(result, {
      kind: 'message-shortcut',
      callbackId: 'test-shortcut',
      triggerId: '111.222.xxx',
      user: { id: 'W111', name: 'test-test' },
      workspaceId: 'T111',
      channelId: 'C111',
      messageId: '1583636382.000300',
      responseUrl: 'https://hooks.slack.com/app/T111/111/xxx',
      text: '@W222 test',
      event: {
        platform: 'slack',
        workspaceId: 'T111',
        channelId: 'C111',
        messageId: '1583636382.000300',
        actionId: 'test-shortcut',
        user: { id: 'W111', name: 'test-test' },
        values: {},
        kind: 'shortcut',
        triggerId: '111.222.xxx',
        responseUrl: 'https://hooks.slack.com/app/T111/111/xxx',
      },
    });
  });

  it('places a message shortcut used on a reply in its thread', () => {
    const body = slackJson('interactivity-shortcut-message-action.json');
    const message = { ...(body.message as Record<string, unknown>), thread_ts: '1583636000.000100' };
    const [event] = actionEventsFromInteraction({ ...body, message });
    assert.equal(event?.threadId, '1583636000.000100');
  });

  it('says which interactions it does not handle instead of failing', () => {
    assert.deepEqual(parseInteraction({ type: 'block_suggestion', value: 'us-' }), {
      kind: 'unsupported',
      type: 'block_suggestion',
      reason: 'the app does not handle "block_suggestion" interactions',
    });
    assert.deepEqual(actionEventsFromInteraction({ type: 'interactive_message' }), []);
  });

  for (const [what, payload] of [
    ['not an object', 'block_actions'],
    ['null', null],
    ['an array', []],
    ['an object without a type', { actions: [] }],
    ['an empty type', { type: '' }],
  ] as const) {
    it(`rejects a payload that is ${what}`, () => {
      assert.throws(() => parseInteraction(payload), isPayloadInvalid);
    });
  }

  it('rejects a message shortcut without its channel', () => {
    const { channel: _c, ...body } = slackJson('interactivity-shortcut-message-action.json');
    assert.throws(() => parseInteraction(body), isPayloadInvalid);
  });

  describe('the form body Slack posts', () => {
    it('holds the interaction as JSON in the "payload" field', () => {
      const sample = slackJson('interactivity-block-actions.json');
      const body = new URLSearchParams({ payload: JSON.stringify(sample) }).toString();
      assert.deepEqual(interactionPayloadFromFormBody(body), sample);
    });

    it('is rejected without a payload field', () => {
      assert.throws(() => interactionPayloadFromFormBody('token=x&type=block_actions'), (e: unknown) => isPayloadInvalid(e) && /"payload"/.test((e as ChatOpsError).userMessage));
    });

    it('is rejected when the payload is not JSON', () => {
      assert.throws(() => interactionPayloadFromFormBody('payload=%7Bnot-json'), isPayloadInvalid);
    });
  });
});
