/**
 * An operation's options as the AWS CLI builds them (awscli clidriver `_create_argument_table`
 * and its customizations): one option per input member, named with xformName; booleans get
 * `--x` / `--no-x`; lists take any number of values; idempotency tokens are never required; the
 * CLI's renames and hidden aliases apply; EC2 `{Value: boolean}` structures become switches
 * (toplevelbool.py); `ec2 run-instances` takes `--count N` or `--count MIN:MAX` instead of
 * `--min-count` and `--max-count` (ec2/addcount.py); a few operations get the CLI's shortcut
 * options (cli-shortcuts.ts); paginated operations get `--starting-token`, `--page-size` and
 * `--max-items` (paginate.py) while the API's own token and limit options stay usable; and
 * `--cli-input-json` / `--generate-cli-skeleton` exist only to be refused (they read files).
 */
import type { MemberShape, OperationIndex, ServiceIndex, Shape } from '../schema/index-types.js';
import { resolveShape } from '../schema/command-index.js';
import { xformName } from '../schema/cli-names.js';
import type { OptionSpec } from './argparse.js';
import { ARGUMENT_RENAMES, HIDDEN_ALIASES, lookupRename } from './cli-renames.js';
import { shortcutFor } from './cli-shortcuts.js';

export type ArgumentKind = 'member' | 'boolean' | 'ec2-boolean' | 'ec2-count' | 'shortcut' | 'starting-token' | 'page-size' | 'max-items' | 'refused';

export interface CliArgument {
  kind: ArgumentKind;
  /** The option as the user sees it, e.g. `--instance-ids` (after renames). */
  option: string;
  /** The API member it fills, e.g. InstanceIds. */
  member?: string;
  shape?: Shape;
  memberShape?: MemberShape;
  /** Enforced by the option parser (argparse `required`); booleans are checked with the params. */
  required: boolean;
}

export interface ArgumentTable {
  /** In the CLI's table order. */
  arguments: CliArgument[];
  /** `--option` → how it is parsed; `dest` is the key of `byDest`. */
  options: Map<string, OptionSpec>;
  byDest: Map<string, CliArgument>;
  /** The operation's paginator, when the CLI's paging options exist. */
  paginator?: OperationIndex['paginator'];
}

interface Entry {
  name: string;
  spec: OptionSpec;
  /** A hidden alias: parsed, never shown. */
  hidden?: boolean;
}

export function buildArgumentTable(service: ServiceIndex, operation: OperationIndex): ArgumentTable {
  const entries: Entry[] = [];
  const byDest = new Map<string, CliArgument>();
  const input = operation.input;
  for (const [member, memberShape] of Object.entries(input?.members ?? {})) {
    const shape = resolveShape(service, memberShape.shape);
    const name = xformName(member);
    const required = (input?.required ?? []).includes(member) && !memberShape.idempotencyToken;
    const dest = `member:${member}`;
    if (shape.type === 'boolean') {
      byDest.set(dest, { kind: 'boolean', option: `--${name}`, member, shape, memberShape, required: false });
      entries.push({ name, spec: { nargs: 'flag', dest, const: true } }, { name: `no-${name}`, spec: { nargs: 'flag', dest, const: false } });
    } else if (service.cli === 'ec2' && isBooleanValueStructure(service, shape)) {
      byDest.set(dest, { kind: 'ec2-boolean', option: `--${name}`, member, shape, memberShape, required: false });
      entries.push({ name, spec: { nargs: 'optional', dest } }, { name: `no-${name}`, spec: { nargs: 'flag', dest, const: false } });
    } else {
      byDest.set(dest, { kind: 'member', option: `--${name}`, member, shape, memberShape, required });
      entries.push({ name, spec: { nargs: shape.type === 'list' ? 'many' : 'one', dest } });
    }
  }
  applyRenames(entries, service.cli, operation.cli);
  if (service.cli === 'ec2' && operation.cli === 'run-instances') addCount(entries, byDest);
  addShortcuts(entries, byDest, service.cli, operation.cli);
  addPagination(entries, byDest, operation);
  for (const [name, nargs] of [['cli-input-json', 'one'], ['generate-cli-skeleton', 'optional']] as const) {
    if (entries.some((e) => e.name === name)) continue;
    byDest.set(`refused:${name}`, { kind: 'refused', option: `--${name}`, required: false });
    entries.push({ name, spec: { nargs, dest: `refused:${name}` } });
  }
  const options = new Map(entries.map((e): [string, OptionSpec] => [`--${e.name}`, e.spec]));
  const named = new Set<string>();
  for (const entry of entries) {
    if (entry.hidden || entry.spec.const === false || named.has(entry.spec.dest)) continue;
    named.add(entry.spec.dest);
    byDest.get(entry.spec.dest)!.option = `--${entry.name}`;
  }
  return { arguments: [...byDest.values()], options, byDest, ...(operation.paginator ? { paginator: operation.paginator } : {}) };
}

