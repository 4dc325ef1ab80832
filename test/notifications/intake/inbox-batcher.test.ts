import assert from 'node:assert/strict';
import { createInboxBatcher } from '../../../src/notifications/intake/inbox-batcher.js';
import type { InboxAddResult, InboxStore, NewInboxEvent } from '../../../src/ports/store.js';

/** An inbox that holds each add() until the test releases it, and dedupes by messageId. */
class GatedInbox implements Pick<InboxStore, 'add'> {
  readonly calls: string[][] = [];
  readonly stored = new Set<string>();
  private gates: Array<{ open: () => void; fail: (e: Error) => void }> = [];
  failNext?: Error;

  add(events: readonly NewInboxEvent[]): Promise<InboxAddResult[]> {
    this.calls.push(events.map((e) => e.messageId));
    return new Promise((resolve, reject) => {
      this.gates.push({
        open: () =>
          resolve(
            events.map((e) => {
              if (this.stored.has(e.messageId)) return 'duplicate';
              this.stored.add(e.messageId);
              return 'added';
            }),
          ),
        fail: reject,
      });
    });
  }

  /** Commits (or fails) the oldest pending add(). */
  release(error?: Error): void {
    const gate = this.gates.shift();
    assert.ok(gate, 'no add() is waiting');
    if (error) gate.fail(error);
    else gate.open();
  }

  get waiting(): number {
    return this.gates.length;
  }
}

const event = (messageId: string): NewInboxEvent => ({ messageId, kind: 'notification', body: '{}' });
const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('inbox group commit', () => {
  it('commits a lone event by itself, at once', async () => {
    const inbox = new GatedInbox();
    const batcher = createInboxBatcher(inbox);
    const result = batcher.add(event('a'));
    await turn();
    assert.deepEqual(inbox.calls, [['a']]);
    inbox.release();
    assert.equal(await result, 'added');
  });

  it('gathers events that arrive while a commit runs into the next add() call', async () => {
    const inbox = new GatedInbox();
    const batcher = createInboxBatcher(inbox);
    const first = batcher.add(event('a'));
    await turn();
    const later = ['b', 'c', 'd'].map((id) => batcher.add(event(id)));
    await turn();
    assert.deepEqual(inbox.calls, [['a']], 'nothing else starts while the first commit runs');
    inbox.release();
    await first;
    await turn();
    assert.deepEqual(inbox.calls, [['a'], ['b', 'c', 'd']]);
    inbox.release();
    assert.deepEqual(await Promise.all(later), ['added', 'added', 'added']);
  });

  it('does not answer a caller before the commit holding its event', async () => {
    const inbox = new GatedInbox();
    const batcher = createInboxBatcher(inbox);
    let answered = false;
    const pending = batcher.add(event('a')).then(() => (answered = true));
    await turn();
    await turn();
    assert.equal(answered, false);
    inbox.release();
    await pending;
    assert.equal(answered, true);
  });

  it('splits a crowd into batches of at most maxBatch', async () => {
    const inbox = new GatedInbox();
    const batcher = createInboxBatcher(inbox, { maxBatch: 2, maxConcurrent: 3 });
    const all = ['a', 'b', 'c', 'd', 'e'].map((id) => batcher.add(event(id)));
    await turn();
    assert.deepEqual(inbox.calls, [['a', 'b'], ['c', 'd'], ['e']]);
    while (inbox.waiting > 0) inbox.release();
    assert.deepEqual(await Promise.all(all), ['added', 'added', 'added', 'added', 'added']);
  });

  it('stores a MessageId that appears twice in one batch once, and calls the second a duplicate', async () => {
    const inbox = new GatedInbox();
    const batcher = createInboxBatcher(inbox);
    const both = [batcher.add(event('a')), batcher.add(event('a'))];
    await turn();
    assert.deepEqual(inbox.calls, [['a']]);
    inbox.release();
    assert.deepEqual(await Promise.all(both), ['added', 'duplicate']);
  });

  it('fails every caller of a failed commit, and keeps going afterwards', async () => {
    const inbox = new GatedInbox();
    const batcher = createInboxBatcher(inbox);
    const doomed = [batcher.add(event('a')), batcher.add(event('b'))];
    await turn();
    inbox.release(new Error('database is down'));
    for (const p of doomed) await assert.rejects(p, /database is down/);
    const retried = batcher.add(event('a'));
    await turn();
    inbox.release();
    assert.equal(await retried, 'added');
  });

  it('fails the callers when the store throws synchronously', async () => {
    const batcher = createInboxBatcher({
      add() {
        throw new Error('store closed');
      },
    });
    await assert.rejects(batcher.add(event('a')), /store closed/);
  });
});
