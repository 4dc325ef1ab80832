/**
 * What the permissions layer keeps (issue #8): the role each user chose (switch-roles), the
 * account each user uses by default in a channel (`@aws set default-account`), and the audit log
 * of every command, click, dialog decision and denial.
 */
import type { Platform } from '../core/chat-event.js';

/** Whose role mapping: a user of a workspace (Slack team) or tenant, in one configuration and account. */
export interface UserRoleKey {
  platform: Platform;
  /** Slack team id or Teams tenant id; '' when the platform has none (sandbox). */
  workspaceId: string;
  userId: string;
  /** The channel configuration's name. */
  configuration: string;
  /** The 12-digit AWS account id (or the account's name when it has no id). */
  accountId: string;
}

export interface UserRoleRecord extends UserRoleKey {
  roleArn: string;
  /** ISO time it was chosen. */
  setAt: string;
}

export interface UserRoleStore {
  get(key: UserRoleKey): Promise<UserRoleRecord | undefined>;
  /** Stores or replaces the mapping for the key. */
  set(record: UserRoleRecord): Promise<void>;
  /** Removes the mapping; false when there was none. */
  forget(key: UserRoleKey): Promise<boolean>;
}

/** Whose default account: a user in one channel. */
export interface DefaultAccountKey {
  platform: Platform;
  workspaceId: string;
  channelId: string;
  userId: string;
}

export interface DefaultAccountRecord extends DefaultAccountKey {
  accountId: string;
  /** ISO time it was chosen; the caller treats it as gone 7 days later. */
  chosenAt: string;
}

export interface DefaultAccountStore {
  get(key: DefaultAccountKey): Promise<DefaultAccountRecord | undefined>;
  /** Stores or replaces the choice for the key. */
  set(record: DefaultAccountRecord): Promise<void>;
  /** Removes the choice; false when there was none. */
  forget(key: DefaultAccountKey): Promise<boolean>;
  /** Forgets choices made before `before` (ISO time); returns how many. */
  prune(before: string): Promise<number>;
}

export const AUDIT_KINDS = ['command', 'click', 'dialog', 'denial'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

/** One line of the audit log. Commands are stored with sensitive values redacted. */
export interface AuditEntry {
  /** Assigned by the store, increasing. */
  id: number;
  /** ISO time. */
  at: string;
  kind: AuditKind;
  platform: Platform;
  workspaceId?: string;
  channelId: string;
  userId: string;
  userName?: string;
  accountId?: string;
  roleArn?: string;
  /** The command line after "@aws" (redacted), or what was clicked / decided. */
  command?: string;
  /** e.g. allowed, denied, confirmed, cancelled, failed. */
  decision: string;
  /** For a denial: the policy (and clause or statement) behind it. */
  policy?: string;
  /** The result: ok, or the error code (AccessDenied, denied, …). */
  resultCode?: string;
  durationMs?: number;
}

export type NewAuditEntry = Omit<AuditEntry, 'id'>;

export interface AuditQuery {
  /** ISO time: entries at or after it. */
  since?: string;
  /** A user id or user name. */
  user?: string;
  /** At most this many, the newest (returned oldest first). */
  limit?: number;
}

export interface AuditStore {
  append(entry: NewAuditEntry): Promise<AuditEntry>;
  /** Oldest first. */
  list(query?: AuditQuery): Promise<AuditEntry[]>;
}
