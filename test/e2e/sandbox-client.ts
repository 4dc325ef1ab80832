/**
 * The sandbox chat as the e2e suites drive it, over its JSON API: read a channel, write as a
 * user, wait for the bot's answers in a thread, click a card's button (by action id, or a
 * dialog's Run/Cancel/… by its verb). Each request the API should accept is checked for its 202.
 */
import assert from 'node:assert/strict';
import type { Card } from '../../src/core/card.js';
import { waitFor } from './app-harness.js';

/** A sandbox message as GET /sandbox/api/channels/:id/messages returns it. */
export interface MessageJson {
  id: string;
  threadId: string | null;
  from: string;
  card: Card | null;
}

export interface SandboxClient {
  messages(channel: string): Promise<MessageJson[]>;
  /** Posts `text` as `user` (in `threadId` when given); the new message's id. */
  say(channel: string, user: string, text: string, threadId?: string): Promise<string>;
  /** The bot's answers in the thread of `threadId` (progress cards left out), once there are `count`. */
  answers(channel: string, threadId: string, count: number): Promise<MessageJson[]>;
  clickAction(user: string, message: MessageJson, actionId: string): Promise<void>;
  /** Clicks the dialog button whose action id has `verb` (run, cancel, back…). */
  clickDialog(user: string, message: MessageJson, verb: string): Promise<void>;
}

export function sandboxClient(baseUrl: () => string): SandboxClient {
  const post = (path: string, body: unknown) => fetch(`${baseUrl()}/sandbox/api/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const client: SandboxClient = {
    async messages(channel) {
      return (await (await fetch(`${baseUrl()}/sandbox/api/channels/${channel}/messages`)).json()) as MessageJson[];
    },
    async say(channel, user, text, threadId) {
      const res = await post(`channels/${channel}/messages`, { user, text, ...(threadId ? { threadId } : {}) });
      assert.equal(res.status, 202);
      return ((await res.json()) as { id: string }).id;
    },
    answers(channel, threadId, count) {
      return waitFor(`${count} answers in the thread`, async () => {
        const found = (await client.messages(channel)).filter((m) => m.threadId === threadId && m.from === 'bot' && m.card?.title !== 'Working on it…');
        return found.length >= count ? found : undefined;
      });
    },
    async clickAction(user, message, actionId) {
      const res = await post('actions', { messageId: message.id, actionId, user });
      assert.equal(res.status, 202);
    },
    async clickDialog(user, message, verb) {
      const actionId = JSON.stringify(message.card).match(new RegExp(`"(dlg\\.[^"]+\\.${verb}[^"]*)"`))?.[1];
      assert.ok(actionId, `the card has a ${verb} button: ${JSON.stringify(message.card?.actions)}`);
      await client.clickAction(user, message, actionId);
    },
  };
  return client;
}
