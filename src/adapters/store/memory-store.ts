import { randomUUID } from 'node:crypto';
import type { Clock } from '../../ports/clock.js';
import { systemClock } from '../../ports/clock.js';
import type { SandboxMessage, SandboxMessageStore, Store, ThreadRecord, ThreadStore } from '../../ports/store.js';
import { duplicateIdError } from './duplicate-id-error.js';
import type { MemoryContext } from './memory-context.js';
import { copy } from './memory-context.js';
import { createMemoryAliases } from './memory-aliases.js';
import { createMemoryAudit } from './memory-audit.js';
import { createMemoryButtonTokens } from './memory-button-tokens.js';
import { createMemoryCustomActions } from './memory-custom-actions.js';
import { createMemoryDefaultAccounts } from './memory-default-accounts.js';
import { createMemoryDialogs } from './memory-dialogs.js';
import { createMemoryInbox } from './memory-inbox.js';
import { createMemoryInstallations } from './memory-installations.js';
import { createMemoryOutbox } from './memory-outbox.js';
import { createMemoryPreferences } from './memory-preferences.js';
import { createMemoryReceipts } from './memory-receipts.js';
import { createMemoryTeamsConversations } from './memory-teams-conversations.js';
import { createMemoryUserRoles } from './memory-user-roles.js';
import { createMemorySubscriptions, createMemoryTrace } from './memory-trace.js';
import { storeClosed } from './store-errors.js';

/**
 * In-memory Store for tests of other parts. Passes the same contract suite as the SQL store.
 * Values are copied in and out through JSON, as the SQL store's jsonb columns do, so callers can't
 * change stored data and what comes back matches the real store. Leases and due times follow
 * `clock` (the SQL store uses the database clock), so tests can move time on with a fake clock.
 */
export function createMemoryStore(options: { clock?: Clock } = {}): Store {
  const clock = options.clock ?? systemClock;
  const now = () => clock.now().toISOString();
  let closed = false;
  const open = () => {
    if (closed) throw storeClosed();
  };

  const messages = new Map<string, SandboxMessage>();
  const sandbox: SandboxMessageStore = {
    async append(message) {
      open();
      const id = message.id ?? randomUUID();
      if (messages.has(id)) throw duplicateIdError('sandbox message', id);
      const at = now();
      const stored: SandboxMessage = { ...copy(message), id, slack: message.slack ?? null, teams: message.teams ?? null, createdAt: at, updatedAt: at };
      messages.set(id, stored);
      return copy(stored);
    },
    async update(id, patch) {
      open();
      const current = messages.get(id);
      if (!current) return undefined;
      const changes = Object.fromEntries(Object.entries(copy(patch)).filter(([, value]) => value !== undefined));
      if (Object.keys(changes).length === 0) return copy(current);
      const at = now();
      const next: SandboxMessage = { ...current, ...changes, updatedAt: at > current.createdAt ? at : current.createdAt };
      messages.set(id, next);
      return copy(next);
    },
    async get(id) {
      open();
      const found = messages.get(id);
      return found && copy(found);
    },
    async list(channelId) {
      open();
      // A Map iterates in insertion order: oldest first.
      return [...messages.values()].filter((m) => m.channelId === channelId).map(copy);
    },
  };

  const threadRecords = new Map<string, ThreadRecord>();
  const keyOf = (channelKey: string, threadKey: string) => JSON.stringify([channelKey, threadKey]);
  const threads: ThreadStore = {
    async get(channelKey, threadKey) {
      open();
      const found = threadRecords.get(keyOf(channelKey, threadKey));
      return found && { ...found };
    },
    async putIfAbsent(record) {
      open();
      const key = keyOf(record.channelKey, record.threadKey);
      if (!threadRecords.has(key)) threadRecords.set(key, { ...record, createdAt: now() });
      return { ...threadRecords.get(key)! };
    },
  };

  const ctx: MemoryContext = { clock, assertOpen: open };
  const outbox = createMemoryOutbox(ctx);
  const trace = createMemoryTrace(ctx);

  return {
    kind: 'memory',
    sandbox,
    threads,
    inbox: createMemoryInbox(ctx, outbox, trace),
    outbox: outbox.outbox,
    trace: trace.trace,
    subscriptions: createMemorySubscriptions(ctx),
    preferences: createMemoryPreferences(ctx),
    installations: createMemoryInstallations(ctx),
    receipts: createMemoryReceipts(ctx),
    teamsConversations: createMemoryTeamsConversations(ctx),
    dialogs: createMemoryDialogs(ctx),
    aliases: createMemoryAliases(ctx),
    userRoles: createMemoryUserRoles(ctx),
    defaultAccounts: createMemoryDefaultAccounts(ctx),
    audit: createMemoryAudit(ctx),
    customActions: createMemoryCustomActions(ctx),
    buttonTokens: createMemoryButtonTokens(ctx),
    async ping() {
      open();
    },
    async close() {
      closed = true;
    },
  };
}
