/**
 * Build time only: one client package → its ServiceIndex (operations, input members, shapes,
 * paginators) and ServiceDocs (operation summaries, top-level member docs).
 */
import type { OperationIndex, ServiceDocs, ServiceIndex } from '../index-types.js';
import { cliServiceName, xformName } from '../cli-names.js';
import { clientIdentity, type LoadedClient } from './load-client.js';
import { readCommandSummaries, readModelMembers, unionMemberDoc } from './read-dts.js';
import { readPaginators } from './read-paginators.js';
import { exportedEnums, structureBody, type ShapeContext } from './walk-schema.js';
import { firstParagraph } from './html-text.js';

export interface BuiltService {
  index: ServiceIndex;
  docs: ServiceDocs;
}

/** `[9, namespace, name, traits, input, output]`: the operation schemas a client exports as `<Op>$`. */
export function operationSchemas(exports: Record<string, unknown>): [string, unknown[]][] {
  return Object.entries(exports)
    .filter((e): e is [string, unknown[]] => e[0].endsWith('$') && Array.isArray(e[1]) && e[1][0] === 9)
    .map(([k, v]) => [k.slice(0, -1), v]);
}

export function buildService(client: LoadedClient): BuiltService {
  const { clientClass, serviceId } = clientIdentity(client);
  const dts = readModelMembers(client.typesDir);
  const ctx: ShapeContext = { shapes: {}, dts, enums: exportedEnums(client.exports), owners: new Map() };
  const paginators = readPaginators(client.mainFile);
  const summaries = readCommandSummaries(client.typesDir);
  const operations: Record<string, OperationIndex> = {};
  const docs: ServiceDocs = { operations: {}, members: {} };

  for (const [name, schema] of operationSchemas(client.exports).sort((a, b) => a[0].localeCompare(b[0]))) {
    const cli = xformName(name);
    const op: OperationIndex = { name, cli };
    const input = client.schemaOf(schema[4]);
    if (!input.isUnitSchema()) {
      op.input = structureBody(input, ctx);
      const inputName = input.getName() ?? '';
      for (const member of Object.keys(op.input.members)) {
        const doc = unionMemberDoc(dts, inputName, member);
        const text = doc ? firstParagraph(doc) : '';
        if (text) docs.members[`${cli}.${member}`] = text;
      }
    }
    const paginator = paginators.get(name);
    if (paginator) op.paginator = paginator;
    operations[cli] = op;
    const summary = summaries.get(name);
    const text = summary ? firstParagraph(summary) : '';
    if (text) docs.operations[cli] = text;
  }
  const index: ServiceIndex = { cli: cliServiceName(serviceId), package: client.name, serviceId, clientClass, operations, shapes: ctx.shapes };
  return { index, docs };
}
