import { startSlackRig } from '../e2e/slack-harness.js';
import { postToSlackEvents, signedInteraction } from '../support/slack-signing.js';
import { blockActionIds, chatAdapterContract } from './chat-contract.js';

chatAdapterContract('slack', async () => {
  const rig = await startSlackRig();
  const channelId = 'C0ALERTS';
  return {
    chat: rig.app.slack!.chat,
    channelId,
    async messages() {
      return rig.slack.messages(channelId).map((m) => ({ id: m.ts, threadId: m.thread_ts ?? m.ts, shown: `${m.text ?? ''}\n${JSON.stringify(m.blocks ?? [])}`, actionIds: blockActionIds(m.blocks) }));
    },
    /** A signed block_actions request into /slack/events, as Slack sends a button click. */
    async click(messageId, actionId) {
      const message = rig.slack.messages(channelId).find((m) => m.ts === messageId);
      const payload = {
        type: 'block_actions',
        user: { id: 'U0ALICE', username: 'alice', name: 'alice', team_id: 'T0001' },
        api_app_id: 'A0APP',
        container: { type: 'message', message_ts: messageId, channel_id: channelId, is_ephemeral: false },
        trigger_id: '1.2.3',
        team: { id: 'T0001', domain: 'example' },
        channel: { id: channelId, name: 'alerts' },
        message: { type: 'message', ts: messageId, text: message?.text ?? '', blocks: message?.blocks ?? [] },
        actions: [{ action_id: actionId, block_id: 'b', type: 'button', value: 'opaque-1', text: { type: 'plain_text', text: 'Approve' }, action_ts: '1763900000.000001' }],
      };
      const res = await postToSlackEvents(rig.app.url, signedInteraction(payload));
      if (res.status !== 200) throw new Error(`click answered ${res.status}: ${await res.text()}`);
    },
    close: () => rig.close(),
  };
});
