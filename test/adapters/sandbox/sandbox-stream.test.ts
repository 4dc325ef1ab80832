import assert from 'node:assert/strict';
import type { SandboxMessageJson } from '../../../src/adapters/sandbox/sandbox-message-json.js';
import { openEventStream } from './support/event-stream.js';
import type { EventStreamClient } from './support/event-stream.js';
import { alarmCard } from './support/sample-cards.js';
import { startSandbox } from './support/sandbox-harness.js';
import type { SandboxHarness } from './support/sandbox-harness.js';

describe('sandbox live stream', () => {
  let sandbox: SandboxHarness;
  let stream: EventStreamClient;

  beforeEach(async () => {
    sandbox = await startSandbox({ heartbeatMs: 20 });
    stream = await openEventStream(`${sandbox.url}/sandbox/api/stream`);
  });
  afterEach(async () => {
    stream.close();
    await sandbox.close();
  });

  const nextMessage = async () => {
    const event = await stream.next();
    assert.equal(event.event, 'message');
    return JSON.parse(event.data) as SandboxMessageJson;
  };

  it('delivers a new bot message', async () => {
    const { messageId } = await sandbox.chat.post('sandbox-alerts', { card: alarmCard() });
    const message = await nextMessage();
    assert.deepEqual([message.id, message.channelId, message.from, message.card?.title], [messageId, 'sandbox-alerts', 'bot', alarmCard().title]);
  });

  it('delivers an updated card under the same id', async () => {
    const { messageId } = await sandbox.chat.post('sandbox-alerts', { card: alarmCard() });
    await nextMessage();
    await sandbox.chat.update('sandbox-alerts', messageId, { card: alarmCard({ title: 'OK: "api-5xx-rate"' }) });
    const updated = await nextMessage();
    assert.deepEqual([updated.id, updated.card?.title], [messageId, 'OK: "api-5xx-rate"']);
  });

  it('delivers what users write', async () => {
    await fetch(`${sandbox.url}/sandbox/api/channels/sandbox-alerts/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'maria', text: '@aws help' }),
    });
    const message = await nextMessage();
    assert.deepEqual([message.from, message.text], ['maria', '@aws help']);
  });

  it('sends heartbeat comments', async () => {
    while (!stream.comments.includes('heartbeat')) {
      await sandbox.chat.post('sandbox-alerts', { text: 'tick' });
      await stream.next();
    }
  });

  it('stops publishing to a client that disconnected', async () => {
    assert.equal(sandbox.chat.events.subscriberCount, 1);
    stream.close();
    while (sandbox.chat.events.subscriberCount > 0) await new Promise((resolve) => setImmediate(resolve));
    assert.equal(sandbox.chat.events.subscriberCount, 0);
  });
});
