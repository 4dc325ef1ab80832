/**
 * The built-ins about who you are in a channel: `@aws switch-roles` (the switch-role dialog),
 * `@aws switch-roles forget` (or "forget my role", "switch-roles clear": back to the channel role),
 * and `@aws set default-account [NAME]`. Only the writer's own mappings are read or changed.
 */
import type { Card } from '../../core/card.js';
import { accountKey } from '../../config/permissions-schema.js';
import { ChatOpsError } from '../../core/errors.js';
import { noAccountsHere } from '../../permissions/access-errors.js';
import { recordAudit } from '../../permissions/audit-entry.js';
import { accessConfigurationFor, namedAccount, userRoleKey } from '../../permissions/authorize.js';
import type { ChatChannelConfiguration } from '../../config/schema.js';
import { rememberDefaultAccount } from '../../permissions/default-account.js';
import type { CommandContext } from '../command-context.js';
import { defaultAccountCard, defaultSetWords, startChooseAccount } from './account-dialog.js';
import type { AccessDialogDeps } from './access-deps.js';
import { accountLabel, roleName } from './access-labels.js';
import { startSwitchRole } from './switch-role-dialog.js';

/** True for the lines this file answers. */
export function isAccessCommand(text: string): boolean {
  return /^(?:switch-roles?|set|forget)(?:\s|$)/i.test(text.trim());
}

export async function accessCommand(text: string, ctx: CommandContext, deps: AccessDialogDeps): Promise<Card> {
  const words = text.trim().split(/\s+/);
  const configuration = accessConfigurationFor(ctx.actor, deps.access.configurations);
  if (!configuration) throw noAccountsHere();
  const first = words[0]!.toLowerCase();
  if (first === 'set' && words[1]?.toLowerCase() === 'default-account') return setDefaultAccount(words.slice(2).join(' '), configuration, ctx, deps);
  if (first === 'set' || (first === 'forget' && !/^forget\s+my\s+role$/i.test(text.trim()))) {
    throw new ChatOpsError('USAGE', `"@aws ${text.trim()}" is not a command here.`, { nextStep: 'Did you mean `@aws set default-account [NAME]` or `@aws forget my role`?' });
  }
  const rest = (first === 'forget' ? ['forget'] : words.slice(1)).map((w) => w.toLowerCase());
  if (rest.length && ['forget', 'clear'].includes(rest[0]!)) return forgetRoles(configuration, ctx, deps);
  if (rest.length) {
    throw new ChatOpsError('USAGE', `"@aws ${text.trim()}" is not a switch-roles command.`, { nextStep: 'Use `@aws switch-roles` to choose a role, or `@aws switch-roles forget` to stop using yours.' });
  }
  if (configuration.userRoles === 'disabled') {
    return info('switch-roles', `User roles are turned off in this channel: every command runs with the channel role${configuration.accounts.length > 1 ? 's' : ''}.`);
  }
  const current = await Promise.all(configuration.accounts.map(async (a) => ({ a, mapped: await deps.access.userRoles.get(userRoleKey(ctx.actor, configuration, a)) })));
  const now = current.filter((c) => c.mapped).map((c) => `${roleName(c.mapped!.roleArn)} in ${accountLabel(c.a)}`);
  return startSwitchRole(ctx, configuration, deps, now.length ? { reason: `You use ${now.join(', ')} now.` } : {});
}

async function forgetRoles(configuration: ChatChannelConfiguration, ctx: CommandContext, deps: AccessDialogDeps): Promise<Card> {
  let forgotten = 0;
  for (const account of configuration.accounts) if (await deps.access.userRoles.forget(userRoleKey(ctx.actor, configuration, account))) forgotten++;
  await recordAudit(deps.access, ctx.actor, { kind: 'dialog', command: 'switch-roles forget', decision: forgotten ? 'role-forgotten' : 'no-role' });
  if (!forgotten) return info('switch-roles', 'You have no role of your own in this channel.');
  const fallback = configuration.userRoles === 'required' || configuration.accounts.every((a) => !a.channelRole) ? 'You will be asked for a role at your next command.' : 'Your commands run with the channel role again.';
  return info('Role forgotten', `Your own role is forgotten. ${fallback}`);
}

async function setDefaultAccount(wanted: string, configuration: ChatChannelConfiguration, ctx: CommandContext, deps: AccessDialogDeps): Promise<Card> {
  if (configuration.accounts.length === 1) return info('Default account', `This channel has one account, ${accountLabel(configuration.accounts[0]!)}: every command uses it.`);
  if (!wanted) return startChooseAccount(ctx, configuration, deps);
  const account = namedAccount(configuration, wanted);
  await rememberDefaultAccount(ctx.actor, accountKey(account), deps.access);
  await recordAudit(deps.access, ctx.actor, { kind: 'dialog', command: `set default-account ${accountKey(account)}`, decision: 'default-account-set' });
  return defaultAccountCard(defaultSetWords(accountLabel(account), deps.access.clock.now()));
}

function info(title: string, text: string): Card {
  return { title, severity: 'info', sections: [{ type: 'text', text }], fallbackText: text };
}
