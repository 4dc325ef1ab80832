import type { StoredMessage } from './message-log.js';
import type { FakeSlackMessage } from './types.js';

/** A message object as the Web API returns it (chat.postMessage `message`, conversations.history `messages[]`). */
export function messageJson(m: StoredMessage, options: { withMetadata: boolean; parentUser?: string; botName?: string }): Record<string, unknown> {
  const json: Record<string, unknown> = { type: 'message', ts: m.ts, user: m.user, text: m.text ?? '', team: m.team };
  if (m.bot) {
    json.bot_id = m.bot.botId;
    json.app_id = m.bot.appId;
    json.bot_profile = { id: m.bot.botId, app_id: m.bot.appId, name: options.botName ?? 'aws', deleted: false, team_id: m.team, icons: {} };
  }
  if (m.blocks) json.blocks = m.blocks;
  if (m.threadTs !== undefined) json.thread_ts = m.threadTs;
  if (m.broadcast) json.subtype = 'thread_broadcast';
  if (m.threadTs !== undefined && m.threadTs !== m.ts && options.parentUser) json.parent_user_id = options.parentUser;
  if (m.replies.length > 0) {
    json.reply_count = m.replies.length;
    json.latest_reply = m.replies[m.replies.length - 1];
    json.reply_users = m.replyUsers;
    json.reply_users_count = m.replyUsers.length;
  }
  if (m.edited) json.edited = m.edited;
  if (m.metadata && options.withMetadata) json.metadata = m.metadata;
  return json;
}

/** The record a test reads through `server.messages(channel)`. */
export function fakeMessage(channel: string, m: StoredMessage): FakeSlackMessage {
  const out: FakeSlackMessage = { channel, ts: m.ts };
  if (m.threadTs !== undefined && m.threadTs !== m.ts) out.thread_ts = m.threadTs;
  if (m.text !== undefined) out.text = m.text;
  if (m.blocks !== undefined) out.blocks = m.blocks;
  if (m.metadata !== undefined) out.metadata = m.metadata;
  if (m.edited) out.edited = true;
  return out;
}
