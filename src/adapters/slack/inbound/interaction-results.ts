import type { ActionEvent, ChatUser } from '../../../core/chat-event.js';
import type { MessageOrigin } from './private-metadata.js';

/** What an interactivity payload from Slack asks for. */
export type SlackInteraction = BlockActionsResult | ViewSubmitResult | ViewCancelResult | GlobalShortcutResult | MessageShortcutResult | UnsupportedInteraction;

/** Clicks, selects or input entries on a message (or in a modal the app opened from one): one event per action. */
export interface BlockActionsResult {
  kind: 'actions';
  events: ActionEvent[];
  /** Set when the actions happened inside a modal. */
  viewId?: string;
}

interface ViewResult {
  callbackId: string;
  viewId: string;
  privateMetadata: string;
  user: ChatUser;
  workspaceId?: string;
  /** The message the modal was opened from, when its private_metadata names it. */
  origin?: MessageOrigin;
  /** The interaction as an ActionEvent (actionId = callback id), when the origin is known. */
  event?: ActionEvent;
}

/** A modal's form was submitted; values flattened by action_id. */
export interface ViewSubmitResult extends ViewResult {
  kind: 'submit';
  values: Record<string, string>;
  triggerId?: string;
}

/** A modal was closed without submitting (Slack sends this only with notify_on_close). */
export interface ViewCancelResult extends ViewResult {
  kind: 'cancel';
  /** True when the whole stack of views was closed. */
  cleared: boolean;
}

/** A global shortcut (from the shortcuts menu): no channel, only a trigger to open a modal. */
export interface GlobalShortcutResult {
  kind: 'shortcut';
  callbackId: string;
  triggerId: string;
  user: ChatUser;
  workspaceId?: string;
}

/** A message shortcut ("…" menu on a message). */
export interface MessageShortcutResult {
  kind: 'message-shortcut';
  callbackId: string;
  triggerId: string;
  user: ChatUser;
  workspaceId?: string;
  channelId: string;
  messageId: string;
  threadId?: string;
  responseUrl?: string;
  /** The message's text, unformatted. */
  text: string;
  /** The same as an ActionEvent of kind 'shortcut' (actionId = callback id). */
  event: ActionEvent;
}

/** A payload the app does not handle (block_suggestion, legacy attachments and dialogs…), or actions in a view it did not open. */
export interface UnsupportedInteraction {
  kind: 'unsupported';
  type: string;
  reason: string;
}
