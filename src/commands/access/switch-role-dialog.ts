/**
 * The switch-role dialog (`@aws switch-roles`, or asked for when a command needs a user role):
 * pick the account (when the channel has several), pick one of the roles the configuration offers
 * or type a role ARN of that account (when it offers none), confirm, and the mapping is stored
 * for this user, configuration and account. A command that waited for the role then runs.
 */
import type { Card } from '../../core/card.js';
import { accountKey, type AccountConfig } from '../../config/permissions-schema.js';
import type { ChatChannelConfiguration } from '../../config/schema.js';
import type { DialogKind } from '../../dialogs/dialog-kind.js';
import type { Dialog, Question } from '../../ports/dialogs.js';
import { recordAudit } from '../../permissions/audit-entry.js';
import { accessConfigurationFor, userRoleKey } from '../../permissions/authorize.js';
import { contextOfDialog, dialogOwnerAndPlace, type CommandContext } from '../command-context.js';
import type { AccessDialogDeps } from './access-deps.js';
import { accountLabel, roleName } from './access-labels.js';

export const SWITCH_ROLE_DIALOG = 'switch-role';

const ROLE_ARN = 'arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]{1,512}';
const ROLE_ARN_WORDS = 'a role ARN like arn:aws:iam::111122223333:role/MyChatRole';

interface SwitchRolePayload {
  configuration: string;
  /** The account asked for (no account question). */
  account?: string;
  /** A command line to run once the role is set. */
  then?: string;
}

/** Starts the dialog for the configuration of the context's channel. */
export async function startSwitchRole(ctx: CommandContext, configuration: ChatChannelConfiguration, deps: AccessDialogDeps, options: { account?: AccountConfig; then?: string; reason?: string } = {}): Promise<Card> {
  const accounts = options.account ? [options.account] : configuration.accounts.filter((a) => !a.serviceCredentials);
  const steps: Question[] = [];
  if (accounts.length > 1) steps.push({ id: 'account', kind: 'select', label: 'Account', options: accounts.map((a) => ({ label: accountLabel(a), value: accountKey(a) })) });
  const offered = [...new Set(accounts.flatMap((a) => a.userRoles))];
  steps.push(
    offered.length
      ? { id: 'role', kind: 'select', label: 'Role', help: options.reason, options: offered.map((arn) => ({ label: `${roleName(arn)} (${arn.split(':')[4]})`, value: arn })) }
      : { id: 'role', kind: 'text', label: 'Role ARN', help: [options.reason, 'Reply with the ARN of the IAM role your commands should run with.'].filter(Boolean).join(' '), placeholder: 'arn:aws:iam::111122223333:role/MyChatRole', validation: { pattern: ROLE_ARN, message: `Expected ${ROLE_ARN_WORDS}.` } },
  );
  const payload: SwitchRolePayload = { configuration: configuration.name, ...(options.account ? { account: accountKey(options.account) } : {}), ...(options.then ? { then: options.then } : {}) };
  const reply = await deps.dialogs.start({
    kind: SWITCH_ROLE_DIALOG,
    title: 'switch-roles',
    ...dialogOwnerAndPlace(ctx),
    steps,
    needsConfirmation: true,
    payload,
  });
  return reply.card;
}

export function switchRoleDialogKind(deps: AccessDialogDeps): DialogKind {
  const pick = (dialog: Dialog) => picked(dialog, deps);
  return {
    validate(questionId, text, dialog) {
      if (questionId !== 'role') return { ok: true, value: text };
      const found = pick({ ...dialog, answers: { ...dialog.answers, role: text } });
      if (!found.account) return { ok: false, message: 'That account is not in this channel\'s configuration any more.' };
      const owner = text.split(':')[4];
      if (found.account.id && owner !== found.account.id) return { ok: false, message: `That role is in account ${owner}; choose a role of ${accountLabel(found.account)}.` };
      if (found.account.userRoles.length && !found.account.userRoles.includes(text)) return { ok: false, message: `Account ${accountLabel(found.account)} offers only these roles: ${found.account.userRoles.map(roleName).join(', ')}.` };
      return { ok: true, value: text };
    },
    summarize(dialog) {
      const { account } = pick(dialog);
      return [{ type: 'text', text: `Your commands in this channel will run in ${account ? accountLabel(account) : 'the account'} as role **${roleName(dialog.answers.role ?? '')}** (\`${dialog.answers.role ?? ''}\`), until you switch again or say \`@aws switch-roles forget\`.` }];
    },
    async complete(dialog) {
      const ctx = contextOfDialog(dialog);
      const { configuration, account } = pick(dialog);
      const roleArn = dialog.answers.role;
      if (!configuration || !account || !roleArn) return goneCard();
      await deps.access.userRoles.set({ ...userRoleKey(ctx.actor, configuration, account), roleArn, setAt: deps.access.clock.now().toISOString() });
      await recordAudit(deps.access, ctx.actor, { kind: 'dialog', command: `switch-roles ${roleArn}`, decision: 'role-set', allowed: { account, role: { kind: 'user', arn: roleArn } } });
      const then = (dialog.payload as SwitchRolePayload).then;
      const done: Card = { title: 'Role switched', severity: 'success', sections: [{ type: 'text', text: `You now use role **${roleName(roleArn)}** in ${accountLabel(account)}.` }], fallbackText: `You now use role ${roleName(roleArn)}.` };
      if (!then) return done;
      return withNote(await deps.rerun(then, { ...ctx, account: accountKey(account) }), `You now use role ${roleName(roleArn)} in ${accountLabel(account)}.`);
    },
    restartHint: () => '@aws switch-roles',
  };
}

function picked(dialog: Dialog, deps: AccessDialogDeps): { configuration?: ChatChannelConfiguration; account?: AccountConfig } {
  const payload = dialog.payload as SwitchRolePayload;
  const ctx = contextOfDialog(dialog);
  const configuration = accessConfigurationFor(ctx.actor, deps.access.configurations);
  if (!configuration || configuration.name !== payload.configuration) return {};
  const key = payload.account ?? dialog.answers.account ?? (configuration.accounts.length === 1 ? accountKey(configuration.accounts[0]!) : undefined);
  const account = configuration.accounts.find((a) => accountKey(a) === key);
  return { configuration, ...(account ? { account } : {}) };
}

/** A card with one line before its sections (what the dialog did, then the command's answer). */
export function withNote(card: Card, note: string): Card {
  return { ...card, sections: [{ type: 'text', text: note }, ...card.sections] };
}

function goneCard(): Card {
  return { title: 'Nothing changed', severity: 'neutral', sections: [{ type: 'text', text: 'This channel\'s configuration changed while you were choosing.' }], fallbackText: 'Nothing changed.' };
}
