export type Platform = 'slack' | 'teams' | 'sandbox' | 'webhook';

/** The key a chat channel is known by in the store (delivery, threads, preferences, actions, aliases): `<platform>:<channel id>`. */
export function chatChannelKey(where: { platform: Platform; channelId: string }): string {
  return `${where.platform}:${where.channelId}`;
}

export interface ChatUser {
  id: string;
  name?: string;
}

/** How a chat message reached the bot. */
export type ChatEventSource = 'mention' | 'slash-command' | 'thread-reply';

/** A message someone wrote to the bot, from any platform. */
export interface ChatEvent {
  platform: Platform;
  /** Workspace (Slack team) or tenant id. */
  workspaceId?: string;
  channelId: string;
  threadId?: string;
  messageId?: string;
  user: ChatUser;
  text: string;
  /**
   * 'mention' and 'slash-command' address the bot (text starts with "@aws"); 'thread-reply' is a
   * message in a thread that did not mention the bot: it continues a conversation only when the
   * thread is the bot's, which the adapter decides. Absent: treat as a mention.
   */
  source?: ChatEventSource;
  /** Lets the app open a modal in answer (Slack slash commands); valid for a few seconds. */
  triggerId?: string;
  /** Where a platform accepts a delayed answer (Slack slash commands). */
  responseUrl?: string;
}

/** What kind of interaction an ActionEvent stands for. */
export type ActionKind = 'click' | 'select' | 'submit' | 'cancel' | 'shortcut';

/** A click on a button, a select choice or a submitted form, from any platform. */
export interface ActionEvent {
  platform: Platform;
  workspaceId?: string;
  channelId: string;
  messageId: string;
  threadId?: string;
  actionId: string;
  /** The button's opaque value, if any. */
  value?: string;
  user: ChatUser;
  values: Record<string, string>;
  /** Absent: a click. */
  kind?: ActionKind;
  /** Lets the app open a modal in answer (Slack); valid for a few seconds. */
  triggerId?: string;
  /** Where a platform accepts a delayed answer (Slack response_url). */
  responseUrl?: string;
}
