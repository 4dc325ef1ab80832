/** Per-channel notification preferences, set from chat with `@aws preferences`. */

export type ThreadingPreference = 'on' | 'off';

/** What a channel overrides. An absent key means "as the channel's configurations say". */
export interface ChannelPreferences {
  threading?: ThreadingPreference;
}

/**
 * A change to a channel's preferences: a value replaces the current one, `null` removes it (back
 * to the configurations' setting), an absent key leaves it as it is.
 */
export type ChannelPreferencesChange = { [K in keyof ChannelPreferences]?: ChannelPreferences[K] | null };

export interface ChannelPreferencesRecord {
  /** `<platform>:<channel id>`, as the outbox keys channels (see route-event.ts `channelKeyOf`). */
  channelKey: string;
  preferences: ChannelPreferences;
  /** Who made the last change (a chat user's name, or id when the platform gives no name). */
  updatedBy: string;
  updatedAt: string;
}

export interface ChannelPreferenceStore {
  /** The channel's preferences, or undefined when nobody ever set any. */
  get(channelKey: string): Promise<ChannelPreferencesRecord | undefined>;
  /** The records that exist among these channels, in no particular order. */
  getMany(channelKeys: readonly string[]): Promise<ChannelPreferencesRecord[]>;
  /** Applies `change` (see ChannelPreferencesChange) and returns what is stored now. */
  set(channelKey: string, change: ChannelPreferencesChange, by: string): Promise<ChannelPreferencesRecord>;
}
