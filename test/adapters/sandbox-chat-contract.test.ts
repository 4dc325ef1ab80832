import { startRealApp } from '../e2e/app-harness.js';
import { blockActionIds, chatAdapterContract } from './chat-contract.js';

chatAdapterContract('sandbox', async () => {
  const app = await startRealApp();
  const chat = app.sandbox!;
  return {
    chat,
    channelId: 'sandbox',
    async messages() {
      return (await chat.messages('sandbox')).map((m) => ({
        id: m.id,
        threadId: m.threadId ?? m.id,
        shown: `${m.text}\n${JSON.stringify(m.slack)}`,
        actionIds: blockActionIds((m.slack as { blocks?: unknown } | null)?.blocks),
      }));
    },
    async click(messageId, actionId) {
      const res = await fetch(`${app.url}/sandbox/api/actions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ messageId, actionId, user: 'alice' }) });
      if (res.status !== 202) throw new Error(`click answered ${res.status}: ${await res.text()}`);
    },
    close: () => app.close(),
  };
});
