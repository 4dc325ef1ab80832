import type { Card } from '../core/card.js';
import type { AliasStore } from './aliases.js';
import type { ButtonTokenStore, CustomActionStore } from './custom-actions.js';
import type { DialogStore } from './dialogs.js';
import type { InboxStore, OutboxStore, SubscriptionStore, TraceStore } from './delivery-store.js';
import type { InstallationStore } from './installations.js';
import type { AuditStore, DefaultAccountStore, UserRoleStore } from './permissions.js';
import type { ChannelPreferenceStore } from './preferences.js';
import type { ReceiptStore } from './receipts.js';
import type { TeamsConversationStore } from './teams-conversations.js';

export type * from './delivery-store.js';
export type * from './preferences.js';
export type * from './installations.js';
export type * from './receipts.js';
export type * from './aliases.js';
export type * from './dialogs.js';
export type * from './permissions.js';
export type * from './custom-actions.js';

/** A message shown in a sandbox channel (the local chat page). */
export interface SandboxMessage {
  id: string;
  channelId: string;
  /** The id of the thread's first message; null for a top-level message. */
  threadId: string | null;
  /** "bot" or the user name that wrote it. */
  from: string;
  text: string;
  card: Card | null;
  /** Block Kit payload `{text, blocks}` as Slack would receive it. */
  slack: unknown;
  /** Adaptive Card object as Teams would receive it. */
  teams: unknown;
  createdAt: string;
  updatedAt: string;
}

export type NewSandboxMessage = Omit<SandboxMessage, 'id' | 'createdAt' | 'updatedAt'> & { id?: string };
export type SandboxMessagePatch = Partial<Pick<SandboxMessage, 'text' | 'card' | 'slack' | 'teams'>>;

export interface SandboxMessageStore {
  append(message: NewSandboxMessage): Promise<SandboxMessage>;
  /** Replaces the given fields; returns undefined when no such message exists. */
  update(id: string, patch: SandboxMessagePatch): Promise<SandboxMessage | undefined>;
  get(id: string): Promise<SandboxMessage | undefined>;
  /** Oldest first. */
  list(channelId: string): Promise<SandboxMessage[]>;
}

/** Thread key → the chat message that started the thread, per channel. */
export interface ThreadRecord {
  /** `<platform>:<channel id>` or a configuration-specific key. */
  channelKey: string;
  threadKey: string;
  messageId: string;
  threadId: string;
  createdAt: string;
}

export interface ThreadStore {
  get(channelKey: string, threadKey: string): Promise<ThreadRecord | undefined>;
  /** Records the thread unless one exists; returns the record that is stored (first writer wins). */
  putIfAbsent(record: Omit<ThreadRecord, 'createdAt'>): Promise<ThreadRecord>;
}

/** The store port. Real adapter: SQL on PGlite or PostgreSQL; fake: in memory. */
export interface Store {
  readonly kind: 'pglite' | 'postgres' | 'memory';
  readonly sandbox: SandboxMessageStore;
  readonly threads: ThreadStore;
  readonly inbox: InboxStore;
  readonly outbox: OutboxStore;
  readonly trace: TraceStore;
  readonly subscriptions: SubscriptionStore;
  /** Per-channel notification preferences (`@aws preferences`). */
  readonly preferences: ChannelPreferenceStore;
  /** Slack app installations from the OAuth flow. */
  readonly installations: InstallationStore;
  /** Inbound deliveries already handled (Slack event ids), so a redelivery is handled once. */
  readonly receipts: ReceiptStore;
  /** Teams conversation references (where to post proactively) and the cards of bot messages. */
  readonly teamsConversations: TeamsConversationStore;
  /** Multi-turn dialogs (questions, confirmations), one open per user per thread. */
  readonly dialogs: DialogStore;
  /** Command aliases, per channel (`@aws alias create NAME COMMAND`). */
  readonly aliases: AliasStore;
  /** The role each user chose per configuration and account (`@aws switch-roles`). */
  readonly userRoles: UserRoleStore;
  /** Each user's default account per channel (`@aws set default-account`); pruned after 7 days. */
  readonly defaultAccounts: DefaultAccountStore;
  /** Every command, click, dialog decision and denial; kept (never pruned). */
  readonly audit: AuditStore;
  /** Custom actions (notification buttons), per channel; names unique without case. */
  readonly customActions: CustomActionStore;
  /** The opaque, expiring ids notification buttons carry; pruned once expired. */
  readonly buttonTokens: ButtonTokenStore;
  /** Cheap liveness check (SELECT 1). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
