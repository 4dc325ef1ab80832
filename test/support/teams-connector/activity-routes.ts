import { checkActivity } from './check-activity.js';
import type { ConnectorState } from './connector-state.js';
import { ConnectorError } from './connector-state.js';
import type { FakeTeamsMessage } from './types.js';

export interface RouteAnswer {
  status: number;
  body: unknown;
}

/**
 * The Bot Connector's activity routes, on the fake's state:
 * - POST …/activities: a new message (201 {id}); in a channel it starts a thread, on a
 *   `;messageid=<root>` conversation id it goes in that thread; with `replyToId` it answers that
 *   message (in its thread, in a channel). A typing indicator is answered 201 {} and not kept.
 * - POST …/activities/{id}: a reply to that activity (replyToActivity), 201 {id}.
 * - PUT …/activities/{id}: replaces the message (200 {id}); 404 ActivityNotFoundInConversation
 *   for an id the bot has no message with. The channel id and a thread's form both work.
 * - DELETE …/activities/{id}: removes it, 200 {}.
 */
export function activityRoute(state: ConnectorState, method: string, pathId: string, activityId: string | undefined, raw: string): RouteAnswer {
  const { conversation, threadId } = state.resolve(pathId);
  if (method === 'POST') {
    const activity = checkActivity(raw);
    if (activity.typing) return { status: 201, body: {} };
    const replyTo = activityId ?? activity.replyToId;
    const id = state.nextId();
    const thread = conversation.type !== 'channel' ? id : (threadId ?? (replyTo ? state.threadOf(conversation.id, replyTo) : id));
    const message: FakeTeamsMessage = {
      id,
      conversationId: conversation.id,
      threadId: thread,
      ...(replyTo ? { replyToId: replyTo } : {}),
      ...content(activity),
      updates: 0,
    };
    state.log.push(message);
    return { status: 201, body: { id } };
  }
  if (activityId === undefined) throw new ConnectorError(405, 'MethodNotAllowed', `${method} needs an activity id.`);
  if (method === 'PUT') {
    const existing = state.find(conversation.id, activityId);
    const activity = checkActivity(raw);
    if (activity.typing) throw new ConnectorError(400, 'BadArgument', 'A message can not be updated into a typing indicator.');
    delete existing.text;
    delete existing.textFormat;
    delete existing.card;
    Object.assign(existing, content(activity), { updates: existing.updates + 1 });
    return { status: 200, body: { id: activityId } };
  }
  if (method === 'DELETE') {
    const existing = state.find(conversation.id, activityId);
    state.log.splice(state.log.indexOf(existing), 1);
    return { status: 200, body: {} };
  }
  throw new ConnectorError(405, 'MethodNotAllowed', `${method} is not supported on activities.`);
}

function content(activity: ReturnType<typeof checkActivity>): Pick<FakeTeamsMessage, 'text' | 'textFormat' | 'card' | 'attachments'> {
  return {
    ...(activity.text !== undefined ? { text: activity.text } : {}),
    ...(activity.textFormat !== undefined ? { textFormat: activity.textFormat } : {}),
    ...(activity.card ? { card: activity.card } : {}),
    attachments: activity.attachments,
  };
}
