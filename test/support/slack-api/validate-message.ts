import { fail, type ApiResult } from './method.js';
import { str } from './read-request.js';
import { checkBlocks } from './validate-blocks.js';

export const MAX_TEXT = 40_000;

export interface MessageContent {
  text?: string;
  blocks?: unknown[];
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

/**
 * The text, blocks and metadata of a chat.postMessage / chat.update / chat.postEphemeral call,
 * or Slack's error: invalid_blocks(_format), invalid_metadata_format, msg_too_long, no_text.
 */
export function readMessageContent(args: Record<string, unknown>): MessageContent | ApiResult {
  const blocksProblem = checkBlocks(args.blocks);
  if (blocksProblem) return fail(blocksProblem.error, { errors: blocksProblem.errors });
  const metadata = args.metadata;
  if (metadata !== undefined && !isMetadata(metadata)) return fail('invalid_metadata_format');
  const text = str(args, 'text');
  if (text !== undefined && text.length > MAX_TEXT) return fail('msg_too_long');
  const blocks = args.blocks as unknown[] | undefined;
  const hasAttachments = Array.isArray(args.attachments) && args.attachments.length > 0;
  if (!text?.trim() && !(blocks && blocks.length > 0) && !hasAttachments) return fail('no_text');
  const content: MessageContent = {};
  if (text !== undefined) content.text = text;
  if (blocks !== undefined) content.blocks = blocks;
  if (metadata !== undefined) content.metadata = metadata;
  return content;
}

function isMetadata(value: unknown): value is MessageContent['metadata'] {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  return typeof m.event_type === 'string' && m.event_type !== '' && typeof m.event_payload === 'object' && m.event_payload !== null && !Array.isArray(m.event_payload);
}
