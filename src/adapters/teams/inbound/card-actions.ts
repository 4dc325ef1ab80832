/**
 * Clicks and form submissions on our Adaptive Cards, as ActionEvents. A button is Action.Execute
 * (an `adaptiveCard/action` invoke; data `{actionId, value}` plus the card's input values); a
 * form sent with Action.Submit arrives as a message with empty text and the data in `value`.
 * Either way `replyToId` is the card's message id.
 */
import type { ActionEvent } from '../../../core/chat-event.js';
import { cardActionValue, submitValue } from './activity-schema.js';
import type { TeamsActivity } from './activity-schema.js';
import { splitConversationId, tenantOf, threadOf } from './conversation.js';
import { parseTeamsPayload } from './payload-error.js';

/** Keys of the data that are ours or Teams', not input values. */
const NOT_INPUTS = new Set(['actionId', 'value', 'action', 'msteams', 'verb']);

function inputValues(data: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, v] of Object.entries(data)) {
    if (NOT_INPUTS.has(key) || v === null || v === undefined) continue;
    values[key] = typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);
  }
  return values;
}

function actionEvent(activity: TeamsActivity, data: Record<string, unknown>, actionId: string, submitted: boolean): ActionEvent {
  const values = inputValues(data);
  const messageId = activity.replyToId ?? activity.id ?? '';
  const threadId = threadOf(activity, messageId || undefined);
  const workspaceId = tenantOf(activity);
  const value = typeof data.value === 'string' ? data.value : undefined;
  return {
    platform: 'teams',
    ...(workspaceId ? { workspaceId } : {}),
    channelId: splitConversationId(activity.conversation.id).conversationId,
    messageId,
    ...(threadId ? { threadId } : {}),
    actionId,
    ...(value !== undefined ? { value } : {}),
    user: { id: activity.from.aadObjectId ?? activity.from.id, ...(activity.from.name ? { name: activity.from.name } : {}) },
    values,
    kind: submitted || Object.keys(values).length > 0 ? 'submit' : 'click',
  };
}

/** An `adaptiveCard/action` invoke (Action.Execute): the action id is `data.actionId`, else the verb. */
export function executeAction(activity: TeamsActivity): ActionEvent {
  const { action } = parseTeamsPayload(cardActionValue, activity.value, 'card action');
  const data = action.data ?? {};
  const actionId = (typeof data.actionId === 'string' && data.actionId) || action.verb || 'button';
  return actionEvent(activity, data, actionId, false);
}

/** A message whose `value` carries an Action.Submit's data; undefined when the message has text or no value. */
export function submittedForm(activity: TeamsActivity): ActionEvent | undefined {
  if (activity.value === undefined || activity.value === null || (activity.text ?? '').trim() !== '') return undefined;
  const data = parseTeamsPayload(submitValue, activity.value, 'form submission');
  const actionId = (typeof data.actionId === 'string' && data.actionId) || 'submit';
  return actionEvent(activity, data, actionId, true);
}
