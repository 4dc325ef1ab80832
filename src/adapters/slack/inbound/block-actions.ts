import type { ActionEvent } from '../../../core/chat-event.js';
import { elementValue, flattenStateValues } from './element-values.js';
import { actionKind, chatUser, workspaceOf } from './interaction-context.js';
import type { BlockActionsResult, UnsupportedInteraction } from './interaction-results.js';
import { blockActions } from './interaction-schemas.js';
import type { BlockActions } from './interaction-schemas.js';
import { parseSlackPayload } from './payload-error.js';
import { originFromPrivateMetadata } from './private-metadata.js';
import type { MessageOrigin } from './private-metadata.js';

/**
 * block_actions → one ActionEvent per action. On a message: channel and message from the
 * container, thread from the container or the message. Inside a modal: from the view's
 * private_metadata, which the app writes when it opens a modal from a message.
 */
export function parseBlockActions(payload: unknown): BlockActionsResult | UnsupportedInteraction {
  const body = parseSlackPayload(blockActions, payload, 'block_actions interaction');
  const origin = originOf(body);
  if (!origin) {
    return { kind: 'unsupported', type: 'block_actions', reason: `actions in a ${body.container.type} the app cannot place in a channel` };
  }
  const user = chatUser(body.user);
  const workspaceId = workspaceOf(body, origin.workspaceId);
  const values = flattenStateValues(body.state?.values ?? body.view?.state?.values);
  const events = body.actions.map((action) => {
    const event: ActionEvent = {
      platform: 'slack',
      channelId: origin.channelId,
      messageId: origin.messageId,
      actionId: action.action_id,
      user,
      values: { ...values },
      kind: actionKind(action.type),
    };
    const value = elementValue(action);
    if (value !== undefined) {
      event.value = value;
      event.values[action.action_id] = value;
    }
    if (workspaceId) event.workspaceId = workspaceId;
    if (origin.threadId) event.threadId = origin.threadId;
    if (body.trigger_id) event.triggerId = body.trigger_id;
    if (body.response_url) event.responseUrl = body.response_url;
    return event;
  });
  return body.view ? { kind: 'actions', events, viewId: body.view.id } : { kind: 'actions', events };
}

function originOf(body: BlockActions): MessageOrigin | undefined {
  const { container } = body;
  if (container.type === 'message') {
    const channelId = container.channel_id ?? body.channel?.id;
    const messageId = container.message_ts ?? body.message?.ts;
    if (!channelId || !messageId) return undefined;
    const threadId = container.thread_ts ?? body.message?.thread_ts;
    return threadId ? { channelId, messageId, threadId } : { channelId, messageId };
  }
  return body.view ? originFromPrivateMetadata(body.view.private_metadata) : undefined;
}
