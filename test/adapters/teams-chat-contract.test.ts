import { startTeamsRig } from '../e2e/teams-harness.js';
import { FAKE_TEAMS } from '../support/teams-connector/index.js';
import { chatAdapterContract } from './chat-contract.js';
import { executeInvoke, installInChannel } from './teams/support/synthetic-activities.js';

/** The ids a handler reads from an Adaptive Card: its inputs' ids and its buttons' action ids. */
function adaptiveActionIds(card: unknown): string[] {
  const ids: string[] = [];
  JSON.stringify(card ?? {}, (_key, value: unknown) => {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const v = value as { type?: unknown; id?: unknown; data?: { actionId?: unknown } };
      if (typeof v.type === 'string' && v.type.startsWith('Input.') && typeof v.id === 'string') ids.push(v.id);
      if (v.type === 'Action.Execute' && typeof v.data?.actionId === 'string') ids.push(v.data.actionId);
    }
    return value;
  });
  return ids;
}

/** The data of the Action.Execute button `actionId` on a card. */
function buttonData(card: unknown, actionId: string): Record<string, unknown> {
  let found: Record<string, unknown> | undefined;
  JSON.stringify(card ?? {}, (_key, value: unknown) => {
    const v = value as { type?: unknown; data?: Record<string, unknown> } | null;
    if (!found && v && typeof v === 'object' && v.type === 'Action.Execute' && v.data?.actionId === actionId) found = v.data;
    return value;
  });
  return found ?? { actionId };
}

chatAdapterContract('teams', async () => {
  const rig = await startTeamsRig();
  const channelId = FAKE_TEAMS.channelId;
  // The app is installed in the channel: that is how the service learns where to post.
  const installed = await rig.send(installInChannel(rig.connector.url));
  if (installed.status !== 200) throw new Error(`install answered ${installed.status}`);
  return {
    chat: rig.app.teams!.chat,
    channelId,
    async messages() {
      return rig.connector.messages(channelId).map((m) => ({ id: m.id, threadId: m.threadId, shown: `${m.text ?? ''}\n${JSON.stringify(m.card ?? {})}`, actionIds: adaptiveActionIds(m.card) }));
    },
    /** An Action.Execute invoke into /api/messages, as Teams sends a button click. */
    async click(messageId, actionId) {
      const card = rig.connector.messages(channelId).find((m) => m.id === messageId)?.card;
      const res = await rig.send(executeInvoke(rig.connector.url, messageId, buttonData(card, actionId)));
      if (res.status !== 200) throw new Error(`click answered ${res.status}: ${await res.text()}`);
    },
    close: () => rig.close(),
  };
});
