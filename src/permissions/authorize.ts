/**
 * Who may run what, decided for the person acting, at the moment they act (a message, a click):
 * the channel's configuration → the org chat policy → the account (the only one, or the user's
 * default for the channel) → the role (the user's own, else the channel role; a user role when
 * one is required) → the guardrails → the local pre-check. Never fails open: whatever can't be
 * decided is refused with the reason, or asked for (account, role) through a dialog.
 *
 * The reference's rules (../shared/seeds/000_…, "channel role", "user roles", "guardrails",
 * "Chatbot policies"): permissions are the intersection of the role and the guardrails, within
 * the organization's policy; a user role requirement set for an account can't be overridden by
 * a channel.
 */
import { accountKey, type AccountConfig } from '../config/permissions-schema.js';
import type { ChatChannelConfiguration } from '../config/schema.js';
import { AccessRefusedError, ADMIN_NEXT_STEP, noAccountsHere } from './access-errors.js';
import type { AccessDecision, AccessDeps, Actor, OrgUse, OrgVerdict, RoleChoice } from './access-types.js';
import { defaultAccountOf } from './default-account.js';
import { guardrailsOf } from './guardrails.js';

/** The enabled chat configuration of the actor's channel that has accounts for commands. */
export function accessConfigurationFor(actor: Actor, configurations: readonly ChatChannelConfiguration[]): ChatChannelConfiguration | undefined {
  return configurations.find(
    (c) => c.enabled && c.platform === actor.platform && c.channelId === actor.channelId && (c.workspaceId === undefined || c.workspaceId === actor.workspaceId) && c.accounts.length > 0,
  );
}

/** Decides the account, role and guardrails for one command of the actor (without calling STS). */
export async function authorize(actor: Actor, deps: AccessDeps, options: { account?: string } = {}): Promise<AccessDecision> {
  const configuration = accessConfigurationFor(actor, deps.configurations);
  if (!configuration) throw noAccountsHere();
  const org = orgRules(actor, configuration, deps);

  const account = options.account ? namedAccount(configuration, options.account) : await chosenAccount(actor, configuration, deps);
  if (!account) return { kind: 'ask-account', configuration };

  const required = configuration.userRoles === 'required' || (account.id !== undefined && deps.requireUserRolesInAccounts.includes(account.id)) || org.userRolesRequired;
  const userRolesAllowed = configuration.userRoles !== 'disabled' && org.userRoleAllowed;
  const mapped = userRolesAllowed ? await deps.userRoles.get(userRoleKey(actor, configuration, account)) : undefined;

  let role: RoleChoice;
  if (mapped) role = { kind: 'user', arn: mapped.roleArn };
  else if (required) {
    if (!userRolesAllowed) throw refusedUserRoles(configuration, org.userRoleClause);
    return { kind: 'ask-role', configuration, account, reason: 'This channel requires each member to use their own role.' };
  } else if (account.channelRole && org.channelRoleAllowed) role = { kind: 'channel', arn: account.channelRole };
  else if (account.channelRole) throw orgRefusal(org.channelRoleClause ?? 'chatbot', 'Your organization\'s chat policy does not allow channel roles here.');
  else if (account.serviceCredentials) role = { kind: 'service' };
  else if (userRolesAllowed) return { kind: 'ask-role', configuration, account, reason: 'This channel has no channel role: choose the role your commands run with.' };
  else throw refusedUserRoles(configuration, org.userRoleClause);

  return { kind: 'allowed', configuration, account, role, guardrails: guardrailsOf(configuration, org.defaultGuardrails) };
}

export function userRoleKey(actor: Actor, configuration: Pick<ChatChannelConfiguration, 'name'>, account: AccountConfig) {
  return { platform: actor.platform, workspaceId: actor.workspaceId ?? '', userId: actor.userId, configuration: configuration.name, accountId: accountKey(account) };
}

