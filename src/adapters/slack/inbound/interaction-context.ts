import type { ActionKind, ChatUser } from '../../../core/chat-event.js';
import type { InteractionUser } from './interaction-schemas.js';

/** The person who interacted: id, and their handle when Slack sends one. */
export function chatUser(user: InteractionUser): ChatUser {
  const name = user.username ?? user.name;
  return name ? { id: user.id, name } : { id: user.id };
}

/** The workspace the interaction happened in: `team.id`, else the user's team (org-wide apps may get no team). */
export function workspaceOf(payload: { team?: { id: string } | null | undefined; user: InteractionUser }, fallback?: string): string | undefined {
  return payload.team?.id ?? payload.user.team_id ?? fallback;
}

/** A button is a click, a text-like input a submit (Enter with dispatch_action), everything else a choice. */
export function actionKind(elementType: string): ActionKind {
  if (elementType === 'button' || elementType === 'workflow_button') return 'click';
  if (elementType.endsWith('_input')) return 'submit';
  return 'select';
}
