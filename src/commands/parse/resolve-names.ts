/**
 * Names typed by the user → what the index knows, with "did you mean" when they are not found:
 * the service (CLI-only commands such as `s3 ls` are named as such), the operation (`wait` and
 * other CLI customizations, operations the CLI removed), unknown options, and an option's help
 * line from the docs index.
 */
import { closestNames } from '../schema/suggest.js';
import type { OperationIndex } from '../schema/index-types.js';
import { removedByCli, serviceCustomization, topLevelCustomization } from './cli-only-commands.js';
import type { CommandCatalog } from './parse-command.js';
import { CommandParseError, orList } from './parse-error.js';

export function resolveService(word: string | undefined, catalog: CommandCatalog): string {
  if (word === undefined) {
    throw new CommandParseError('missing-required', 'Say which AWS service to call, e.g. "ec2 describe-instances".', { missing: ['command'], nextStep: 'Send "@aws help" for the list.' });
  }
  if (word === 'help') throw helpIsNotACommand();
  const hint = topLevelCustomization(word);
  if (hint !== undefined) throw new CommandParseError('unsupported-command', `"${word}" is an AWS CLI command, not an API operation, so it can't run from chat.`, { nextStep: hint });
  const { found, suggestions } = catalog.findService(word);
  if (found !== undefined) return found;
  throw new CommandParseError('unknown-service', `"${word}" is not an AWS service this installation knows.${didYouMean(suggestions)}`, {
    nextStep: suggestions.length ? `Try "${suggestions[0]} …".` : 'Send "@aws help" for the services you can use.',
  });
}

export function resolveOperation(service: string, word: string | undefined, catalog: CommandCatalog): OperationIndex {
  if (word === undefined) {
    throw new CommandParseError('missing-required', `Say which ${service} operation to run, e.g. "${service} ${catalog.service(service).operations[Object.keys(catalog.service(service).operations)[0]!]?.cli ?? 'help'}".`, {
      missing: ['operation'],
      nextStep: `Send "@aws ${service} --help" for the list.`,
    });
  }
  if (word === 'help') throw helpIsNotACommand();
  const hint = serviceCustomization(service, word);
  if (hint !== undefined && !Object.hasOwn(catalog.service(service).operations, word)) {
    throw new CommandParseError('unsupported-command', `"${service} ${word}" is an AWS CLI command, not an API operation, so it can't run from chat.`, { nextStep: hint });
  }
  const { found, suggestions } = catalog.findOperation(service, word);
  if (found && !removedByCli(service, word)) return found;
  const why = found ? ' (the AWS CLI leaves out this streaming operation, and so does chat)' : '';
  throw new CommandParseError('unknown-operation', `${service} has no operation "${word}"${why}.${found ? '' : didYouMean(suggestions)}`, {
    nextStep: suggestions.length ? `Try "${service} ${suggestions[0]}".` : `Send "@aws ${service} --help" for its operations.`,
  });
}

/** Unknown options, and words that belong to no option (words after an unknown option are taken as its values). */
export function unknownOptions(extras: string[], service: string, operation: string, known: string[], outfile = false): CommandParseError {
  const options = extras.filter((w) => w.startsWith('-'));
  const firstOption = extras.findIndex((w) => w.startsWith('-'));
  const words = extras.filter((w, i) => !w.startsWith('-') && (firstOption < 0 || i < firstOption));
  const parts: string[] = [];
  if (options.length) {
    // With one unknown option the suggestion stands alone; with several, each says which it replaces.
    const hints = options.flatMap((o) => closestNames(o.split('=')[0]!, known.map((k): [string, string] => [k, k]), 1).map((s) => (options.length > 1 ? `${s} for ${o}` : s)));
    parts.push(`${service} ${operation} has no option ${orList(options)}.${hints.length ? ` Did you mean ${orList(hints)}?` : ''}`);
  }
  if (words.length && outfile) {
    parts.push(
      `${orList(words.map((w) => `"${w}"`))} ${words.length > 1 ? 'are' : 'is'} not the value of any option. If it names the AWS CLI's output file (outfile), leave it out: chat writes no files and shows the answer in the thread. If it is part of a value, put the whole value in quotes.`,
    );
  } else if (words.length) {
    parts.push(`${orList(words.map((w) => `"${w}"`))} ${words.length > 1 ? 'are' : 'is'} not the value of any option (switches such as --dry-run take no value; write --no-dry-run for false).`);
  }
  return new CommandParseError('unknown-option', parts.join(' '), { nextStep: `Send "@aws ${service} ${operation} --help" for its options.` });
}

/** The first sentence of a member's documentation, without its full stop, if the docs index has it. */
export function helpLine(catalog: CommandCatalog, service: string, operation: string, member: string): string | undefined {
  let text: string | undefined;
  try {
    text = catalog.docs(service).members[`${operation}.${member}`];
  } catch {
    return undefined;
  }
  if (!text) return undefined;
  const sentence = (/^.*?[.!?](?=\s|$)/s.exec(text)?.[0] ?? text).replace(/\.$/, '');
  return sentence.length > 200 ? `${sentence.slice(0, 197)}…` : sentence;
}

function didYouMean(suggestions: string[]): string {
  return suggestions.length ? ` Did you mean ${orList(suggestions)}?` : '';
}

export function helpIsNotACommand(): CommandParseError {
  return new CommandParseError('unsupported-command', 'Help is not a command here.', { nextStep: 'Send "@aws help", or "@aws <service> <operation> --help" for one operation.' });
}