/** The configuration's account with this id or name (without case); refused, listing them, when there is none. */
export function namedAccount(configuration: ChatChannelConfiguration, wanted: string): AccountConfig {
  const found = configuration.accounts.find((a) => a.id === wanted || a.name.toLowerCase() === wanted.toLowerCase());
  if (found) return found;
  const names = configuration.accounts.map((a) => (a.id && a.name !== a.id ? `${a.name} (${a.id})` : a.name)).join(', ');
  throw new AccessRefusedError('ACCOUNT_UNKNOWN', `This channel has no account "${wanted}".`, 'configuration: accounts', `Use one of: ${names}.`);
}

async function chosenAccount(actor: Actor, configuration: ChatChannelConfiguration, deps: AccessDeps): Promise<AccountConfig | undefined> {
  if (configuration.accounts.length === 1) return configuration.accounts[0];
  const chosen = await defaultAccountOf(actor, deps);
  return chosen ? configuration.accounts.find((a) => accountKey(a) === chosen) : undefined;
}

interface OrgRules {
  userRolesRequired: boolean;
  userRoleAllowed: boolean;
  channelRoleAllowed: boolean;
  defaultGuardrails: string[];
  userRoleClause?: string;
  channelRoleClause?: string;
}

/** The org chat policy for this channel: refused outright, or which role settings it allows. */
function orgRules(actor: Actor, configuration: ChatChannelConfiguration, deps: AccessDeps): OrgRules {
  if (!deps.org) return { userRolesRequired: false, userRoleAllowed: true, channelRoleAllowed: true, defaultGuardrails: [] };
  const use = (roleSetting: OrgUse['roleSetting']): OrgVerdict => deps.org!(orgUseOf(actor, configuration, roleSetting));
  const asUser = use('user_role');
  const asChannel = use('channel_role');
  const allowed = asUser.allowed ? asUser : asChannel.allowed ? asChannel : undefined;
  if (!allowed) {
    const denied = asUser as Extract<OrgVerdict, { allowed: false }>;
    throw orgRefusal(denied.clause, denied.reason);
  }
  return {
    userRolesRequired: allowed.userRolesRequired,
    userRoleAllowed: asUser.allowed,
    channelRoleAllowed: asChannel.allowed && allowed.channelRoleAllowed,
    defaultGuardrails: allowed.defaultGuardrailPolicyArns,
    ...(!asUser.allowed ? { userRoleClause: asUser.clause } : {}),
    ...(!asChannel.allowed ? { channelRoleClause: asChannel.clause } : {}),
  };
}

export function orgUseOf(actor: Pick<Actor, 'platform' | 'workspaceId'>, configuration: ChatChannelConfiguration, roleSetting: OrgUse['roleSetting']): OrgUse {
  const platform = configuration.platform;
  return {
    platform,
    ...(platform === 'slack' ? { workspaceId: actor.workspaceId ?? configuration.workspaceId ?? '' } : {}),
    ...(platform === 'teams' ? { tenantId: actor.workspaceId ?? configuration.tenantId ?? '', ...(configuration.teamId ? { teamId: configuration.teamId } : {}) } : {}),
    ...(configuration.channelType ? { channelType: configuration.channelType } : {}),
    roleSetting,
  };
}

function orgRefusal(clause: string, reason: string): AccessRefusedError {
  return new AccessRefusedError('ORG_POLICY_DENIED', reason, `org chat policy: ${clause}`, `The clause of the chat policy that says no: ${clause}.`);
}

function refusedUserRoles(configuration: ChatChannelConfiguration, clause: string | undefined): AccessRefusedError {
  if (clause) return orgRefusal(clause, 'Your organization\'s chat policy does not allow user roles here, and this channel needs one.');
  return new AccessRefusedError('USER_ROLES_DISABLED', `Configuration "${configuration.name}" requires user roles but has them disabled.`, 'configuration: userRoles', ADMIN_NEXT_STEP);
}
