import { validateAdaptiveCard } from '../adaptive-card-validator.js';
import { ConnectorError } from './connector-state.js';

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';
/** About the size Teams refuses a message at (render/teams-limits.ts keeps a card under 80,000 bytes). */
export const MAX_ACTIVITY_BYTES = 80 * 1024;

export interface CheckedActivity {
  /** A typing indicator: accepted, never shown as a message. */
  typing?: true;
  text?: string;
  textFormat?: string;
  replyToId?: string;
  card?: Record<string, unknown>;
  attachments: unknown[];
}

/**
 * What Teams checks in a message activity, as the fake sees it: a JSON object of type
 * "message" (or "typing") with text or attachments, no bigger than MAX_ACTIVITY_BYTES (400
 * MessageSizeTooBig), and every Adaptive Card valid for version 1.5 (400 BadArgument listing
 * the validator's findings).
 */
export function checkActivity(raw: string): CheckedActivity {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new ConnectorError(400, 'BadArgument', 'The request body is not JSON.');
  }
  if (!isRecord(body)) throw new ConnectorError(400, 'BadArgument', 'The activity must be a JSON object.');
  const bytes = Buffer.byteLength(raw, 'utf8');
  if (bytes > MAX_ACTIVITY_BYTES) throw new ConnectorError(400, 'MessageSizeTooBig', `Message size too big: ${bytes} bytes, limit ${MAX_ACTIVITY_BYTES}.`);
  if (body.type === 'typing') return { typing: true, attachments: [] };
  if (body.type !== 'message') throw new ConnectorError(400, 'BadArgument', `Unsupported activity type ${JSON.stringify(body.type)}: the fake takes "message" and "typing".`);
  const attachments = body.attachments === undefined ? [] : body.attachments;
  if (!Array.isArray(attachments)) throw new ConnectorError(400, 'BadArgument', 'attachments must be an array.');
  const text = typeof body.text === 'string' ? body.text : undefined;
  if (!text?.trim() && attachments.length === 0) throw new ConnectorError(400, 'BadArgument', 'The message has neither text nor attachments.');

  let card: Record<string, unknown> | undefined;
  attachments.forEach((attachment: unknown, i) => {
    if (!isRecord(attachment) || typeof attachment.contentType !== 'string') throw new ConnectorError(400, 'BadArgument', `attachments[${i}] has no contentType.`);
    if (attachment.contentType !== ADAPTIVE) return;
    const issues = validateAdaptiveCard(attachment.content);
    if (issues.length) throw new ConnectorError(400, 'BadArgument', `attachments[${i}] is not a valid Adaptive Card: ${issues.join('; ')}`);
    card ??= attachment.content as Record<string, unknown>;
  });
  return {
    ...(text !== undefined ? { text } : {}),
    ...(typeof body.textFormat === 'string' ? { textFormat: body.textFormat } : {}),
    ...(typeof body.replyToId === 'string' && body.replyToId ? { replyToId: body.replyToId } : {}),
    ...(card ? { card } : {}),
    attachments,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
