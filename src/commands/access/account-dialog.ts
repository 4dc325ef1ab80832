/**
 * The choose-account dialog: asked when a channel has several accounts and the user has no
 * default (or by `@aws set default-account`). The choice can be remembered as the user's default
 * in this channel for 7 days, as the reference says; a command that waited for it then runs.
 */
import type { Card } from '../../core/card.js';
import { accountKey } from '../../config/permissions-schema.js';
import type { ChatChannelConfiguration } from '../../config/schema.js';
import type { DialogKind } from '../../dialogs/dialog-kind.js';
import type { Dialog, Question } from '../../ports/dialogs.js';
import { recordAudit } from '../../permissions/audit-entry.js';
import { accessConfigurationFor } from '../../permissions/authorize.js';
import { DEFAULT_ACCOUNT_DAYS, rememberDefaultAccount, rememberedUntil } from '../../permissions/default-account.js';
import { contextOfDialog, dialogOwnerAndPlace, type CommandContext } from '../command-context.js';
import type { AccessDialogDeps } from './access-deps.js';
import { accountLabel } from './access-labels.js';
import { withNote } from './switch-role-dialog.js';

export const ACCOUNT_DIALOG = 'choose-account';

interface AccountPayload {
  configuration: string;
  then?: string;
}

const REMEMBER = 'remember';
const ONCE = 'once';

export async function startChooseAccount(ctx: CommandContext, configuration: ChatChannelConfiguration, deps: AccessDialogDeps, then?: string): Promise<Card> {
  const steps: Question[] = [
    {
      id: 'account',
      kind: 'select',
      label: 'Account',
      help: then ? 'This channel works with several AWS accounts: which one should this command use?' : 'Your default account in this channel.',
      options: configuration.accounts.map((a) => ({ label: accountLabel(a), value: accountKey(a) })),
    },
  ];
  if (then) steps.push({ id: 'remember', kind: 'select', label: 'Remember it?', options: [{ label: `Yes, for ${DEFAULT_ACCOUNT_DAYS} days`, value: REMEMBER }, { label: 'Just this once', value: ONCE }] });
  const reply = await deps.dialogs.start({
    kind: ACCOUNT_DIALOG,
    title: then ? 'Which account?' : 'set default-account',
    ...dialogOwnerAndPlace(ctx),
    steps,
    needsConfirmation: false,
    payload: { configuration: configuration.name, ...(then ? { then } : {}) } satisfies AccountPayload,
  });
  return reply.card;
}

export function accountDialogKind(deps: AccessDialogDeps): DialogKind {
  return {
    summarize: () => [],
    async complete(dialog: Dialog) {
      const ctx = contextOfDialog(dialog);
      const payload = dialog.payload as AccountPayload;
      const configuration = accessConfigurationFor(ctx.actor, deps.access.configurations);
      const account = configuration?.name === payload.configuration ? configuration.accounts.find((a) => accountKey(a) === dialog.answers.account) : undefined;
      if (!account) return { title: 'Nothing changed', severity: 'neutral', sections: [{ type: 'text', text: 'This channel\'s accounts changed while you were choosing.' }], fallbackText: 'Nothing changed.' };
      const remember = !payload.then || dialog.answers.remember === REMEMBER;
      if (remember) await rememberDefaultAccount(ctx.actor, accountKey(account), deps.access);
      await recordAudit(deps.access, ctx.actor, { kind: 'dialog', command: `set default-account ${accountKey(account)}`, decision: remember ? 'default-account-set' : 'account-chosen-once' });
      const note = remember ? defaultSetWords(account.name === account.id ? account.name : accountLabel(account), deps.access.clock.now()) : `This command runs in ${accountLabel(account)}.`;
      if (!payload.then) return defaultAccountCard(note);
      return withNote(await deps.rerun(payload.then, { ...ctx, account: accountKey(account) }), note);
    },
    restartHint: (dialog) => ((dialog.payload as AccountPayload).then ? `@aws ${(dialog.payload as AccountPayload).then}` : '@aws set default-account'),
  };
}

export function defaultSetWords(label: string, now: Date): string {
  const until = rememberedUntil(now).toISOString().slice(0, 10);
  return `Your default account in this channel is ${label} until ${until}. Change it with \`@aws set default-account\`.`;
}

export function defaultAccountCard(text: string): Card {
  return { title: 'Default account', severity: 'success', sections: [{ type: 'text', text }], fallbackText: text };
}
