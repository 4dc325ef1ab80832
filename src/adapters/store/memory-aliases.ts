/** The alias store (ports/aliases.ts) in memory, for tests and the sandbox; passes the same contract. */
import type { AliasRecord, AliasStore } from '../../ports/aliases.js';
import type { MemoryContext } from './memory-context.js';
import { copy } from './memory-context.js';
import { storableText } from './storable.js';

/** Command aliases in memory, with the SQL table's rules (one per channel and name, listed by name). */
export function createMemoryAliases(ctx: MemoryContext): AliasStore {
  const channels = new Map<string, Map<string, AliasRecord>>();
  const channel = (key: string) => channels.get(storableText(key)) ?? new Map<string, AliasRecord>();
  return {
    async get(channelKey, name) {
      ctx.assertOpen();
      const found = channel(channelKey).get(storableText(name));
      return found && copy(found);
    },
    async list(channelKey) {
      ctx.assertOpen();
      return [...channel(channelKey).values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map(copy);
    },
    async create(alias, limit) {
      ctx.assertOpen();
      const key = storableText(alias.channelKey);
      const aliases = channel(key);
      const existing = aliases.get(storableText(alias.name));
      if (existing) return { status: 'exists', alias: copy(existing) };
      if (aliases.size >= limit) return { status: 'full', count: aliases.size };
      const record: AliasRecord = {
        channelKey: key,
        name: storableText(alias.name),
        command: storableText(alias.command),
        createdBy: storableText(alias.createdBy),
        createdAt: ctx.clock.now().toISOString(),
      };
      aliases.set(record.name, record);
      channels.set(key, aliases);
      return { status: 'created', alias: copy(record) };
    },
    async delete(channelKey, name) {
      ctx.assertOpen();
      return channel(channelKey).delete(storableText(name));
    },
  };
}
