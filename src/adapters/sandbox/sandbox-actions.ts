import type { ButtonAction, Card, InputAction, SelectAction } from '../../core/card.js';
import type { ActionEvent } from '../../core/chat-event.js';
import { ChatOpsError } from '../../core/errors.js';
import type { SandboxMessage } from '../../ports/store.js';

export interface ActionRequest {
  actionId: string;
  user: string;
  values?: Record<string, string>;
}

type ClickableAction = ButtonAction | SelectAction | InputAction;

/**
 * A click or form submit on a stored card becomes an ActionEvent. The action must be on the card;
 * a button's opaque value comes from the stored card, a select's from its own options.
 */
export function toActionEvent(message: SandboxMessage, request: ActionRequest): ActionEvent {
  const action = findAction(message.card, request.actionId);
  if (!action) {
    throw new ChatOpsError('SANDBOX_ACTION_INVALID', `Message "${message.id}" has no action "${request.actionId}".`);
  }
  const values = request.values ?? {};
  const event: ActionEvent = {
    platform: 'sandbox',
    channelId: message.channelId,
    messageId: message.id,
    threadId: message.threadId ?? message.id,
    actionId: action.id,
    user: { id: request.user, name: request.user },
    values,
  };
  const value = valueOf(action, values);
  if (value !== undefined) event.value = value;
  return event;
}

function findAction(card: Card | null, actionId: string): ClickableAction | undefined {
  for (const action of card?.actions ?? []) {
    if (action.type !== 'link' && action.id === actionId) return action;
  }
  return undefined;
}

function valueOf(action: ClickableAction, values: Record<string, string>): string | undefined {
  if (action.type === 'button') return action.value;
  if (action.type !== 'select') return undefined;
  const chosen = values[action.id];
  if (chosen === undefined) return undefined;
  if (!action.options.some((option) => option.value === chosen)) {
    throw new ChatOpsError('SANDBOX_ACTION_INVALID', `"${chosen}" is not one of the options of "${action.id}".`);
  }
  return chosen;
}
