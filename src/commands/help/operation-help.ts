/**
 * `@aws <service> <operation> --help`: the operation's summary, its required and optional options
 * with their types (enum values listed, structures in shorthand form), an example command line
 * built from the required options, and a link to the AWS CLI Command Reference.
 */
import { buildArgumentTable } from '../parse/argument-table.js';
import type { Card, CardSection } from '../../core/card.js';
import { xformName } from '../schema/cli-names.js';
import type { CommandIndex } from '../schema/command-index.js';
import type { MemberShape, OperationIndex, ServiceIndex } from '../schema/index-types.js';
import { resolveShape } from '../schema/command-index.js';
import { fitList } from './fit-list.js';
import { clipDoc } from './service-help.js';
import { enumValues, exampleValue, shorthandForm, typeName } from './shape-text.js';

const MAX_OPTIONS = 20;

/** The AWS CLI Command Reference page of an operation. */
export function referenceUrl(service: string, operation: string): string {
  return `https://docs.aws.amazon.com/cli/latest/reference/${service}/${operation}.html`;
}

/** The help card of an operation the index knows. */
export function operationHelpCard(index: CommandIndex, service: ServiceIndex, operation: OperationIndex): Card {
  const docs = index.docs(service.cli);
  const members = Object.entries(operation.input?.members ?? {});
  const required = new Set(operation.input?.required ?? []);
  const options = cliOptions(service, operation);
  const line = (name: string, member: MemberShape) => optionLine(service, options.get(name) ?? optionName(name), member, docs.members[`${operation.cli}.${name}`]);
  const requiredLines = members.filter(([name]) => required.has(name)).map(([name, m]) => line(name, m));
  const optionalLines = members.filter(([name]) => !required.has(name)).map(([name, m]) => line(name, m));
  const command = `${service.cli} ${operation.cli}`;

  const sections: CardSection[] = [{ type: 'text', text: clipDoc(docs.operations[operation.cli] ?? 'No description in the SDK model.', 600) }];
  sections.push(
    requiredLines.length
      ? { type: 'list', title: `Required options (${requiredLines.length})`, format: 'markdown', items: fitList(requiredLines, MAX_OPTIONS, (n) => `… and ${n} more in the reference`) }
      : { type: 'text', title: 'Required options', text: 'None: the command runs as it is.' },
  );
  if (optionalLines.length) {
    sections.push({ type: 'list', title: `Optional options (${optionalLines.length})`, format: 'markdown', items: fitList(optionalLines, MAX_OPTIONS, (n) => `… and ${n} more in the reference`) });
  }
  sections.push({ type: 'code', title: 'Example', code: `@aws ${exampleLine(service, operation, command)}` });
  sections.push({ type: 'text', format: 'markdown', text: 'Also: `--region`, `--query` (JMESPath), `--output json|text|table`. Missing required options are asked for.' });
  return {
    title: `@aws ${command}`,
    severity: 'info',
    subtitle: `${service.serviceId} · ${operation.name}`,
    sections,
    actions: [{ type: 'link', label: 'API reference', url: referenceUrl(service.cli, operation.cli) }],
    footer: 'aws-chatops · --help',
    fallbackText: `Help for aws ${command}: ${requiredLines.length} required, ${optionalLines.length} optional options.`,
  };
}

/** `--name` (type) values/shorthand: doc. */
function optionLine(service: ServiceIndex, option: string, member: MemberShape, doc: string | undefined): string {
  const shape = resolveShape(service, member.shape);
  const head = shape.type === 'boolean' ? `\`${option}\` | \`--no-${option.slice(2)}\`` : `\`${option}\``;
  const values = enumValues(service, member.shape);
  const form = shorthandForm(service, member.shape);
  const detail = values ? `: ${values.split(' | ').map((v) => (v.startsWith('…') ? v : `\`${v}\``)).join(' | ')}` : form ? ` \`${clipDoc(form, 160)}\`` : '';
  const words = doc ? ` — ${clipDoc(doc.replaceAll('`', "'"), 110)}` : '';
  return `${head} (${typeName(service, member.shape)})${detail}${words}`;
}

/** Member → the option the parser takes for it, the CLI's renames included (eks --kubernetes-version). */
function cliOptions(service: ServiceIndex, operation: OperationIndex): Map<string, string> {
  return new Map(buildArgumentTable(service, operation).arguments.flatMap((a) => (a.member ? [[a.member, a.option] as const] : [])));
}

/** The CLI option of a member: `--` + xformName(member, '-'). */
export function optionName(member: string): string {
  return `--${xformName(member, '-')}`;
}

/** A command line with every required option filled with a sample value. */
export function exampleLine(service: ServiceIndex, operation: OperationIndex, command: string): string {
  const parts = [command];
  const options = cliOptions(service, operation);
  for (const name of operation.input?.required ?? []) {
    const member = operation.input?.members[name];
    if (!member) continue;
    const option = options.get(name) ?? optionName(name);
    parts.push(resolveShape(service, member.shape).type === 'boolean' ? option : `${option} ${exampleValue(service, member.shape, option)}`);
  }
  return parts.join(' ');
}
