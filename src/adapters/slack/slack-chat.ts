import type { KnownBlock, View } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import type { Platform } from '../../core/chat-event.js';
import type { ChatPort, OutgoingMessage, PostedMessage } from '../../ports/chat.js';
import { ChatSendError } from '../../ports/chat.js';
import type { Clock } from '../../ports/clock.js';
import { systemClock } from '../../ports/clock.js';
import type { Logger } from '../../ports/logger.js';
import { renderSlack } from '../../render/slack.js';
import type { SlackPostPlan } from '../../render/slack-long-output.js';
import { planSlackPost, planSlackText } from '../../render/slack-long-output.js';
import type { SlackMessage } from '../../render/types.js';
import { findPostedMessage, idempotencyMetadata } from './find-posted-message.js';
import { slackSendError } from './slack-errors.js';
import { SlackWebClients } from './slack-web-clients.js';

/** Resolves the bot token for a workspace: SLACK_BOT_TOKEN for one workspace, else the OAuth installation. */
export interface SlackTokens {
  botToken(workspaceId: string | undefined): Promise<string>;
}

export interface SlackChatOptions {
  tokens: SlackTokens;
  /** SLACK_API_URL. */
  apiUrl?: string;
  logger: Logger;
  /** channel id -> workspace id, from configurations with workspaceId. */
  channelWorkspaces?: ReadonlyMap<string, string>;
  /** How far back a retried post looks for its earlier try; default 24 hours. */
  idempotencyWindowMs?: number;
  /** How many recent messages that look-up reads (one page); default 100. */
  idempotencyLookback?: number;
  /** Per-request timeout; default 10 s. */
  timeoutMs?: number;
  clock?: Clock;
}

/**
 * The Slack ChatPort: cards as Block Kit through chat.postMessage and chat.update, long output
 * as files in the message's thread, modals through views.open. Every failure is a
 * ChatSendError carrying Slack's error code; the deliverer owns retries and pacing.
 */
export class SlackChat implements ChatPort {
  readonly platform: Platform = 'slack';
  /** A retried post looks for its earlier try (find-posted-message.ts), so the deliverer counts interrupted tries. */
  readonly looksForEarlierPosts = true;
  readonly #o: SlackChatOptions;
  readonly #clients: SlackWebClients;

  constructor(o: SlackChatOptions) {
    this.#o = o;
    this.#clients = new SlackWebClients({ logger: o.logger, ...(o.apiUrl ? { apiUrl: o.apiUrl } : {}), ...(o.timeoutMs ? { timeoutMs: o.timeoutMs } : {}) });
  }

  async post(channelId: string, message: OutgoingMessage): Promise<PostedMessage> {
    const plan = planOf(message);
    const client = await this.#client(message.workspaceId, channelId);
    const key = message.idempotencyKey;
    if (key && (message.attempt ?? 1) > 1) {
      const earlier = await this.#findEarlier(client, channelId, key, message.threadId);
      if (earlier) return earlier;
    }
    const posted = await call('chat.postMessage', channelId, () =>
      client.chat.postMessage({
        channel: channelId,
        ...content(plan.message),
        ...(message.threadId ? { thread_ts: message.threadId } : {}),
        unfurl_links: false,
        ...(key ? { metadata: idempotencyMetadata(key) } : {}),
      }),
    );
    const ts = posted.ts;
    if (!ts) throw new ChatSendError('transient', 'no_ts', `Slack answered chat.postMessage in channel ${channelId} without a message timestamp.`);
    const threadId = message.threadId ?? ts;
    if (plan.files.length > 0) await this.#attach(client, channelId, ts, threadId, plan);
    return { messageId: ts, threadId };
  }

  async update(channelId: string, messageId: string, message: OutgoingMessage): Promise<void> {
    const rendered = message.card ? renderSlack(message.card) : planOf(message).withoutFiles;
    const client = await this.#client(message.workspaceId, channelId);
    await call('chat.update', channelId, () => client.chat.update({ channel: channelId, ts: messageId, text: rendered.text, blocks: rendered.blocks }));
  }

