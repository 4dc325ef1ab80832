/** Work handed off after the sandbox's 202: a failure is told in the thread once, never twice. */
import assert from 'node:assert/strict';
import { SandboxChat } from '../../../src/adapters/sandbox/sandbox-chat.js';
import { handOff } from '../../../src/adapters/sandbox/sandbox-handoff.js';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import { ChatOpsError, markShown } from '../../../src/core/errors.js';
import { RecordingLogger } from '../../support/recording-logger.js';

describe('sandbox hand-off of work after the 202', () => {
  /** Hands off work that fails with `error`; returns the thread's texts once the failure is logged (and, when `told`, posted). */
  async function failWith(error: unknown, told: boolean): Promise<{ texts: (string | undefined)[]; logged: number }> {
    const store = createMemoryStore();
    const logger = new RecordingLogger();
    const chat = new SandboxChat({ store: store.sandbox, channels: [{ id: 'ops', name: 'ops' }], logger });
    const root = await chat.post('ops', { text: '@aws ec2 stop-instances' });
    handOff('message', () => Promise.reject(error), { chat, channelId: 'ops', threadId: root.messageId, logger });
    const thread = async () => (await store.sandbox.list('ops')).filter((m) => m.threadId === root.messageId).map((m) => m.text);
    // The failure is logged before anything is posted: wait for the log line, then for the post when one is due.
    while (!logger.lines.some((l) => l.level === 'error') || (told && (await thread()).length === 0)) await new Promise((r) => setImmediate(r));
    return { texts: await thread(), logged: logger.lines.filter((l) => l.level === 'error').length };
  }

  it('tells a failure nobody has seen in the thread, with its code', async () => {
    const { texts, logged } = await failWith(new ChatOpsError('AWS_TIMEOUT', 'AWS did not answer.'), true);
    assert.equal(texts.length, 1);
    assert.match(texts[0] ?? '', /AWS_TIMEOUT/);
    assert.equal(logged, 1);
  });

  it('only logs a failure whose error card is already in the thread', async () => {
    const { texts, logged } = await failWith(markShown(new ChatOpsError('GUARDRAIL_UNCHECKED', 'Not checked.')), false);
    assert.deepEqual(texts, []);
    assert.equal(logged, 1);
  });
});
