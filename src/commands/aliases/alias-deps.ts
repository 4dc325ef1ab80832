/** What the alias commands need: the store, the command index, and who asks from where. */
import type { AliasStore } from '../../ports/aliases.js';
import type { CommandIndex } from '../schema/command-index.js';

export interface AliasDeps {
  aliases: AliasStore;
  /** Service and operation names, to check an alias's command. */
  index: Pick<CommandIndex, 'findService' | 'findOperation'>;
  /** `<platform>:<channel id>`: aliases belong to a channel (see ports/aliases.ts). */
  channelKey: string;
  /** The person asking (a name, or id when the platform gives no name). */
  by: string;
}
