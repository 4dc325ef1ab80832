/**
 * One incoming Teams activity, parsed (zod) and turned into what the app does with it: a
 * mention of the bot becomes a ChatEvent, a click or a submitted form an ActionEvent, and
 * installs and uninstalls change the stored conversation references. Every activity also
 * names its conversation's reference, which the app keeps up to date.
 */
import type { ActionEvent, ChatEvent } from '../../core/chat-event.js';
import type { TeamsConversationRef } from '../../ports/teams-conversations.js';
import { activity as activitySchema } from './inbound/activity-schema.js';
import type { TeamsActivity } from './inbound/activity-schema.js';
import { executeAction, submittedForm } from './inbound/card-actions.js';
import { conversationType, referenceOf, splitConversationId, tenantOf, threadOf } from './inbound/conversation.js';
import { conversationUpdate, installationUpdate } from './inbound/lifecycle.js';
import type { TeamsLifecycle } from './inbound/lifecycle.js';
import { parseTeamsPayload } from './inbound/payload-error.js';
import { addressedToBot, botMentions, teamsPlainText } from './inbound/teams-text.js';

export type TeamsInbound = {
  /** The activity as parsed. */
  activity: TeamsActivity;
  /** The conversation's reference to keep; absent when the bot just left it. */
  reference?: TeamsConversationRef;
} & (
  | { kind: 'mention'; event: ChatEvent }
  /** invoke: an Action.Execute, answered with the refreshed card; else an Action.Submit message. */
  | { kind: 'action'; event: ActionEvent; invoke: boolean }
  | TeamsLifecycle
);

export function teamsInbound(body: unknown): TeamsInbound {
  const activity = parseTeamsPayload(activitySchema, body, 'activity');
  const reference = referenceOf(activity);
  switch (activity.type) {
    case 'message':
      return { activity, reference, ...message(activity) };
    case 'invoke':
      if (activity.name === 'adaptiveCard/action') return { activity, reference, kind: 'action', event: executeAction(activity), invoke: true };
      return { activity, reference, kind: 'ignored', reason: `invoke ${activity.name ?? 'without a name'}` };
    case 'installationUpdate':
    case 'conversationUpdate': {
      const lifecycle = activity.type === 'installationUpdate' ? installationUpdate(activity) : conversationUpdate(activity);
      return lifecycle.kind === 'uninstalled' ? { activity, ...lifecycle } : { activity, reference, ...lifecycle };
    }
    default:
      return { activity, reference, kind: 'ignored', reason: activity.type };
  }
}

function message(activity: TeamsActivity): { kind: 'mention'; event: ChatEvent } | { kind: 'action'; event: ActionEvent; invoke: false } | { kind: 'ignored'; reason: string } {
  const submitted = submittedForm(activity);
  if (submitted) return { kind: 'action', event: submitted, invoke: false };
  const mentions = botMentions(activity.entities, activity.recipient?.id);
  const personal = conversationType(activity) === 'personal';
  // In a channel or group chat the bot only answers when mentioned; in a personal chat every message is for it.
  if (mentions.length === 0 && !personal) return { kind: 'ignored', reason: 'a message that does not mention the bot' };
  const text = teamsPlainText(activity.text ?? '', mentions);
  const messageId = activity.id ?? undefined;
  const threadId = threadOf(activity, messageId);
  const workspaceId = tenantOf(activity);
  return {
    kind: 'mention',
    event: {
      platform: 'teams',
      ...(workspaceId ? { workspaceId } : {}),
      channelId: splitConversationId(activity.conversation.id).conversationId,
      ...(threadId ? { threadId } : {}),
      ...(messageId ? { messageId } : {}),
      user: { id: activity.from.aadObjectId ?? activity.from.id, ...(activity.from.name ? { name: activity.from.name } : {}) },
      text: addressedToBot(text),
      source: 'mention',
    },
  };
}
