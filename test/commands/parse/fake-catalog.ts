/**
 * A small command index for the parser's unit tests (synthetic: shapes written for the
 * behaviours under test, not read from an SDK), behind the same four methods the parser uses
 * from CommandIndex.
 */
import type { CommandCatalog } from '../../../src/commands/parse/parse-command.js';
import type { OperationIndex, ServiceDocs, ServiceIndex, Shape } from '../../../src/commands/schema/index-types.js';
import { closestNames } from '../../../src/commands/schema/suggest.js';

const s = (type: 'string' | 'number' | 'boolean' | 'timestamp' | 'blob' | 'document'): Shape => ({ type });
const list = (member: Shape | { ref: string }): Shape => ({ type: 'list', member });
const members = (m: Record<string, Shape | { ref: string }>) => Object.fromEntries(Object.entries(m).map(([k, shape]) => [k, { shape }]));

function op(name: string, cli: string, input: Record<string, Shape | { ref: string }>, required: string[] = [], extra: Partial<OperationIndex> = {}): OperationIndex {
  return { name, cli, input: { members: members(input), required }, ...extra };
}

export const DEMO: ServiceIndex = {
  cli: 'demo',
  package: '@aws-sdk/client-demo',
  serviceId: 'Demo',
  clientClass: 'DemoClient',
  operations: {
    'describe-things': op('DescribeThings', 'describe-things', {
      ThingIds: list(s('string')), Filters: list({ ref: 'Filter' }), DryRun: s('boolean'), MaxResults: s('number'), NextToken: s('string'),
    }, [], { paginator: { inputToken: 'NextToken', outputToken: 'NextToken', limitKey: 'MaxResults' } }),
    'put-thing': op('PutThing', 'put-thing', {
      Name: s('string'), Size: s('number'), State: { type: 'enum', values: ['ON', 'OFF'] }, At: s('timestamp'), Payload: s('blob'),
      Tags: { type: 'map', key: s('string'), value: s('string') }, Config: { ref: 'Config' }, Extra: s('document'), Mode: { ref: 'ModeValue' },
      Target: { ref: 'Target' }, Policy: s('string'), HookUrl: s('string'),
    }, ['Name']),
    'get-thing': op('GetThing', 'get-thing', { Name: s('string'), Revision: s('string') }, ['Name']),
  },
  shapes: {
    Filter: { type: 'structure', members: members({ Name: s('string'), Values: list(s('string')) }), required: [] },
    Config: { type: 'structure', members: members({ Enabled: s('boolean'), Limit: s('number'), Labels: list(s('string')), Inner: { ref: 'Inner' }, Any: s('document') }), required: [] },
    Inner: { type: 'structure', members: members({ Id: s('string'), Port: s('number') }), required: ['Id'] },
    ModeValue: { type: 'structure', members: members({ Value: s('string') }), required: [] },
    Target: { type: 'union', members: members({ Arn: s('string'), Url: s('string') }), required: [] },
  },
};

const DOCS: ServiceDocs = { operations: { 'get-thing': 'Gets a thing.' }, members: { 'get-thing.Name': 'The name of the thing. More words here.' } };

export function fakeCatalog(services: ServiceIndex[] = [DEMO]): CommandCatalog {
  const byName = new Map(services.map((x) => [x.cli, x]));
  return {
    findService: (name) => (byName.has(name) ? { found: name, suggestions: [] } : { suggestions: closestNames(name, [...byName.keys()].map((k): [string, string] => [k, k])) }),
    findOperation: (cli, name) => {
      const ops = byName.get(cli)!.operations;
      return Object.hasOwn(ops, name) ? { found: ops[name], suggestions: [] } : { suggestions: closestNames(name, Object.keys(ops).map((k): [string, string] => [k, k])) };
    },
    service: (cli) => byName.get(cli)!,
    docs: () => DOCS,
  } as CommandCatalog;
}
