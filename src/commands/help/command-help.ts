/**
 * The way in for `--help` on a command line: `@aws ec2 --help`, `@aws ec2 describe-instances
 * --help` (also `-help`, and shortcuts such as `@aws invoke --help`). Answers with the service or
 * operation help card, or a card with did-you-mean suggestions for a name the index doesn't know.
 */
import type { Card } from '../../core/card.js';
import { SHORTCUTS } from '../shortcuts.js';
import type { CommandIndex } from '../schema/command-index.js';
import { commandIndex } from '../schema/command-index.js';
import { operationHelpCard } from './operation-help.js';
import { serviceHelpCard } from './service-help.js';

const HELP_FLAGS = new Set(['--help', '-help']);

/** True when the words (the line after "@aws", tokenized) ask for help with a service or an operation. */
export function asksForCommandHelp(words: readonly string[]): boolean {
  return words.length >= 2 && words.some((w) => HELP_FLAGS.has(w.toLowerCase()));
}

/** The help card for `<service> [operation] --help`; the words before the first option name the service and operation. */
export function commandHelpCard(words: readonly string[], index: CommandIndex = commandIndex()): Card {
  const firstOption = words.findIndex((w) => w.startsWith('-'));
  const names = (firstOption < 0 ? words : words.slice(0, firstOption)).slice(0, 2);
  const [typedService = '', typedOperation] = names;
  const directory = index.loadServiceDirectory().services;
  const shortcut = Object.hasOwn(directory, typedService) ? undefined : SHORTCUTS.find((s) => s.word === typedService.toLowerCase());
  if (shortcut) return operationCard(index, shortcut.service, shortcut.operation);

  const service = index.findService(typedService);
  if (!service.found) {
    return unknownCard(
      'No such AWS service',
      `There is no service "${typedService}" in this installation.`,
      service.suggestions.map((s) => `${s} --help`),
      'Services are named as in the AWS CLI: `ec2`, `s3api`, `logs`, `stepfunctions`…',
    );
  }
  return typedOperation === undefined ? serviceHelpCard(index.service(service.found)) : operationCard(index, service.found, typedOperation);
}

function operationCard(index: CommandIndex, cli: string, typed: string): Card {
  const operation = index.findOperation(cli, typed);
  if (operation.found) return operationHelpCard(index, index.service(cli), operation.found);
  return unknownCard(
    'No such operation',
    `${cli} has no operation "${typed}".`,
    operation.suggestions.map((s) => `${cli} ${s} --help`),
    `\`@aws ${cli} --help\` lists its operations.`,
  );
}

function unknownCard(title: string, problem: string, suggestions: readonly string[], hint: string): Card {
  const didYouMean = suggestions.length ? `Did you mean ${suggestions.map((s) => `\`@aws ${s}\``).join(' or ')}?` : 'No similar name found.';
  return {
    title,
    severity: 'neutral',
    sections: [
      { type: 'text', text: problem },
      { type: 'text', format: 'markdown', text: didYouMean },
      { type: 'text', format: 'markdown', text: hint },
    ],
    footer: 'aws-chatops · --help',
    fallbackText: `${problem} ${didYouMean.replaceAll('`', '')}`,
  };
}
