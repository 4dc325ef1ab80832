import assert from 'node:assert/strict';
import type { Platform } from '../../../src/core/chat-event.js';
import { OutboxDeliverer } from '../../../src/notifications/pipeline/outbox-deliverer.js';
import type { ChatPort, OutgoingMessage, PostedMessage } from '../../../src/ports/chat.js';
import { systemClock } from '../../../src/ports/clock.js';
import { noMetrics } from '../../../src/ports/metrics.js';
import type { NewOutboxMessage, Store } from '../../../src/ports/store.js';
import { channelKey, outboxMessage } from '../../adapters/store/delivery-contract.js';
import type { StoreBacking } from '../../adapters/store/store-backings.js';
import { onEveryStore } from '../../adapters/store/store-backings.js';
import { RecordingLogger } from '../../support/recording-logger.js';

interface Try {
  key: string;
  attempt: number;
  /** Whether the outbox row was marked as being sent while the post was under way. */
  marked: boolean;
}

/**
 * A chat that, like Slack, can find a message an earlier try posted, but looks only when told
 * the post is a retry (attempt > 1). It records every try and what the outbox said meanwhile.
 */
class RetryLookingChat implements ChatPort {
  readonly platform: Platform = 'slack';
  readonly tries: Try[] = [];
  readonly posts: { key: string; messageId: string }[] = [];

  constructor(
    private readonly store: Store,
    readonly looksForEarlierPosts: boolean,
  ) {}

  async post(_channelId: string, message: OutgoingMessage): Promise<PostedMessage> {
    const key = message.idempotencyKey ?? '';
    const attempt = message.attempt ?? 1;
    this.tries.push({ key, attempt, marked: (await this.store.outbox.get(key))?.sendingSince !== undefined });
    const earlier = attempt > 1 ? this.posts.find((p) => p.key === key) : undefined;
    if (earlier) return { messageId: earlier.messageId, threadId: earlier.messageId };
    const messageId = `m${this.posts.length + 1}`;
    this.posts.push({ key, messageId });
    return { messageId, threadId: messageId };
  }

  async update(): Promise<void> {}
}

function deliverer(store: Store, chat: ChatPort): OutboxDeliverer {
  return new OutboxDeliverer({
    platform: 'slack',
    chat,
    store,
    metrics: noMetrics,
    logger: new RecordingLogger(),
    clock: systemClock,
    owner: `deliverer-${Math.random()}`,
    limits: [{ limit: 1_000, windowMs: 1_000 }],
    coalesceAbove: 0,
    sleep: () => Promise.resolve(),
  });
}

/** One message for a channel of its own, not threaded. */
function message(): NewOutboxMessage {
  const row = outboxMessage(channelKey('slack'), 0);
  delete row.threadKey;
  return row;
}

onEveryStore((where: string, backing: (ctx: Mocha.Context) => Promise<StoreBacking>) => {
  describe(`a delivery cut short by a crash, ${where}`, function () {
    this.timeout(60_000);
    let opened: StoreBacking | undefined;
    let store: Store;

    before(async function () {
      opened = await backing(this);
      store = await opened.open();
    });

    after(async function () {
      await store?.close();
      await opened?.destroy();
    });

    it('sends a first try as attempt 1, marked as under way while it is posted, and then not', async function () {
      const row = message();
      await store.outbox.add([row]);
      const chat = new RetryLookingChat(store, true);
      assert.equal(await deliverer(store, chat).runOnce(), 1);
      assert.deepEqual(chat.tries, [{ key: row.id, attempt: 1, marked: true }]);
      const sent = await store.outbox.get(row.id);
      assert.deepEqual([sent?.status, sent?.attempts, sent?.chatMessageId, sent && 'sendingSince' in sent], ['sent', 1, 'm1', false]);
    });

    it('posts once a message the chat took just before the process died', async function () {
      const row = message();
      await store.outbox.add([row]);
      const chat = new RetryLookingChat(store, true);
      // The try that died: marked, posted, never recorded as sent.
      await store.outbox.markSending(row.id);
      await chat.post(row.channelId, { card: row.card, idempotencyKey: row.id, attempt: 1 });

      await deliverer(store, chat).runOnce(); // a new process

      assert.equal(chat.posts.length, 1, 'posted twice');
      assert.ok(chat.tries[1]!.attempt >= 2, `the retry was sent as attempt ${chat.tries[1]!.attempt}`);
      const sent = await store.outbox.get(row.id);
      assert.deepEqual([sent?.status, sent?.chatMessageId], ['sent', 'm1']);
    });

    it('posts a message whose try died before the chat took it, once', async function () {
      const row = message();
      await store.outbox.add([row]);
      const chat = new RetryLookingChat(store, true);
      await store.outbox.markSending(row.id);

      await deliverer(store, chat).runOnce();

      assert.equal(chat.tries[0]?.attempt, 2);
      assert.equal(chat.posts.length, 1);
      assert.equal((await store.outbox.get(row.id))?.status, 'sent');
    });

    it('writes no mark for a chat that does not look for earlier posts', async function () {
      const row = message();
      await store.outbox.add([row]);
      const chat = new RetryLookingChat(store, false);
      await deliverer(store, chat).runOnce();
      assert.deepEqual(chat.tries, [{ key: row.id, attempt: 1, marked: false }]);
    });
  });
}, 'chatops-interrupted-try-');
