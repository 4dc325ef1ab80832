import assert from 'node:assert/strict';
import { actionEventsFromInteraction, parseInteraction } from '../../../../src/adapters/slack/inbound/interactions.js';
import { ChatOpsError } from '../../../../src/core/errors.js';
import { slackJson } from './support/slack-fixtures.js';

const ORIGIN = { channelId: 'C0ALERTS', messageId: '1700000100.000200', threadId: '1700000000.000100', workspaceId: 'T111' };

/** The real view_submission sample, as if opened by the app's "Fill in" button, with these answers. */
function submittedForm(values: Record<string, Record<string, unknown>>, privateMetadata = JSON.stringify(ORIGIN)): Record<string, unknown> {
  const body = slackJson('interactivity-view-submission.json');
  const view = body.view as Record<string, unknown>;
  return { ...body, view: { ...view, callback_id: 'chatops.form', private_metadata: privateMetadata, state: { values } } };
}

describe('Slack modals', () => {
  describe('a submitted form (view_submission)', () => {
    it('gives its values by action_id, even from a modal the app did not open from a message', () => {
      const result = parseInteraction(slackJson('interactivity-view-submission.json'));
      assert.deepEqual(result, {
        kind: 'submit',
        callbackId: 'view-id',
        viewId: 'V111',
        privateMetadata: 'This is for you!',
        user: { id: 'W111', name: 'primary-owner' },
        workspaceId: 'T111',
        values: { maBWU: 'test' },
        triggerId: '111.222.valid',
      });
      assert.deepEqual(actionEventsFromInteraction(slackJson('interactivity-view-submission.json')), []);
    });

    it('becomes a submit ActionEvent on the message the modal was opened from', () => {
      const result = parseInteraction(submittedForm({ b: { bucket: { type: 'plain_text_input', value: 'logs' } } }));
      assert.equal(result.kind, 'submit');
      assert.deepEqual(result.kind === 'submit' ? result.event : undefined, {
        platform: 'slack',
        workspaceId: 'T111',
        channelId: 'C0ALERTS',
        messageId: '1700000100.000200',
        threadId: '1700000000.000100',
        actionId: 'chatops.form',
        user: { id: 'W111', name: 'primary-owner' },
        values: { bucket: 'logs' },
        kind: 'submit',
        triggerId: '111.222.valid',
      });
    });

    it('reads every kind of input as one string', () => {
      const [event] = actionEventsFromInteraction(
        submittedForm({
          b1: { text: { type: 'plain_text_input', value: 'hello' }, count: { type: 'number_input', value: '3' } },
          b2: { region: { type: 'static_select', selected_option: { text: { type: 'plain_text', text: 'Ireland' }, value: 'eu-west-1' } } },
          b3: { ids: { type: 'multi_static_select', selected_options: [{ value: 'i-1' }, { value: 'i-2' }] } },
          b4: { flags: { type: 'checkboxes', selected_options: [{ value: 'dry-run' }] }, mode: { type: 'radio_buttons', selected_option: { value: 'fast' } } },
          b5: { day: { type: 'datepicker', selected_date: '2024-05-01' }, at: { type: 'timepicker', selected_time: '13:45' }, when: { type: 'datetimepicker', selected_date_time: 1714570000 } },
          b6: { owner: { type: 'users_select', selected_user: 'U1' }, team: { type: 'multi_users_select', selected_users: ['U1', 'U2'] } },
          b7: { room: { type: 'conversations_select', selected_conversation: 'C1' }, rooms: { type: 'multi_channels_select', selected_channels: ['C1', 'C2'] } },
        }),
      );
      assert.deepEqual(event?.values, {
        text: 'hello',
        count: '3',
        region: 'eu-west-1',
        ids: '["i-1","i-2"]',
        flags: '["dry-run"]',
        mode: 'fast',
        day: '2024-05-01',
        at: '13:45',
        when: '1714570000',
        owner: 'U1',
        team: '["U1","U2"]',
        room: 'C1',
        rooms: '["C1","C2"]',
      });
    });

    it('leaves out inputs left empty, and keeps "[]" for a multi-select cleared on purpose', () => {
      const [event] = actionEventsFromInteraction(
        submittedForm({ b: { note: { type: 'plain_text_input', value: null }, pick: { type: 'static_select', selected_option: null }, many: { type: 'multi_static_select', selected_options: [] } } }),
      );
      assert.deepEqual(event?.values, { many: '[]' });
    });

    it('places a form whose metadata names only the thread on the thread', () => {
      const [event] = actionEventsFromInteraction(submittedForm({}, JSON.stringify({ channelId: 'C0ALERTS', threadId: '1700000000.000100' })));
      assert.deepEqual([event?.messageId, event?.threadId, event?.workspaceId], ['1700000000.000100', '1700000000.000100', 'T111']);
    });

    for (const metadata of ['', 'not json', '[]', 'null', JSON.stringify({ channelId: 'C1' }), JSON.stringify({ messageId: '1.2' }), JSON.stringify({ channelId: 7, messageId: '1.2' })]) {
      it(`has no origin for private_metadata ${JSON.stringify(metadata)}`, () => {
        const result = parseInteraction(submittedForm({}, metadata));
        assert.equal(result.kind === 'submit' ? result.origin : 'not a submit', undefined);
      });
    }

    it('rejects a submission without its view', () => {
      const { view: _v, ...body } = slackJson('interactivity-view-submission.json');
      assert.throws(() => parseInteraction(body), (e: unknown) => e instanceof ChatOpsError && e.code === 'SLACK_PAYLOAD_INVALID' && e.userMessage.includes('"view"'));
    });

    it('rejects state values that are not objects', () => {
      assert.throws(() => parseInteraction(submittedForm({ b: 'x' } as never)), (e: unknown) => e instanceof ChatOpsError && e.code === 'SLACK_PAYLOAD_INVALID');
    });
  });

  describe('a closed modal (view_closed)', () => {
    it('is a cancel of the form', () => {
      assert.deepEqual(parseInteraction(slackJson('interactivity-view-closed.json')), {
        kind: 'cancel',
        callbackId: 'view-id',
        viewId: 'V111',
        privateMetadata: 'This is for you!',
        user: { id: 'W111', name: 'primary-owner' },
        workspaceId: 'T111',
        cleared: false,
      });
    });

    it('becomes a cancel ActionEvent on the message the modal was opened from', () => {
      const body = slackJson('interactivity-view-closed.json');
      const view = { ...(body.view as Record<string, unknown>), callback_id: 'chatops.form', private_metadata: JSON.stringify(ORIGIN) };
      const [event] = actionEventsFromInteraction({ ...body, view, is_cleared: true });
      assert.deepEqual([event?.kind, event?.actionId, event?.channelId, event?.values], ['cancel', 'chatops.form', 'C0ALERTS', {}]);
      const result = parseInteraction({ ...body, view, is_cleared: true });
      assert.equal(result.kind === 'cancel' && result.cleared, true);
    });
  });
});