function isBooleanValueStructure(service: ServiceIndex, shape: Shape): boolean {
  if (shape.type !== 'structure') return false;
  const names = Object.keys(shape.members);
  return names.length === 1 && names[0] === 'Value' && resolveShape(service, shape.members.Value!.shape).type === 'boolean';
}

/** Renames move the option to the end of the table, as awscli's rename_argument does. */
function applyRenames(entries: Entry[], service: string, operation: string): void {
  for (const entry of [...entries]) {
    const renamed = lookupRename(ARGUMENT_RENAMES, service, operation, entry.name);
    if (renamed !== undefined) {
      entries.splice(entries.indexOf(entry), 1);
      entries.push({ name: renamed, spec: entry.spec });
    }
    const alias = lookupRename(HIDDEN_ALIASES, service, operation, entry.name);
    if (alias !== undefined) entries.push({ name: alias, spec: entry.spec, hidden: true });
  }
}

function addCount(entries: Entry[], byDest: Map<string, CliArgument>): void {
  for (const name of ['min-count', 'max-count']) {
    const at = entries.findIndex((e) => e.name === name);
    if (at < 0) continue;
    byDest.delete(entries[at]!.spec.dest);
    entries.splice(at, 1);
  }
  byDest.set('custom:count', { kind: 'ec2-count', option: '--count', required: false });
  entries.push({ name: 'count', spec: { nargs: 'one', dest: 'custom:count' } });
}

function addShortcuts(entries: Entry[], byDest: Map<string, CliArgument>, service: string, operation: string): void {
  const shortcut = shortcutFor(service, operation);
  if (!shortcut) return;
  const built = byDest.get(`member:${shortcut.member}`);
  if (built) built.required = false;
  for (const name of shortcut.options) {
    const dest = `shortcut:${name}`;
    byDest.set(dest, { kind: 'shortcut', option: `--${name}`, required: false });
    const entry: Entry = { name, spec: { nargs: 'one', dest } };
    const at = entries.findIndex((e) => e.name === name);
    if (at >= 0) entries[at] = entry;
    else entries.push(entry);
  }
}

function addPagination(entries: Entry[], byDest: Map<string, CliArgument>, operation: OperationIndex): void {
  const paginator = operation.paginator;
  if (!paginator) return;
  const members = operation.input?.members ?? {};
  const add = (name: 'starting-token' | 'page-size' | 'max-items') => {
    const dest = `page:${name}`;
    byDest.set(dest, { kind: name, option: `--${name}`, required: false });
    const entry: Entry = { name, spec: { nargs: 'one', dest } };
    const shadowed = entries.findIndex((e) => e.name === name);
    if (shadowed >= 0) {
      const member = entries[shadowed]!.spec.dest;
      entries[shadowed] = entry;
      if (!entries.some((e) => e.spec.dest === member)) byDest.delete(member);
    } else entries.push(entry);
  };
  if (typeof paginator.inputToken === 'string' && Object.hasOwn(members, paginator.inputToken)) add('starting-token');
  if (paginator.limitKey && Object.hasOwn(members, paginator.limitKey)) add('page-size');
  add('max-items');
}
