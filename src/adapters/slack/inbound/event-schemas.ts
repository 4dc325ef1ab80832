import { z } from 'zod';

/** Events API bodies (`event_callback`): what we read; Slack's other fields pass through. */

const id = z.string().min(1);

export const authorization = z.looseObject({
  team_id: z.string().nullish(),
  enterprise_id: z.string().nullish(),
  user_id: z.string().optional(),
  is_bot: z.boolean().optional(),
  is_enterprise_install: z.boolean().optional(),
});

export const eventCallback = z.looseObject({
  type: z.literal('event_callback'),
  team_id: id,
  enterprise_id: z.string().nullish(),
  api_app_id: z.string().optional(),
  event_id: id,
  event_time: z.number().optional(),
  event: z.looseObject({ type: id }),
  authorizations: z.array(authorization).optional(),
  is_ext_shared_channel: z.boolean().optional(),
});
export type EventCallback = z.output<typeof eventCallback>;

/** app_mention and message events: the fields a chat message needs. */
export const messageEvent = z.looseObject({
  type: z.enum(['app_mention', 'message']),
  subtype: z.string().optional(),
  channel: id,
  ts: id,
  thread_ts: z.string().optional(),
  user: z.string().optional(),
  bot_id: z.string().nullish(),
  text: z.string().default(''),
  team: z.string().optional(),
  user_team: z.string().optional(),
  edited: z.unknown().optional(),
});
export type MessageEvent = z.output<typeof messageEvent>;

export const tokensRevokedEvent = z.looseObject({
  type: z.literal('tokens_revoked'),
  tokens: z.looseObject({
    oauth: z.array(z.string()).nullish(),
    bot: z.array(z.string()).nullish(),
  }),
});
