import type { ChannelConfiguration, Threading } from '../../config/schema.js';
import type { ChannelPreferences } from '../../ports/preferences.js';

export interface EffectiveThreading {
  threading: Threading;
  /** `channel`: set in the channel with `@aws preferences`; `configuration`: the configuration's `threading`. */
  from: 'channel' | 'configuration';
}

/** Whether a configuration's notifications thread in its channel: the channel's preference wins. */
export function effectiveThreading(configuration: ChannelConfiguration, preferences: ChannelPreferences | undefined): EffectiveThreading {
  const chosen = preferences?.threading;
  return chosen ? { threading: chosen, from: 'channel' } : { threading: configuration.threading, from: 'configuration' };
}