  /**
   * Takes the buttons off a message as Slack sent it with a click (its `blocks`): every actions
   * block goes and a context line with `status` ends it. For a confirmation whose Run or Cancel
   * ended its dialog: nothing on it can be clicked any more.
   */
  async spendButtons(workspaceId: string | undefined, channelId: string, messageId: string, blocks: readonly unknown[], status: string): Promise<void> {
    const kept = blocks.filter((b) => !(typeof b === 'object' && b !== null && (b as { type?: unknown }).type === 'actions'));
    const client = await this.#client(workspaceId, channelId);
    await call('chat.update', channelId, () =>
      client.chat.update({ channel: channelId, ts: messageId, text: status, blocks: [...(kept as KnownBlock[]), { type: 'context', elements: [{ type: 'plain_text', text: status }] }] }),
    );
  }

  /** Opens a modal (views.open) for the click that carried `triggerId` (valid for 3 seconds). */
  async openModal(workspaceId: string | undefined, triggerId: string, view: object): Promise<void> {
    const client = await this.#client(workspaceId, undefined);
    await call('views.open', undefined, () => client.views.open({ trigger_id: triggerId, view: view as View }));
  }

  async #client(workspaceId: string | undefined, channelId: string | undefined): Promise<WebClient> {
    const workspace = workspaceId ?? (channelId ? this.#o.channelWorkspaces?.get(channelId) : undefined);
    const token = await this.#o.tokens.botToken(workspace).catch((e: unknown) => {
      throw slackSendError(e, { method: 'token lookup', ...(channelId ? { channelId } : {}) });
    });
    return this.#clients.for(token);
  }

  /**
   * A retried post first looks for the message an earlier try may have posted (its key is in
   * the message metadata). A look-up Slack refuses for good (no history scope, bot not in a
   * public channel it posts to) can't tell, so the post goes ahead; one that should be retried
   * fails the post, which is retried the same way.
   */
  async #findEarlier(client: WebClient, channelId: string, key: string, threadId: string | undefined): Promise<PostedMessage | undefined> {
    const now = (this.#o.clock ?? systemClock).now().getTime();
    try {
      const found = await findPostedMessage(client, {
        channel: channelId,
        key,
        sinceMs: now - (this.#o.idempotencyWindowMs ?? 24 * 3600_000),
        limit: this.#o.idempotencyLookback ?? 100,
        ...(threadId ? { threadTs: threadId } : {}),
      });
      if (!found) return undefined;
      this.#o.logger.info('slack message was already posted by an earlier try', { channel: channelId, idempotencyKey: key, ts: found.ts });
      return { messageId: found.ts, threadId: threadId ?? found.threadTs ?? found.ts };
    } catch (e) {
      const err = slackSendError(e, { method: threadId ? 'conversations.replies' : 'conversations.history', channelId });
      if (err.kind !== 'permanent') throw err;
      this.#o.logger.warn('could not check whether an earlier try posted this slack message; posting it', { channel: channelId, idempotencyKey: key, code: err.code });
      return undefined;
    }
  }

  /**
   * Uploads the full texts into the message's thread. The message is out already, so a failed
   * upload does not fail the post (a retry would post it twice): the message goes back to its
   * plainly cut form, without the note about attachments, and the failure is logged.
   */
  async #attach(client: WebClient, channelId: string, ts: string, threadId: string, plan: SlackPostPlan): Promise<void> {
    try {
      for (const file of plan.files) {
        await call('files.uploadV2', channelId, () => client.files.uploadV2({ channel_id: channelId, thread_ts: threadId, filename: file.filename, title: file.title, content: file.content }));
      }
    } catch (e) {
      const err = slackSendError(e, { method: 'files.uploadV2', channelId });
      this.#o.logger.warn('could not attach the full text to a slack message; left it cut', { channel: channelId, ts, code: err.code, reason: err.message });
      await call('chat.update', channelId, () => client.chat.update({ channel: channelId, ts, ...content(plan.withoutFiles) })).catch((u: unknown) =>
        this.#o.logger.warn('could not remove the attachment note from a slack message', { channel: channelId, ts, code: slackSendError(u, { method: 'chat.update', channelId }).code }),
      );
    }
  }
}

function planOf(message: OutgoingMessage): SlackPostPlan {
  if (message.card) return planSlackPost(message.card);
  if (message.text?.trim()) return planSlackText(message.text);
  throw new ChatSendError('permanent', 'no_text', 'There is nothing to post: the message has neither a card nor text.');
}

function content(m: SlackMessage): { text: string; blocks?: KnownBlock[] } {
  return m.blocks.length ? { text: m.text, blocks: m.blocks } : { text: m.text };
}

async function call<T>(method: string, channelId: string | undefined, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw slackSendError(e, { method, ...(channelId ? { channelId } : {}) });
  }
}
