import { z } from 'zod';

/** Interactivity payloads: the fields we read; Slack's other fields pass through. */

const id = z.string().min(1);
const option = z.looseObject({ value: z.string() });

/** An interactive element's state, as in an action or in `state.values`: whichever key holds its value. */
export const elementState = z.looseObject({
  type: z.string().optional(),
  value: z.string().nullish(),
  selected_option: option.nullish(),
  selected_options: z.array(option).nullish(),
  selected_date: z.string().nullish(),
  selected_time: z.string().nullish(),
  selected_date_time: z.number().nullish(),
  selected_user: z.string().nullish(),
  selected_users: z.array(z.string()).nullish(),
  selected_conversation: z.string().nullish(),
  selected_conversations: z.array(z.string()).nullish(),
  selected_channel: z.string().nullish(),
  selected_channels: z.array(z.string()).nullish(),
});
export type ElementState = z.output<typeof elementState>;

/** `state.values`: block_id → action_id → element state. */
export const stateValues = z.record(z.string(), z.record(z.string(), elementState));
export type StateValues = z.output<typeof stateValues>;

export const interactionUser = z.looseObject({
  id,
  username: z.string().optional(),
  name: z.string().optional(),
  team_id: z.string().optional(),
});
export type InteractionUser = z.output<typeof interactionUser>;

const team = z.looseObject({ id, enterprise_id: z.string().nullish() }).nullish();

export const view = z.looseObject({
  id,
  type: z.string().optional(),
  callback_id: z.string().default(''),
  private_metadata: z.string().default(''),
  state: z.looseObject({ values: stateValues }).optional(),
});

const common = {
  team,
  user: interactionUser,
  trigger_id: z.string().optional(),
};

export const blockActions = z.looseObject({
  ...common,
  type: z.literal('block_actions'),
  container: z.looseObject({
    type: id,
    message_ts: z.string().optional(),
    thread_ts: z.string().optional(),
    channel_id: z.string().optional(),
    view_id: z.string().optional(),
  }),
  channel: z.looseObject({ id }).nullish(),
  message: z.looseObject({ ts: z.string().optional(), thread_ts: z.string().optional() }).optional(),
  view: view.optional(),
  state: z.looseObject({ values: stateValues }).optional(),
  response_url: z.string().optional(),
  actions: z.array(elementState.extend({ action_id: id, block_id: z.string().optional(), type: id })).min(1),
});
export type BlockActions = z.output<typeof blockActions>;

export const viewSubmission = z.looseObject({ ...common, type: z.literal('view_submission'), view });
export const viewClosed = z.looseObject({ ...common, type: z.literal('view_closed'), view, is_cleared: z.boolean().optional() });

export const globalShortcut = z.looseObject({ ...common, type: z.literal('shortcut'), callback_id: id, trigger_id: id });

export const messageShortcut = z.looseObject({
  ...common,
  type: z.literal('message_action'),
  callback_id: id,
  trigger_id: id,
  channel: z.looseObject({ id }),
  message_ts: id,
  message: z.looseObject({ ts: z.string().optional(), thread_ts: z.string().optional(), text: z.string().default('') }),
  response_url: z.string().optional(),
});
