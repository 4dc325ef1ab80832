/** What running `@aws <service> <operation> …` needs: the command index, AWS, dialogs, aliases and the permissions layer. */
import type { DialogManager } from '../dialogs/dialog-manager.js';
import type { AliasStore } from '../ports/aliases.js';
import type { AwsPort } from '../ports/aws.js';
import type { ButtonTokenStore, CustomActionStore } from '../ports/custom-actions.js';
import type { DialogStore } from '../ports/dialogs.js';
import type { AccessDeps } from '../permissions/access-types.js';
import type { AccessDialogDeps } from './access/access-deps.js';
import type { CommandIndex } from './schema/command-index.js';

export interface CommandDeps {
  index: CommandIndex;
  aws: AwsPort;
  dialogs: DialogManager;
  /** The dialogs' store, to tell whether someone has an open dialog in a thread. */
  dialogStore: DialogStore;
  aliases: AliasStore;
  /** The region of a command without `--region` (AWS_REGION, else us-east-1). */
  defaultRegion: string;
  /** Who may run what: accounts, roles, guardrails, org policy, audit. */
  access: AccessDeps;
  /** The switch-role and choose-account dialogs. */
  accessDialogs: AccessDialogDeps;
  /** Notification buttons: their tokens, and the custom actions made in chat. */
  buttons: { tokens: ButtonTokenStore; actions: CustomActionStore };
}
