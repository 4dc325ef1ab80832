import type { ActionEvent } from '../../../core/chat-event.js';
import { flattenStateValues } from './element-values.js';
import { chatUser, workspaceOf } from './interaction-context.js';
import type { ViewCancelResult, ViewSubmitResult } from './interaction-results.js';
import { viewClosed, viewSubmission } from './interaction-schemas.js';
import { parseSlackPayload } from './payload-error.js';
import { originFromPrivateMetadata } from './private-metadata.js';
import type { MessageOrigin } from './private-metadata.js';

/** view_submission → the form's values by action_id, and where the modal came from. */
export function parseViewSubmission(payload: unknown): ViewSubmitResult {
  const body = parseSlackPayload(viewSubmission, payload, 'view_submission interaction');
  const values = flattenStateValues(body.view.state?.values);
  const base = viewBase(body);
  const result: ViewSubmitResult = { kind: 'submit', ...base.fields, values };
  if (body.trigger_id) result.triggerId = body.trigger_id;
  if (base.origin) {
    const event = originEvent(base.origin, base.fields, 'submit', { ...values });
    if (body.trigger_id) event.triggerId = body.trigger_id;
    result.event = event;
  }
  return result;
}

/** view_closed → a cancel of the modal's form. */
export function parseViewClosed(payload: unknown): ViewCancelResult {
  const body = parseSlackPayload(viewClosed, payload, 'view_closed interaction');
  const base = viewBase(body);
  const result: ViewCancelResult = { kind: 'cancel', ...base.fields, cleared: body.is_cleared ?? false };
  if (base.origin) result.event = originEvent(base.origin, base.fields, 'cancel', {});
  return result;
}

type ViewPayload = { view: { id: string; callback_id: string; private_metadata: string }; user: Parameters<typeof chatUser>[0]; team?: { id: string } | null };
type ViewFields = Pick<ViewSubmitResult, 'callbackId' | 'viewId' | 'privateMetadata' | 'user' | 'workspaceId' | 'origin'>;

function viewBase(body: ViewPayload): { fields: ViewFields; origin?: MessageOrigin } {
  const origin = originFromPrivateMetadata(body.view.private_metadata);
  const fields: ViewFields = {
    callbackId: body.view.callback_id,
    viewId: body.view.id,
    privateMetadata: body.view.private_metadata,
    user: chatUser(body.user),
  };
  const workspaceId = workspaceOf(body, origin?.workspaceId);
  if (workspaceId) fields.workspaceId = workspaceId;
  if (origin) fields.origin = origin;
  return origin ? { fields, origin } : { fields };
}

function originEvent(origin: MessageOrigin, fields: ViewFields, kind: 'submit' | 'cancel', values: Record<string, string>): ActionEvent {
  const event: ActionEvent = {
    platform: 'slack',
    channelId: origin.channelId,
    messageId: origin.messageId,
    actionId: fields.callbackId,
    user: fields.user,
    values,
    kind,
  };
  if (fields.workspaceId) event.workspaceId = fields.workspaceId;
  if (origin.threadId) event.threadId = origin.threadId;
  return event;
}
