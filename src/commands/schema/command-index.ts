/**
 * The command index at run time: `_services.json` is read once (fast start), a service's file
 * and its docs are parsed on first use and kept. The index lives in dist/command-index next to the
 * compiled code (written by `npm run build`, see build-index.ts); CHATOPS_COMMAND_INDEX points
 * elsewhere (tests).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ChatOpsError } from '../../core/errors.js';
import type { OperationIndex, ServiceDirectory, ServiceDocs, ServiceIndex, Shape, ShapeRef } from './index-types.js';
import { serviceSpellings } from './service-aliases.js';
import { closestNames } from './suggest.js';
import { xformName } from './cli-names.js';

/** A name looked up: the match when there is one, else the closest names. */
export interface Lookup<T> {
  found?: T;
  suggestions: string[];
}

/** Where the index is: CHATOPS_COMMAND_INDEX, else dist/command-index (this file is dist/src/commands/schema/). */
export function defaultIndexDir(): string {
  const override = process.env.CHATOPS_COMMAND_INDEX;
  return override ? resolve(override) : resolve(dirname(fileURLToPath(import.meta.url)), '../../../command-index');
}

export class CommandIndex {
  private directory?: ServiceDirectory;
  private readonly services = new Map<string, ServiceIndex>();
  private readonly docsCache = new Map<string, ServiceDocs>();

  constructor(readonly dir: string = defaultIndexDir()) {}

  /** `_services.json`: every service's package, version, serviceId and operation names. */
  loadServiceDirectory(): ServiceDirectory {
    this.directory ??= this.read<ServiceDirectory>('_services.json');
    return this.directory;
  }

  /** The full index of a service by its CLI name (parsed on first use). Throws UNKNOWN_SERVICE for a name not in the directory. */
  service(cli: string): ServiceIndex {
    let index = this.services.get(cli);
    if (!index) {
      this.requireKnown(cli);
      index = this.read<ServiceIndex>(`${cli}.json`);
      this.services.set(cli, index);
    }
    return index;
  }

  /** The help text of a service's operations and their top-level members. */
  docs(cli: string): ServiceDocs {
    let docs = this.docsCache.get(cli);
    if (!docs) {
      this.requireKnown(cli);
      docs = this.read<ServiceDocs>(`${cli}.docs.json`);
      this.docsCache.set(cli, docs);
    }
    return docs;
  }

  /** A service by the name typed after "@aws": its CLI name, or suggestions (`s3` → s3api, `sfn` → stepfunctions). */
  findService(name: string): Lookup<string> {
    const services = this.loadServiceDirectory().services;
    if (Object.hasOwn(services, name)) return { found: name, suggestions: [] };
    return { suggestions: closestNames(name, serviceSpellings(services)) };
  }

  /** An operation of a service by its CLI name, or the closest CLI names. */
  findOperation(cli: string, name: string): Lookup<OperationIndex> {
    const operations = this.service(cli).operations;
    if (Object.hasOwn(operations, name)) return { found: operations[name], suggestions: [] };
    const spellings = Object.keys(operations).map((op): [string, string] => [op, op]);
    const asCli = xformName(name);
    if (Object.hasOwn(operations, asCli)) return { suggestions: [asCli] };
    return { suggestions: closestNames(name, spellings) };
  }

  private requireKnown(cli: string): void {
    if (Object.hasOwn(this.loadServiceDirectory().services, cli)) return;
    const { suggestions } = this.findService(cli);
    const hint = suggestions.length ? ` Did you mean ${suggestions.join(', ')}?` : '';
    throw new ChatOpsError('UNKNOWN_SERVICE', `There is no AWS service "${cli}" in this installation.${hint}`);
  }

  private read<T>(file: string): T {
    const path = join(this.dir, file);
    if (!existsSync(path)) {
      throw new ChatOpsError('COMMAND_INDEX_MISSING', `The command index (${path}) is missing.`, { nextStep: 'Run npm run build.' });
    }
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  }
}

/** A shape, following `{ ref }` to the service's named shapes. */
export function resolveShape(service: ServiceIndex, ref: ShapeRef): Shape {
  if (!('ref' in ref)) return ref;
  const shape = service.shapes[ref.ref];
  if (!shape) throw new ChatOpsError('COMMAND_INDEX_BROKEN', `The command index of ${service.cli} has no shape ${ref.ref}.`, { nextStep: 'Run npm run build.' });
  return shape;
}

let shared: CommandIndex | undefined;

/** The process-wide index (dist/command-index or CHATOPS_COMMAND_INDEX), created on first use. */
export function commandIndex(): CommandIndex {
  shared ??= new CommandIndex();
  return shared;
}

export const loadServiceDirectory = (): ServiceDirectory => commandIndex().loadServiceDirectory();
export const service = (cli: string): ServiceIndex => commandIndex().service(cli);
export const docs = (cli: string): ServiceDocs => commandIndex().docs(cli);
export const findService = (name: string): Lookup<string> => commandIndex().findService(name);
export const findOperation = (cli: string, name: string): Lookup<OperationIndex> => commandIndex().findOperation(cli, name);
