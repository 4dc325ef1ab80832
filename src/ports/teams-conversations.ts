import type { Card } from '../core/card.js';

/**
 * Microsoft Teams keeps no list of where a bot is installed that a bot could ask for: the bot
 * learns each conversation (a team's channels, a group chat, a personal chat) from the
 * activities Teams sends it (installationUpdate, conversationUpdate, every message), and must
 * keep the conversation's service URL to post there later (proactive messages). This is that
 * memory, kept in our store.
 */
export type TeamsConversationType = 'channel' | 'groupChat' | 'personal';

export interface TeamsConversationRef {
  /**
   * The conversation: a channel id (`19:…@thread.tacv2`, the channel itself, never a thread's
   * `;messageid=…` form), a group chat id or a personal chat id.
   */
  conversationId: string;
  conversationType: TeamsConversationType;
  /** Where the Bot Connector for this conversation answers (the activity's serviceUrl). */
  serviceUrl: string;
  tenantId?: string;
  /** For a channel: the team it belongs to (the team's General channel id). */
  teamId?: string;
  /** The bot's id in the conversation (`28:…`), as `recipient.id` of the activity. */
  botId?: string;
  /** When it was last seen; set by the store. */
  updatedAt?: string;
}

export interface TeamsConversationStore {
  /** Inserts or replaces the reference with the same conversation id. */
  save(ref: TeamsConversationRef): Promise<void>;
  get(conversationId: string): Promise<TeamsConversationRef | undefined>;
  /** Every reference of a team (its channels); used to find the team's service URL too. */
  ofTeam(teamId: string): Promise<TeamsConversationRef[]>;
  /**
   * The reference seen last, of any conversation. A bot's conversations share one Bot
   * Connector per region, so its service URL serves a channel the bot was never told about
   * (Teams announces an install with the team's General channel, not every channel).
   */
  latest(): Promise<TeamsConversationRef | undefined>;
  /** Removes one conversation (the bot left a chat); true when there was one. */
  remove(conversationId: string): Promise<boolean>;
  /** Removes every channel of a team and the team itself (the app was uninstalled); how many. */
  removeTeam(teamId: string): Promise<number>;
  /**
   * The Card last posted or shown as activity `activityId` in a conversation: Teams sends only a
   * button's data with a click, so a card refreshed in place ("Running…") is rebuilt from this.
   */
  rememberCard(conversationId: string, activityId: string, card: Card): Promise<void>;
  card(conversationId: string, activityId: string): Promise<Card | undefined>;
  /** Removes remembered cards last written before `beforeIso`; how many. */
  pruneCards(beforeIso: string): Promise<number>;
}
