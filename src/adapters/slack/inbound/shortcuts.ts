import type { ActionEvent } from '../../../core/chat-event.js';
import { chatUser, workspaceOf } from './interaction-context.js';
import type { GlobalShortcutResult, MessageShortcutResult } from './interaction-results.js';
import { globalShortcut, messageShortcut } from './interaction-schemas.js';
import { parseSlackPayload } from './payload-error.js';
import { unformatSlackText } from './slack-text.js';

/** A global shortcut: who, where, and the trigger to open a modal with. */
export function parseGlobalShortcut(payload: unknown): GlobalShortcutResult {
  const body = parseSlackPayload(globalShortcut, payload, 'shortcut interaction');
  const result: GlobalShortcutResult = { kind: 'shortcut', callbackId: body.callback_id, triggerId: body.trigger_id, user: chatUser(body.user) };
  const workspaceId = workspaceOf(body);
  if (workspaceId) result.workspaceId = workspaceId;
  return result;
}

/** A message shortcut: the message it was used on, and an ActionEvent of kind 'shortcut'. */
export function parseMessageShortcut(payload: unknown): MessageShortcutResult {
  const body = parseSlackPayload(messageShortcut, payload, 'message_action interaction');
  const user = chatUser(body.user);
  const workspaceId = workspaceOf(body);
  const threadId = body.message.thread_ts;
  const event: ActionEvent = {
    platform: 'slack',
    channelId: body.channel.id,
    messageId: body.message_ts,
    actionId: body.callback_id,
    user,
    values: {},
    kind: 'shortcut',
    triggerId: body.trigger_id,
  };
  if (workspaceId) event.workspaceId = workspaceId;
  if (threadId) event.threadId = threadId;
  if (body.response_url) event.responseUrl = body.response_url;
  return {
    kind: 'message-shortcut',
    callbackId: body.callback_id,
    triggerId: body.trigger_id,
    user,
    ...(workspaceId ? { workspaceId } : {}),
    channelId: body.channel.id,
    messageId: body.message_ts,
    ...(threadId ? { threadId } : {}),
    ...(body.response_url ? { responseUrl: body.response_url } : {}),
    text: unformatSlackText(body.message.text),
    event,
  };
}
