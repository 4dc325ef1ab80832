import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Card } from '../../../src/core/card.js';
import type { NewSandboxMessage, Store } from '../../../src/ports/store.js';

/** Where a store keeps its data. `open` may be called again once the previous store is closed. */
export interface StoreBacking {
  open(): Promise<Store>;
  destroy(): Promise<void>;
}

export interface StoreTraits {
  kind: Store['kind'];
  /** Data survives close() and a new open() (SQL stores). */
  durable: boolean;
}

const fixture = (path: string): unknown => JSON.parse(readFileSync(resolve('../shared/fixtures', path), 'utf8'));

const card: Card = {
  title: 'CPU above 80% on i-0abc — “prod”',
  severity: 'high',
  sections: [
    { type: 'text', text: 'Threshold crossed: 1 datapoint [91.5] > 80.0', format: 'markdown' },
    { type: 'fields', fields: [{ label: 'Region', value: 'eu-west-1', short: true }] },
  ],
  actions: [{ type: 'button', id: 'stop', label: 'Stop', style: 'danger', value: 'tok_1' }],
};

function newMessage(channelId: string, overrides: Partial<NewSandboxMessage> = {}): NewSandboxMessage {
  return { channelId, threadId: null, from: 'bot', text: 'hello', card: null, slack: null, teams: null, ...overrides };
}

function threadRecord(channelKey: string, threadKey: string, messageId: string) {
  return { channelKey, threadKey, messageId, threadId: messageId };
}

async function rejectsWithCode(promise: Promise<unknown>, code: string): Promise<void> {
  await assert.rejects(promise, (e: { code?: string }) => e.code === code);
}

/**
 * What every Store must do. Tests share one backing and keep apart by using fresh channel ids
 * and thread keys, so a slow backing (PGlite, PostgreSQL) is created once per suite.
 */
