/**
 * `@aws alias create NAME COMMAND`: saves COMMAND (the rest of the line, quoting kept as typed)
 * under NAME for the channel. The command must start with a service and one of its operations
 * (`ec2 reboot-instances …`) or a shortcut (`invoke …`); `$words` in it are parameters.
 */
import type { Card } from '../../core/card.js';
import { ChatOpsError } from '../../core/errors.js';
import { SHORTCUTS } from '../shortcuts.js';
import type { AliasDeps } from './alias-deps.js';
import { aliasNameTooLong, aliasUsage } from './alias-errors.js';
import { ALIAS_LIMITS, ALIAS_NAME } from './alias-limits.js';
import { aliasParams } from './alias-params.js';

const USAGE = '@aws alias create NAME COMMAND, e.g. @aws alias create restart ec2 reboot-instances --instance-ids $instance';

/** A valid alias name as stored (lower case), or a coded error. */
export function checkAliasName(typed: string | undefined): string {
  if (!typed) throw aliasUsage('ALIAS_NAME_MISSING', 'Give the alias a name.', USAGE);
  if (typed.length > ALIAS_LIMITS.nameLength) throw aliasNameTooLong(typed.length);
  if (!ALIAS_NAME.test(typed)) throw aliasUsage('ALIAS_NAME_INVALID', `"${typed}" can't be an alias name: use letters, digits, "-" and "_".`, USAGE);
  return typed.toLowerCase();
}

/** Checks that the command starts with a service and operation, or a shortcut. */
export function checkAliasCommand(command: string, deps: Pick<AliasDeps, 'index'>): void {
  if (command === '') throw aliasUsage('ALIAS_COMMAND_MISSING', 'Give the command the alias stands for.', USAGE);
  if (command.length > ALIAS_LIMITS.commandLength) {
    throw new ChatOpsError('ALIAS_COMMAND_TOO_LONG', `An alias command has at most ${ALIAS_LIMITS.commandLength.toLocaleString('en-US')} characters; this one has ${command.length.toLocaleString('en-US')}.`, { nextStep: 'Shorten the command.' });
  }
  const [first = '', second] = command.split(/\s+/);
  const service = deps.index.findService(first);
  if (!service.found) {
    if (SHORTCUTS.some((s) => s.word === first.toLowerCase())) return;
    const hint = service.suggestions.length ? ` Did you mean ${service.suggestions.join(', ')}?` : '';
    throw aliasUsage('ALIAS_COMMAND_INVALID', `An alias command starts with an AWS service, as in the AWS CLI; "${first}" is not one.${hint}`, USAGE);
  }
  if (second === undefined || second.startsWith('-')) throw aliasUsage('ALIAS_COMMAND_INVALID', `Name the ${service.found} operation the alias runs.`, USAGE);
  if (second.startsWith('$')) return;
  const operation = deps.index.findOperation(service.found, second);
  if (!operation.found) {
    const hint = operation.suggestions.length ? ` Did you mean ${operation.suggestions.join(', ')}?` : '';
    throw aliasUsage('ALIAS_COMMAND_INVALID', `${service.found} has no operation "${second}".${hint}`, USAGE);
  }
}

/** Saves the alias and answers with what was saved and how to run it. `args` is the text after "alias create". */
export async function createAlias(args: string, deps: AliasDeps): Promise<Card> {
  const text = args.trim();
  const space = text.search(/\s/);
  const name = checkAliasName(space < 0 ? text : text.slice(0, space));
  const command = space < 0 ? '' : text.slice(space).trim();
  checkAliasCommand(command, deps);
  const result = await deps.aliases.create({ channelKey: deps.channelKey, name, command, createdBy: deps.by }, ALIAS_LIMITS.perChannel);
  if (result.status === 'exists') {
    throw new ChatOpsError('ALIAS_EXISTS', `This channel already has an alias "${name}" (${result.alias.command}).`, { nextStep: `Delete it first with @aws alias delete ${name}, or choose another name.` });
  }
  if (result.status === 'full') {
    throw new ChatOpsError('ALIAS_LIMIT_REACHED', `This channel has ${result.count} aliases, the most it can keep (${ALIAS_LIMITS.perChannel}).`, { nextStep: 'Delete one with @aws alias delete NAME first.' });
  }
  const params = aliasParams(command);
  const run = params.length ? `@aws run ${name} ${params.map((p) => `<${p}>`).join(' ')}` : `@aws run ${name}`;
  return {
    title: `Alias "${name}" saved`,
    severity: 'success',
    subtitle: 'Shared by everyone in this channel',
    sections: [
      { type: 'code', title: 'Command', code: command },
      { type: 'text', format: 'markdown', text: params.length ? `Parameters, in order: ${params.map((p) => `\`$${p}\``).join(', ')}` : 'No parameters.' },
      { type: 'text', format: 'markdown', text: `Run it: \`${run}\`${params.length ? ` or by name, \`@aws run ${name} --${params[0]} value\`` : ''}` },
    ],
    footer: `Created by ${deps.by}`,
    fallbackText: `Alias ${name} saved: ${command}`,
  };
}
