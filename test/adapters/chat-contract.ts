/**
 * The chat-adapter contract: what every chat platform adapter does, run against each through
 * the running service (sandbox and Slack today; Teams joins with a driver of its own).
 */
import assert from 'node:assert/strict';
import type { Card } from '../../src/core/card.js';
import type { ChatPort } from '../../src/ports/chat.js';
import { waitFor } from '../e2e/app-harness.js';

/** A message as the platform shows it. */
export interface SeenMessage {
  id: string;
  /** The thread's first message; the message's own id for a top-level one. */
  threadId: string;
  /** Everything shown (text and the rendered card) as one searchable string. */
  shown: string;
  /** The ids of the buttons, selects and inputs on it, as the platform received them. */
  actionIds: string[];
}

export interface ChatContractDriver {
  readonly chat: ChatPort;
  readonly channelId: string;
  /** The channel's messages, oldest first. */
  messages(): Promise<SeenMessage[]>;
  /** A person clicks the button `actionId` on the message, the way the platform delivers it. */
  click(messageId: string, actionId: string): Promise<void>;
  close(): Promise<void>;
}

const card = (title: string, extra: Partial<Card> = {}): Card => ({ title, severity: 'high', sections: [{ type: 'text', text: `${title} body` }], ...extra });

export function chatAdapterContract(platform: string, start: () => Promise<ChatContractDriver>): void {
  describe(`chat adapter contract: ${platform}`, function () {
    this.timeout(60_000);
    let driver: ChatContractDriver;
    before(async () => {
      driver = await start();
    });
    after(async () => {
      await driver?.close();
    });
    const seen = async (id: string) => (await driver.messages()).find((m) => m.id === id);

    it('posts a card as a new top-level message', async () => {
      const posted = await driver.chat.post(driver.channelId, { card: card('CPU high on web-1') });
      assert.equal(posted.threadId, posted.messageId);
      const message = await seen(posted.messageId);
      assert.ok(message, 'the message is in the channel');
      assert.match(message.shown, /CPU high on web-1/);
      assert.equal(message.threadId, posted.messageId);
    });

    it('updates a posted card in place', async () => {
      const posted = await driver.chat.post(driver.channelId, { card: card('Alarm: ALARM') });
      await driver.chat.update(driver.channelId, posted.messageId, { card: card('Alarm: OK', { severity: 'success' }) });
      const message = await seen(posted.messageId);
      assert.match(message!.shown, /Alarm: OK/);
      assert.doesNotMatch(message!.shown, /Alarm: ALARM/);
    });

    it('replies in the thread of a posted message', async () => {
      const first = await driver.chat.post(driver.channelId, { card: card('Pipeline failed') });
      const reply = await driver.chat.post(driver.channelId, { card: card('Pipeline retried'), threadId: first.messageId });
      assert.equal(reply.threadId, first.messageId);
      assert.notEqual(reply.messageId, first.messageId);
      assert.equal((await seen(reply.messageId))!.threadId, first.messageId);
    });

    it('shows a prompt: a card with a select and a text input keeps their ids', async () => {
      const posted = await driver.chat.post(driver.channelId, {
        card: card('Which region?', {
          actions: [
            { type: 'select', id: 'region', label: 'Region', options: [{ label: 'us-east-1', value: 'us-east-1' }, { label: 'eu-west-1', value: 'eu-west-1' }] },
            { type: 'input', id: 'reason', label: 'Reason' },
          ],
        }),
      });
      const message = await seen(posted.messageId);
      assert.ok(message!.actionIds.includes('region'), `action ids: ${message!.actionIds.join(', ')}`);
      assert.ok(message!.actionIds.includes('reason'), `action ids: ${message!.actionIds.join(', ')}`);
    });

    it('receives a click and answers in the card thread', async () => {
      const posted = await driver.chat.post(driver.channelId, { card: card('Stop i-0abc?', { actions: [{ type: 'button', id: 'approve', label: 'Approve', value: 'opaque-1' }] }) });
      await driver.click(posted.messageId, 'approve');
      const answer = await waitFor('the answer to the click', async () => (await driver.messages()).find((m) => m.threadId === posted.messageId && m.id !== posted.messageId));
      assert.match(answer.shown, /approve/);
    });
  });
}

/** Every action_id in a Block Kit payload. */
export function blockActionIds(blocks: unknown): string[] {
  const ids: string[] = [];
  JSON.stringify(blocks ?? [], (key, value: unknown) => {
    if (key === 'action_id' && typeof value === 'string') ids.push(value);
    return value;
  });
  return ids;
}
