/**
 * Bot Framework activities as Teams sends them to POST /api/messages: the fields we read, parsed
 * with zod once, at the boundary. Teams' other fields pass through untouched (loose objects);
 * absent values may arrive as null.
 */
import { z } from 'zod';

const id = z.string().min(1);
const text = z.string().nullish();

export const account = z.looseObject({
  id,
  name: text,
  aadObjectId: text,
});
export type TeamsAccount = z.output<typeof account>;

export const conversationAccount = z.looseObject({
  id,
  conversationType: text,
  tenantId: text,
  isGroup: z.boolean().nullish(),
  name: text,
});

const idObject = z.looseObject({ id });

export const channelData = z.looseObject({
  tenant: idObject.nullish(),
  team: idObject.nullish(),
  channel: idObject.nullish(),
  eventType: text,
});

/** A mention entity: `mentioned` is who, `text` is how it appears in the message (`<at>aws</at>`). */
export const entity = z.looseObject({
  type: text,
  mentioned: z.looseObject({ id: z.string(), name: text }).nullish(),
  text,
});
export type TeamsEntity = z.output<typeof entity>;

export const activity = z.looseObject({
  type: id,
  id: text,
  name: text,
  action: text,
  serviceUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
  channelId: text,
  from: account,
  recipient: account.nullish(),
  conversation: conversationAccount,
  channelData: channelData.nullish(),
  text,
  value: z.unknown().optional(),
  replyToId: text,
  entities: z.array(entity).nullish(),
  membersAdded: z.array(account).nullish(),
  membersRemoved: z.array(account).nullish(),
});
export type TeamsActivity = z.output<typeof activity>;

/** The `value` of an `adaptiveCard/action` invoke (Action.Execute). */
export const cardActionValue = z.looseObject({
  action: z.looseObject({
    type: text,
    verb: text,
    data: z.record(z.string(), z.unknown()).nullish(),
  }),
});

/** The `value` of a message sent by Action.Submit: the button's data plus the form's inputs. */
export const submitValue = z.record(z.string(), z.unknown());
