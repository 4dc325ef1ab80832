/**
 * Command aliases (`@aws alias create NAME COMMAND`). As the reference says, aliases are defined
 * for a single channel and shared by all its members, so they are keyed by channel
 * (`<platform>:<channel id>`, as preferences are) and name.
 */

export interface AliasRecord {
  channelKey: string;
  /** As the command layer stores it (lower case: names are matched without case). */
  name: string;
  /** The command line after "@aws", with `$param` placeholders. */
  command: string;
  /** Who created it (a chat user's name, or id when the platform gives no name). */
  createdBy: string;
  createdAt: string;
}

export type NewAlias = Omit<AliasRecord, 'createdAt'>;

/** What `create` did: stored it, or not because the name is taken or the channel has `limit` aliases already. */
export type AliasCreateResult = { status: 'created'; alias: AliasRecord } | { status: 'exists'; alias: AliasRecord } | { status: 'full'; count: number };

export interface AliasStore {
  get(channelKey: string, name: string): Promise<AliasRecord | undefined>;
  /** The channel's aliases, by name. */
  list(channelKey: string): Promise<AliasRecord[]>;
  /** Stores a new alias unless the name is taken in the channel or the channel holds `limit` aliases. */
  create(alias: NewAlias, limit: number): Promise<AliasCreateResult>;
  /** Removes an alias; false when there was none. */
  delete(channelKey: string, name: string): Promise<boolean>;
}
