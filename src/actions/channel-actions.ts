/**
 * A channel's custom actions as every place shows or runs them: those declared in chatops.yml
 * first (read-only from chat), then those made in chat that no declared one shadows
 * (sameActionName).
 */
import { sameActionName, type CustomActionConfig } from '../config/actions-schema.js';
import { channelButtonSettings } from '../config/configurations.js';
import type { ChannelConfiguration } from '../config/schema.js';
import type { CustomActionRecord, CustomActionStore } from '../ports/custom-actions.js';

export interface ChannelActions {
  declared: CustomActionConfig[];
  /** Made in chat, without those a declared action of the same name shadows. */
  made: CustomActionRecord[];
  /** The channel's declared log groups (channelButtonSettings). */
  logGroups: Record<string, string[]>;
}

export async function channelActions(configurations: readonly ChannelConfiguration[], channelKey: string, store: Pick<CustomActionStore, 'list'>): Promise<ChannelActions> {
  const { customActions: declared, logGroups } = channelButtonSettings(configurations, channelKey);
  const made = (await store.list(channelKey)).filter((a) => !declared.some((d) => sameActionName(d.name, a.name)));
  return { declared, made, logGroups };
}
