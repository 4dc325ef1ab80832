import type { FakeConversationOptions } from './types.js';

/** The conversations the fake knows by default: the Agents Playground's ids, plus one the bot left. */
export const FAKE_TEAMS = {
  teamId: '19:team-id@thread.tacv2',
  channelId: '19:alerts@thread.tacv2',
  /** A channel the bot was removed from (or a private channel the app isn't added to). */
  removedChannelId: '19:removed@thread.tacv2',
  groupChatId: 'group-chat-id',
  personalChatId: 'personal-chat-id',
  /** The first message id the fake gives; ids count up from it (numeric, like Teams'). */
  firstMessageId: 1795461855170,
} as const;

export function defaultConversations(): FakeConversationOptions[] {
  return [
    { id: FAKE_TEAMS.teamId, type: 'channel', teamId: FAKE_TEAMS.teamId },
    { id: FAKE_TEAMS.channelId, type: 'channel', teamId: FAKE_TEAMS.teamId },
    { id: FAKE_TEAMS.removedChannelId, type: 'channel', teamId: FAKE_TEAMS.teamId, botRemoved: true },
    { id: FAKE_TEAMS.groupChatId, type: 'groupChat' },
    { id: FAKE_TEAMS.personalChatId, type: 'personal' },
  ];
}
