import { z } from 'zod';

/** Where a modal came from, as the app writes it into the view's private_metadata (JSON). */
export interface MessageOrigin {
  channelId: string;
  messageId: string;
  threadId?: string;
  workspaceId?: string;
}

const metadata = z.looseObject({
  channelId: z.string().min(1),
  messageId: z.string().min(1).optional(),
  threadId: z.string().min(1).optional(),
  workspaceId: z.string().min(1).optional(),
});

/**
 * The message a modal belongs to, from private_metadata `{channelId, messageId, threadId?,
 * workspaceId?}` (messageId may be left out when threadId is given). Undefined for anything
 * else: a modal the app did not open from a message, or metadata of another shape.
 */
export function originFromPrivateMetadata(privateMetadata: string): MessageOrigin | undefined {
  let json: unknown;
  try {
    json = JSON.parse(privateMetadata);
  } catch {
    return undefined;
  }
  const parsed = metadata.safeParse(json);
  if (!parsed.success) return undefined;
  const { channelId, messageId, threadId, workspaceId } = parsed.data;
  const message = messageId ?? threadId;
  if (message === undefined) return undefined;
  return { channelId, messageId: message, ...(threadId ? { threadId } : {}), ...(workspaceId ? { workspaceId } : {}) };
}
