/** The command engine's parts for a running service: index, AWS, the dialog manager with the command dialog, aliases. */
import { DialogManager } from '../dialogs/dialog-manager.js';
import type { AwsPort } from '../ports/aws.js';
import type { Clock } from '../ports/clock.js';
import type { Store } from '../ports/store.js';
import type { CommandDeps } from './command-deps.js';
import { COMMAND_DIALOG, commandDialogKind } from './command-dialog.js';
import { commandIndex } from './schema/command-index.js';

export function createCommandDeps(o: { store: Pick<Store, 'dialogs' | 'aliases'>; clock: Clock; aws: AwsPort; defaultRegion?: string }): CommandDeps {
  const base = { index: commandIndex(), aws: o.aws, defaultRegion: o.defaultRegion ?? 'us-east-1' };
  const dialogs = new DialogManager({ store: o.store.dialogs, clock: o.clock, kinds: { [COMMAND_DIALOG]: commandDialogKind(base) } });
  return { ...base, dialogs, dialogStore: o.store.dialogs, aliases: o.store.aliases };
}
