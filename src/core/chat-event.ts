export type Platform = 'slack' | 'teams' | 'sandbox' | 'webhook';

export interface ChatUser {
  id: string;
  name?: string;
}

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
}

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
}
