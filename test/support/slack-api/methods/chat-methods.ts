import { messageJson } from '../message-json.js';
import type { StoredMessage } from '../message-log.js';
import { channelFor, fail, isFailure, ok, type FakeMethod } from '../method.js';
import { flag, str } from '../read-request.js';
import { readMessageContent } from '../validate-message.js';
import type { FakeChannel } from '../workspace.js';

/** chat.postMessage: a new message, or a reply when thread_ts names a parent message in the channel. */
const postMessage: FakeMethod = {
  auth: 'bot',
  handle(ctx) {
    const channel = channelFor(ctx, 'post');
    if (isFailure(channel)) return channel;
    const content = readMessageContent(ctx.args);
    if (isFailure(content)) return content;
    const threadTs = str(ctx.args, 'thread_ts') || undefined;
    const parent = threadTs === undefined ? undefined : channel.log.get(threadTs);
    // Slack answers invalid_thread_ts for a ts that is not a message in the channel or is itself a reply.
    if (threadTs !== undefined && (!parent || (parent.threadTs !== undefined && parent.threadTs !== parent.ts))) return fail('invalid_thread_ts');
    const message: StoredMessage = {
      ts: ctx.workspace.nextTs(),
      ...content,
      user: ctx.team.botUserId,
      team: ctx.team.id,
      bot: { botId: ctx.team.botId, appId: ctx.workspace.appId },
      replies: [],
      replyUsers: [],
    };
    if (threadTs !== undefined) message.threadTs = threadTs;
    if (threadTs !== undefined && flag(ctx.args, 'reply_broadcast')) message.broadcast = true;
    channel.log.add(message);
    return ok({ channel: channel.id, ts: message.ts, message: json(message, parent) });
  },
};

/** chat.update: only the bot's own messages; omitted text, blocks or metadata keep their values. */
const update: FakeMethod = {
  auth: 'bot',
  handle(ctx) {
    const channel = channelFor(ctx, 'post');
    if (isFailure(channel)) return channel;
    const message = channel.log.get(ctx.args.ts);
    if (!message) return fail('message_not_found');
    if (message.bot === undefined || message.user !== ctx.team.botUserId) return fail('cant_update_message');
    const content = readMessageContent(ctx.args);
    if (isFailure(content)) return content;
    if (content.text !== undefined) message.text = content.text;
    if (content.blocks !== undefined) message.blocks = content.blocks;
    if (content.metadata !== undefined) message.metadata = content.metadata;
    message.edited = { user: ctx.team.botUserId, ts: ctx.workspace.nextTs() };
    const updated = json(message, parentOf(channel, message));
    return ok({ channel: channel.id, ts: message.ts, text: message.text ?? '', message: updated });
  },
};

/** chat.postEphemeral: seen by one user only, so it is kept in `calls`, not in the channel. */
const postEphemeral: FakeMethod = {
  auth: 'bot',
  handle(ctx) {
    const channel = channelFor(ctx, 'post');
    if (isFailure(channel)) return channel;
    if (!/^[UW][A-Z0-9]+$/.test(str(ctx.args, 'user') ?? '')) return fail('user_not_found');
    const content = readMessageContent(ctx.args);
    if (isFailure(content)) return content;
    return ok({ message_ts: ctx.workspace.nextTs() });
  },
};

function parentOf(channel: FakeChannel, m: StoredMessage): StoredMessage | undefined {
  return m.threadTs !== undefined && m.threadTs !== m.ts ? channel.log.get(m.threadTs) : undefined;
}

function json(m: StoredMessage, parent: StoredMessage | undefined): Record<string, unknown> {
  return messageJson(m, { withMetadata: true, parentUser: parent?.user });
}

export const chatMethods: Record<string, FakeMethod> = {
  'chat.postMessage': postMessage,
  'chat.update': update,
  'chat.postEphemeral': postEphemeral,
};
