/**
 * `@aws <service> --help`: the service's operations by their CLI names, read-only ones
 * (Describe/List/Get…) first, each group cut with a count so the card fits both platforms.
 */
import type { Card } from '../../core/card.js';
import type { ServiceIndex } from '../schema/index-types.js';

const MAX_NAMES = { read: 60, change: 40 } as const;
const READ_ONLY = /^(describe|list|get|batch-get|search|query|scan|lookup|filter|view|head|check|test|estimate|preview)-/;

/** Plain text cut to `max` characters at a word, with "…" when cut. */
export function clipDoc(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** True for operations whose name says they only read (Describe, List, Get…). */
export function looksReadOnly(operation: string): boolean {
  return READ_ONLY.test(operation);
}

/** Names as inline code, joined, with "… and N more" when cut. */
function nameRun(names: readonly string[], max: number): string {
  const shown = names.slice(0, max).map((n) => `\`${n}\``).join(', ');
  return names.length > max ? `${shown} … and ${names.length - max} more` : shown;
}

/** The help card of a service the index knows. */
export function serviceHelpCard(service: ServiceIndex): Card {
  const names = Object.keys(service.operations).sort();
  const read = names.filter(looksReadOnly);
  const change = names.filter((n) => !looksReadOnly(n));
  const example = read.find((n) => n.startsWith('describe-') || n.startsWith('list-')) ?? names[0] ?? 'OPERATION';
  return {
    title: `@aws ${service.cli} --help`,
    severity: 'info',
    subtitle: `${service.serviceId} · ${names.length} operations`,
    sections: [
      { type: 'text', format: 'markdown', text: `Type \`@aws ${service.cli} <operation> --options\`. Describe/List/Get operations are read-only and run straight away; the others change something and ask you to confirm.` },
      ...(read.length ? [{ type: 'text' as const, format: 'markdown' as const, title: `Read-only (${read.length})`, text: nameRun(read, MAX_NAMES.read) }] : []),
      ...(change.length ? [{ type: 'text' as const, format: 'markdown' as const, title: `Change something (${change.length})`, text: nameRun(change, MAX_NAMES.change) }] : []),
      { type: 'text', format: 'markdown', text: `Options of one operation: \`@aws ${service.cli} ${example} --help\`` },
    ],
    actions: [{ type: 'link', label: 'CLI reference', url: `https://docs.aws.amazon.com/cli/latest/reference/${service.cli}/` }],
    footer: 'aws-chatops · --help',
    fallbackText: `Help for aws ${service.cli}: ${names.length} operations.`,
  };
}