export function storeContract(name: string, createBacking: (ctx: Mocha.Context) => Promise<StoreBacking>, traits: StoreTraits): void {
  describe(`store contract: ${name}`, function () {
    this.timeout(120_000);
    let backing: StoreBacking | undefined;
    let store: Store;
    const channel = () => `C-${randomUUID()}`;

    before(async function () {
      backing = await createBacking(this);
      store = await backing.open();
    });

    after(async function () {
      if (!backing) return;
      await store.close();
      await backing.destroy();
    });

    it(`is a ${traits.kind} store that answers ping`, async function () {
      assert.equal(store.kind, traits.kind);
      await store.ping();
    });

    describe('sandbox messages', function () {
      it('gives an appended message an id and timestamps', async function () {
        const channelId = channel();
        const message = await store.sandbox.append(newMessage(channelId, { text: 'first' }));
        assert.match(message.id, /\S/);
        assert.equal(message.channelId, channelId);
        assert.equal(message.text, 'first');
        assert.equal(message.threadId, null);
        assert.ok(!Number.isNaN(Date.parse(message.createdAt)));
        assert.equal(message.updatedAt, message.createdAt);
        assert.deepEqual(await store.sandbox.get(message.id), message);
      });

      it('keeps the id the caller gives and refuses a second message with that id', async function () {
        const id = `m-${randomUUID()}`;
        const message = await store.sandbox.append(newMessage(channel(), { id }));
        assert.equal(message.id, id);
        await rejectsWithCode(store.sandbox.append(newMessage(channel(), { id })), 'STORE_DUPLICATE_ID');
      });

      it('lists a channel oldest first, thread replies included', async function () {
        const channelId = channel();
        const top = await store.sandbox.append(newMessage(channelId, { text: 'one' }));
        await store.sandbox.append(newMessage(channelId, { text: 'two', threadId: top.id, from: 'alice' }));
        await store.sandbox.append(newMessage(channelId, { text: 'three' }));
        const listed = await store.sandbox.list(channelId);
        assert.deepEqual(listed.map((m) => m.text), ['one', 'two', 'three']);
        assert.deepEqual(listed.map((m) => [m.from, m.threadId]), [['bot', null], ['alice', top.id], ['bot', null]]);
      });

      it('lists only the channel asked for, and nothing for an empty channel', async function () {
        const a = channel();
        await store.sandbox.append(newMessage(a, { text: 'in a' }));
        await store.sandbox.append(newMessage(channel(), { text: 'elsewhere' }));
        assert.deepEqual((await store.sandbox.list(a)).map((m) => m.text), ['in a']);
        assert.deepEqual(await store.sandbox.list(channel()), []);
      });

      it('lists messages appended at the same time in one stable order', async function () {
        const channelId = channel();
        const texts = Array.from({ length: 20 }, (_, i) => `m${i}`);
        await Promise.all(texts.map((text) => store.sandbox.append(newMessage(channelId, { text }))));
        const first = (await store.sandbox.list(channelId)).map((m) => m.text);
        const second = (await store.sandbox.list(channelId)).map((m) => m.text);
        assert.deepEqual([...first].sort(), [...texts].sort());
        assert.deepEqual(second, first);
      });

      it('keeps the card, Slack and Teams payloads exactly as given', async function () {
        const slack = fixture('slack/events-api-message-channel.json');
        const teams = fixture('teams/message-personal-chat-1to1.json');
        const message = await store.sandbox.append(newMessage(channel(), { card, slack, teams }));
        const read = await store.sandbox.get(message.id);
        assert.deepEqual(read?.card, card);
        assert.deepEqual(read?.slack, slack);
        assert.deepEqual(read?.teams, teams);
      });

      it('updates only the fields in the patch and keeps createdAt', async function () {
        const message = await store.sandbox.append(newMessage(channel(), { text: 'thinking…', card }));
        const updated = await store.sandbox.update(message.id, { text: 'done', slack: { text: 'done', blocks: [] } });
        assert.equal(updated?.text, 'done');
        assert.deepEqual(updated?.slack, { text: 'done', blocks: [] });
        assert.deepEqual(updated?.card, card);
        assert.equal(updated?.teams, null);
        assert.equal(updated?.createdAt, message.createdAt);
        assert.ok(Date.parse(updated!.updatedAt) >= Date.parse(message.createdAt));
        assert.deepEqual(await store.sandbox.get(message.id), updated);
      });

      it('clears the card when the patch sets it to null', async function () {
        const message = await store.sandbox.append(newMessage(channel(), { card }));
        const updated = await store.sandbox.update(message.id, { card: null });
        assert.equal(updated?.card, null);
      });

      it('returns undefined for an unknown id, on get and on update', async function () {
        assert.equal(await store.sandbox.get(`missing-${randomUUID()}`), undefined);
        assert.equal(await store.sandbox.update(`missing-${randomUUID()}`, { text: 'x' }), undefined);
      });
    });

    describe('threads', function () {
      it('returns undefined for a thread key never recorded', async function () {
        assert.equal(await store.threads.get(channel(), 'alarm:cpu'), undefined);
      });

      it('records a thread and finds it again', async function () {
        const channelKey = `slack:${channel()}`;
        const stored = await store.threads.putIfAbsent(threadRecord(channelKey, 'alarm:cpu', '1700000000.000100'));
        assert.deepEqual({ ...stored, createdAt: undefined }, { ...threadRecord(channelKey, 'alarm:cpu', '1700000000.000100'), createdAt: undefined });
        assert.ok(!Number.isNaN(Date.parse(stored.createdAt)));
        assert.deepEqual(await store.threads.get(channelKey, 'alarm:cpu'), stored);
      });

      it('keeps the first writer’s thread when a second one comes later', async function () {
        const channelKey = `slack:${channel()}`;
        const first = await store.threads.putIfAbsent(threadRecord(channelKey, 'k', 'first'));
        const second = await store.threads.putIfAbsent(threadRecord(channelKey, 'k', 'second'));
        assert.deepEqual(second, first);
        assert.equal(second.messageId, 'first');
      });

      it('agrees on one thread when many writers race at once', async function () {
        const channelKey = `teams:${channel()}`;
        const results = await Promise.all(
          Array.from({ length: 10 }, (_, i) => store.threads.putIfAbsent(threadRecord(channelKey, 'race', `writer-${i}`))),
        );
        const winner = await store.threads.get(channelKey, 'race');
        assert.ok(winner);
        for (const result of results) assert.deepEqual(result, winner);
      });

      it('keeps the same thread key apart in different channels', async function () {
        const [a, b] = [`slack:${channel()}`, `slack:${channel()}`];
        await store.threads.putIfAbsent(threadRecord(a, 'same', 'in-a'));
        await store.threads.putIfAbsent(threadRecord(b, 'same', 'in-b'));
        assert.equal((await store.threads.get(a, 'same'))?.messageId, 'in-a');
        assert.equal((await store.threads.get(b, 'same'))?.messageId, 'in-b');
      });
    });

    describe('closing', function () {
      it('refuses work once closed, and closing twice is harmless', async function () {
        await store.close();
        await store.close();
        await rejectsWithCode(store.ping(), 'STORE_CLOSED');
        await rejectsWithCode(store.sandbox.list(channel()), 'STORE_CLOSED');
        await rejectsWithCode(store.threads.get(channel(), 'k'), 'STORE_CLOSED');
        store = await backing!.open();
      });

      if (traits.durable) {
        it('keeps messages and threads after close and reopen (migrations are not applied twice)', async function () {
          const channelId = channel();
          const message = await store.sandbox.append(newMessage(channelId, { card, text: 'survives' }));
          const thread = await store.threads.putIfAbsent(threadRecord(`slack:${channelId}`, 'durable', 'm1'));
          for (let reopen = 0; reopen < 2; reopen++) {
            await store.close();
            store = await backing!.open();
          }
          assert.deepEqual(await store.sandbox.list(channelId), [message]);
          assert.deepEqual(await store.threads.get(thread.channelKey, thread.threadKey), thread);
        });
      }
    });
  });
}
