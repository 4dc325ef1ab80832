import { FAKE_SLACK } from '../defaults.js';
import { messageJson } from '../message-json.js';
import { compareTs, type StoredMessage } from '../message-log.js';
import { channelFor, fail, isFailure, ok, type FakeMethod } from '../method.js';
import { flag, int, str } from '../read-request.js';
import type { FakeChannel, FakeTeam } from '../workspace.js';

const info: FakeMethod = {
  auth: 'bot',
  handle(ctx) {
    const channel = channelFor(ctx, 'info');
    return isFailure(channel) ? channel : ok({ channel: channelJson(channel, ctx.team) });
  },
};

/** conversations.history: top-level messages newest first; `metadata` only with include_all_metadata. */
const history: FakeMethod = {
  auth: 'bot',
  handle(ctx) {
    const channel = channelFor(ctx, 'read');
    if (isFailure(channel)) return channel;
    const inRange = window(channel.log.channelView(), ctx.args).reverse();
    return page(inRange, ctx.args, channel, { pin_count: 0, channel_actions_ts: null, channel_actions_count: 0 });
  },
};

/** conversations.replies: the thread's parent, then its replies, oldest first. */
const replies: FakeMethod = {
  auth: 'bot',
  handle(ctx) {
    const channel = channelFor(ctx, 'read');
    if (isFailure(channel)) return channel;
    const message = channel.log.get(ctx.args.ts);
    if (!message) return fail('thread_not_found');
    const parent = message.threadTs !== undefined && message.threadTs !== message.ts ? channel.log.get(message.threadTs) ?? message : message;
    return page(window(channel.log.thread(parent), ctx.args), ctx.args, channel, {});
  },
};

const join: FakeMethod = {
  auth: 'bot',
  handle(ctx) {
    const channel = ctx.workspace.channel(ctx.args.channel, ctx.team);
    if (!channel) return fail('channel_not_found');
    if (channel.isPrivate) return fail('method_not_supported_for_channel_type');
    if (channel.isArchived) return fail('is_archived');
    if (channel.botIsMember) return ok({ channel: channelJson(channel, ctx.team), warning: 'already_in_channel', response_metadata: { warnings: ['already_in_channel'] } });
    channel.botIsMember = true;
    return ok({ channel: channelJson(channel, ctx.team) });
  },
};

/** Messages between `oldest` and `latest` (exclusive unless `inclusive`). */
function window(messages: StoredMessage[], args: Record<string, unknown>): StoredMessage[] {
  const oldest = str(args, 'oldest');
  const latest = str(args, 'latest');
  const inclusive = flag(args, 'inclusive');
  return messages.filter((m) => {
    if (oldest !== undefined && oldest !== '0') {
      const c = compareTs(m.ts, oldest);
      if (c < 0 || (c === 0 && !inclusive)) return false;
    }
    if (latest !== undefined && latest !== '') {
      const c = compareTs(m.ts, latest);
      if (c > 0 || (c === 0 && !inclusive)) return false;
    }
    return true;
  });
}

function page(messages: StoredMessage[], args: Record<string, unknown>, channel: FakeChannel, extra: Record<string, unknown>) {
  const limit = Math.min(Math.max(int(args, 'limit') ?? 100, 1), 999);
  const cursor = str(args, 'cursor');
  const start = cursor ? Number(Buffer.from(cursor, 'base64').toString('utf8').replace(/^offset:/, '')) || 0 : 0;
  const slice = messages.slice(start, start + limit);
  const hasMore = start + limit < messages.length;
  const withMetadata = flag(args, 'include_all_metadata');
  return ok({
    messages: slice.map((m) => {
      const parent = m.threadTs !== undefined && m.threadTs !== m.ts ? channel.log.get(m.threadTs) : undefined;
      return messageJson(m, { withMetadata, parentUser: parent?.user });
    }),
    has_more: hasMore,
    ...extra,
    response_metadata: { next_cursor: hasMore ? Buffer.from(`offset:${start + limit}`).toString('base64') : '' },
  });
}

export function channelJson(c: FakeChannel, team: FakeTeam): Record<string, unknown> {
  const isGroup = c.isPrivate && c.id.startsWith('G');
  return {
    id: c.id, name: c.name, name_normalized: c.name, created: c.created, creator: FAKE_SLACK.installerUserId,
    is_channel: !isGroup, is_group: isGroup, is_im: false, is_mpim: false, is_private: c.isPrivate, is_archived: c.isArchived,
    is_general: false, is_shared: false, is_ext_shared: false, is_org_shared: false, is_pending_ext_shared: false,
    is_member: c.botIsMember, context_team_id: c.teamId ?? team.id, unlinked: 0, previous_names: [],
    topic: { value: '', creator: '', last_set: 0 }, purpose: { value: '', creator: '', last_set: 0 },
  };
}

export const conversationMethods: Record<string, FakeMethod> = {
  'conversations.info': info,
  'conversations.history': history,
  'conversations.replies': replies,
  'conversations.join': join,
};
