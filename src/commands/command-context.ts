/**
 * Who runs a command and where its answers go: the actor (whose permissions apply), the thread,
 * and an account picked for this one command (from the choose-account dialog).
 */
import type { ActionEvent, ChatEvent } from '../core/chat-event.js';
import type { Dialog, DialogOwner, DialogPlace } from '../ports/dialogs.js';
import type { Actor } from '../permissions/access-types.js';

export interface CommandContext {
  actor: Actor;
  threadId?: string;
  /** An account key (id or name) chosen for this command only. */
  account?: string;
}

export function actorOf(event: Pick<ChatEvent | ActionEvent, 'platform' | 'workspaceId' | 'channelId' | 'user'>): Actor {
  return {
    platform: event.platform,
    ...(event.workspaceId ? { workspaceId: event.workspaceId } : {}),
    channelId: event.channelId,
    userId: event.user.id,
    ...(event.user.name ? { userName: event.user.name } : {}),
  };
}

export function contextOfEvent(event: ChatEvent): CommandContext {
  const threadId = event.threadId ?? event.messageId;
  return { actor: actorOf(event), ...(threadId ? { threadId } : {}) };
}

/** The dialog's owner in the dialog's thread: only the owner answers a dialog, so they are who acts. */
export function contextOfDialog(dialog: Pick<Dialog, 'owner' | 'where'>): CommandContext {
  const { owner, where } = dialog;
  return {
    actor: {
      platform: owner.platform,
      ...(owner.workspaceId ? { workspaceId: owner.workspaceId } : {}),
      channelId: where.channelId,
      userId: owner.userId,
      ...(owner.userName ? { userName: owner.userName } : {}),
    },
    ...(where.threadId ? { threadId: where.threadId } : {}),
  };
}

/** A ChatEvent standing for the context (to start a dialog, or run a line again after one). */
export function eventOfContext(ctx: CommandContext, text: string): ChatEvent {
  const { actor } = ctx;
  return {
    platform: actor.platform,
    ...(actor.workspaceId ? { workspaceId: actor.workspaceId } : {}),
    channelId: actor.channelId,
    ...(ctx.threadId ? { threadId: ctx.threadId } : {}),
    user: { id: actor.userId, ...(actor.userName ? { name: actor.userName } : {}) },
    text,
  };
}

/** Who a dialog started in this context belongs to, and where it lives. */
export function dialogOwnerAndPlace(ctx: CommandContext): { owner: DialogOwner; where: DialogPlace } {
  const { actor } = ctx;
  return {
    owner: { platform: actor.platform, userId: actor.userId, ...(actor.workspaceId ? { workspaceId: actor.workspaceId } : {}), ...(actor.userName ? { userName: actor.userName } : {}) },
    where: { channelId: actor.channelId, ...(ctx.threadId ? { threadId: ctx.threadId } : {}) },
  };
}
