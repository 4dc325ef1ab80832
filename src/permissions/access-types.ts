/**
 * The words of the permissions layer: who acts (an Actor: a chat user in a channel), what an
 * authorization decides (the account, the role and the guardrails a command runs with, or what
 * must be asked first), and what it needs (stores, STS, policy documents, the org chat policy,
 * the pre-check).
 */
import type { AccountConfig } from '../config/permissions-schema.js';
import type { ChatChannelConfiguration } from '../config/schema.js';
import type { Platform } from '../core/chat-event.js';
import type { NamedPolicy, PolicyDocuments, RoleSessions } from '../ports/aws.js';
import type { Clock } from '../ports/clock.js';
import type { AuditStore, DefaultAccountStore, UserRoleStore } from '../ports/permissions.js';

/** A chat user in a channel: whose permissions a command or click runs with. */
export interface Actor {
  platform: Platform;
  /** Slack team id or Teams tenant id. */
  workspaceId?: string;
  channelId: string;
  userId: string;
  userName?: string;
}

/** The role a command runs with: the user's own, the channel's, or none (the service's own credentials). */
export type RoleChoice = { kind: 'user' | 'channel'; arn: string } | { kind: 'service' };

/** The guardrails of a session: managed policy ARNs and an inline policy (the protection policy's statement). */
export interface Guardrails {
  policyArns: string[];
  inline?: NamedPolicy;
}

export interface Allowed {
  kind: 'allowed';
  configuration: ChatChannelConfiguration;
  account: AccountConfig;
  role: RoleChoice;
  guardrails: Guardrails;
}

/** More than one account and no default: the user picks one (and may have it remembered). */
export interface AskAccount {
  kind: 'ask-account';
  configuration: ChatChannelConfiguration;
}

/** A user role is needed (required, or there is no channel role): the switch-role dialog. */
export interface AskRole {
  kind: 'ask-role';
  configuration: ChatChannelConfiguration;
  account: AccountConfig;
  /** Why, in words for the user. */
  reason: string;
}

export type AccessDecision = Allowed | AskAccount | AskRole;

/** What an org chat policy says about one use (see src/permissions/org-policy/). */
export type OrgVerdict =
  | { allowed: true; userRolesRequired: boolean; channelRoleAllowed: boolean; defaultGuardrailPolicyArns: string[] }
  | { allowed: false; clause: string; reason: string };

export interface OrgUse {
  platform: 'slack' | 'teams' | 'sandbox';
  workspaceId?: string;
  tenantId?: string;
  teamId?: string;
  channelType?: 'public' | 'private';
  roleSetting: 'channel_role' | 'user_role';
}

/** The org chat policy, loaded: absent when none is configured (everything allowed). */
export type OrgGate = (use: OrgUse) => OrgVerdict;

/** What the local pre-check says: certainly denied (naming the policy and statement), certainly allowed, or go ask AWS. */
export type PreCheckVerdict =
  | { verdict: 'denied'; layer: 'guardrail' | 'role'; policy: string; words: string; nextStep: string }
  | { verdict: 'allowed' }
  | { verdict: 'undecided'; why: string };

export interface PreCheckInput {
  /** The IAM action, e.g. ec2:StopInstances; undefined when it is not known. */
  action: string | undefined;
  /** The role's policies; undefined when unreadable or there is no role. */
  identity: NamedPolicy[] | undefined;
  /** The guardrails' documents (empty: the session has none); undefined when any of them is unreadable. */
  session: NamedPolicy[] | undefined;
}

export type PreCheck = (input: PreCheckInput) => PreCheckVerdict;

export interface AccessDeps {
  configurations: readonly ChatChannelConfiguration[];
  userRoles: UserRoleStore;
  defaultAccounts: DefaultAccountStore;
  audit: AuditStore;
  roleSessions: RoleSessions;
  policyDocuments: PolicyDocuments;
  clock: Clock;
  /** Absent: no org chat policy. */
  org?: OrgGate;
  /** Absent: no local pre-check (AWS decides). */
  preCheck?: PreCheck;
  /** Accounts whose every channel requires user roles. */
  requireUserRolesInAccounts: readonly string[];
  /** Days a chosen default account is remembered (7). */
  defaultAccountDays?: number;
}
