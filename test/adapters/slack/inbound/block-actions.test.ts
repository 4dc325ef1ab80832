import assert from 'node:assert/strict';
import { actionEventsFromInteraction, parseInteraction } from '../../../../src/adapters/slack/inbound/interactions.js';
import { ChatOpsError } from '../../../../src/core/errors.js';
import { slackJson } from './support/slack-fixtures.js';

const isPayloadInvalid = (e: unknown) => e instanceof ChatOpsError && e.code === 'SLACK_PAYLOAD_INVALID';

/** The real block_actions sample, on a (non-ephemeral) message in a thread, with other actions. */
function onThreadMessage(actions: unknown[], state?: unknown): Record<string, unknown> {
  const body = slackJson('interactivity-block-actions.json');
  return {
    ...body,
    container: { type: 'message', message_ts: '1700000100.000200', channel_id: 'C111', is_ephemeral: false },
    message: { type: 'message', ts: '1700000100.000200', thread_ts: '1700000000.000100', text: 'Choose a region' },
    actions,
    ...(state ? { state: { values: state } } : {}),
  };
}

describe('clicks and choices on a Slack message (block_actions)', () => {
  it('turns a button click into an ActionEvent with its value, trigger and response URL', () => {
    assert.deepEqual(actionEventsFromInteraction(slackJson('interactivity-block-actions.json')), [
      {
        platform: 'slack',
        workspaceId: 'T111',
        channelId: 'C111',
        messageId: '111.222',
        actionId: 'a',
        value: 'click_me_123',
        user: { id: 'W111', name: 'primary-owner' },
        values: { a: 'click_me_123' },
        kind: 'click',
        triggerId: '111.222.valid',
        responseUrl: 'https://hooks.slack.com/actions/T111/111/random-value',
      },
    ]);
  });

  it('places a click on a message in a thread in that thread', () => {
    const [event] = actionEventsFromInteraction(onThreadMessage([{ type: 'button', action_id: 'run', block_id: 'b', value: 'tok-1', action_ts: '1' }]));
    assert.equal(event?.messageId, '1700000100.000200');
    assert.equal(event?.threadId, '1700000000.000100');
  });

  it('reads a static_select choice as a select with the option value', () => {
    const choice = { type: 'static_select', action_id: 'region', block_id: 'b', selected_option: { text: { type: 'plain_text', text: 'Ireland' }, value: 'eu-west-1' } };
    const [event] = actionEventsFromInteraction(onThreadMessage([choice], { b: { region: choice } }));
    assert.equal(event?.kind, 'select');
    assert.equal(event?.value, 'eu-west-1');
    assert.deepEqual(event?.values, { region: 'eu-west-1' });
  });

  it('reads Enter in a dispatch_action text input as a submit of its text', () => {
    const input = { type: 'plain_text_input', action_id: 'bucket', block_id: 'in', value: 'my-logs' };
    const [event] = actionEventsFromInteraction(onThreadMessage([input]));
    assert.deepEqual([event?.kind, event?.value, event?.values], ['submit', 'my-logs', { bucket: 'my-logs' }]);
  });

  it("gives every action the message's other answers from state.values, flattened by action_id", () => {
    const state = {
      b1: { region: { type: 'static_select', selected_option: { value: 'us-east-1' } }, empty: { type: 'static_select', selected_option: null } },
      b2: { bucket: { type: 'plain_text_input', value: 'logs' }, note: { type: 'plain_text_input', value: null } },
    };
    const [event] = actionEventsFromInteraction(onThreadMessage([{ type: 'button', action_id: 'go', block_id: 'b3', value: 'v' }], state));
    assert.deepEqual(event?.values, { region: 'us-east-1', bucket: 'logs', go: 'v' });
  });

  it('turns several actions into one event each, in order', () => {
    const events = actionEventsFromInteraction(
      onThreadMessage([
        { type: 'button', action_id: 'first', value: '1' },
        { type: 'overflow', action_id: 'more', selected_option: { value: 'details' } },
      ]),
    );
    assert.deepEqual(
      events.map((e) => [e.actionId, e.kind, e.value]),
      [
        ['first', 'click', '1'],
        ['more', 'select', 'details'],
      ],
    );
  });

  it('leaves out the value of a button that has none', () => {
    const [event] = actionEventsFromInteraction(onThreadMessage([{ type: 'button', action_id: 'plain' }]));
    assert.equal('value' in (event ?? {}), false);
    assert.deepEqual(event?.values, {});
  });

  it('finds the channel and message from the payload when the container lacks them', () => {
    const body = { ...onThreadMessage([{ type: 'button', action_id: 'x' }]), container: { type: 'message' }, channel: { id: 'C222' } };
    const [event] = actionEventsFromInteraction(body);
    assert.deepEqual([event?.channelId, event?.messageId], ['C222', '1700000100.000200']);
  });

  it("uses the user's team when the payload has no team (org-wide apps)", () => {
    const body = { ...slackJson('interactivity-block-actions.json'), team: null };
    assert.equal(actionEventsFromInteraction(body)[0]?.workspaceId, 'T111');
  });

  describe('inside a modal', () => {
    const modal = (privateMetadata: string) => ({
      ...slackJson('interactivity-block-actions.json'),
      container: { type: 'view', view_id: 'V111' },
      channel: undefined,
      view: { id: 'V111', type: 'modal', callback_id: 'chatops.form', private_metadata: privateMetadata, state: { values: { b: { region: { type: 'static_select', selected_option: { value: 'eu-west-1' } } } } } },
      actions: [{ type: 'static_select', action_id: 'region', selected_option: { value: 'eu-west-1' } }],
    });

    it('places the action on the message the app opened the modal from', () => {
      const result = parseInteraction(modal(JSON.stringify({ channelId: 'C0ALERTS', messageId: '1700.1', threadId: '1699.9', workspaceId: 'T111' })));
      assert.equal(result.kind, 'actions');
      const [event] = result.kind === 'actions' ? result.events : [];
      assert.deepEqual([event?.channelId, event?.messageId, event?.threadId, event?.values], ['C0ALERTS', '1700.1', '1699.9', { region: 'eu-west-1' }]);
      assert.equal(result.kind === 'actions' ? result.viewId : undefined, 'V111');
    });

    it('is unsupported in a modal the app cannot place in a channel', () => {
      const result = parseInteraction(modal('This is for you!'));
      assert.equal(result.kind, 'unsupported');
      assert.deepEqual(actionEventsFromInteraction(modal('This is for you!')), []);
    });
  });

  describe('malformed payloads', () => {
    it('rejects block_actions without actions', () => {
      const { actions: _a, ...body } = slackJson('interactivity-block-actions.json');
      assert.throws(() => parseInteraction(body), (e: unknown) => isPayloadInvalid(e) && (e as ChatOpsError).userMessage.includes('"actions"'));
    });

    it('rejects block_actions with an empty list of actions', () => {
      assert.throws(() => parseInteraction({ ...slackJson('interactivity-block-actions.json'), actions: [] }), isPayloadInvalid);
    });

    it('rejects an action without an action_id, naming where', () => {
      const body = { ...slackJson('interactivity-block-actions.json'), actions: [{ type: 'button', value: 'x' }] };
      assert.throws(() => parseInteraction(body), (e: unknown) => isPayloadInvalid(e) && (e as ChatOpsError).userMessage.includes('"actions.0.action_id"'));
    });

    it('rejects block_actions without the user', () => {
      const { user: _u, ...body } = slackJson('interactivity-block-actions.json');
      assert.throws(() => parseInteraction(body), isPayloadInvalid);
    });

    it('rejects a select whose chosen option has no value', () => {
      const body = { ...slackJson('interactivity-block-actions.json'), actions: [{ type: 'static_select', action_id: 'r', selected_option: { text: 'x' } }] };
      assert.throws(() => parseInteraction(body), isPayloadInvalid);
    });
  });
});
