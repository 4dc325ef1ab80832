import { createRequire } from 'module';
const require = createRequire(import.meta.url);
const { NormalizedSchema } = require('@smithy/core/schema');
const pkg = process.argv[2], opName = process.argv[3];
const c = require(pkg);
const ops = Object.entries(c).filter(([k, v]) => k.endsWith('$') && Array.isArray(v) && v[0] === 9);
console.log(pkg, 'operations:', ops.length, 'commands:', Object.keys(c).filter(k => k.endsWith('Command')).length);
function typeOf(ns) {
  if (ns.isUnionSchema()) return 'union';
  if (ns.isStructSchema()) return 'structure';
  if (ns.isListSchema()) return `list<${typeOf(ns.getValueSchema())}>`;
  if (ns.isMapSchema()) return `map<${typeOf(ns.getKeySchema())},${typeOf(ns.getValueSchema())}>`;
  if (ns.isBlobSchema()) return ns.isStreaming() ? 'streaming-blob' : 'blob';
  if (ns.isTimestampSchema()) return 'timestamp';
  if (ns.isDocumentSchema()) return 'document';
  if (ns.isStringSchema()) return 'string';
  if (ns.isBooleanSchema()) return 'boolean';
  if (ns.isNumericSchema()) return 'number';
  if (ns.isBigIntegerSchema()) return 'bigint';
  if (ns.isBigDecimalSchema()) return 'bigdecimal';
  return 'unknown:' + JSON.stringify(ns.getSchema());
}
const op = c[opName + '$'];
const input = NormalizedSchema.of(op[4]);
const raw = input.getSchema();
const reqCount = raw[6] ?? 0;
console.log(opName, 'input', input.getName(true), 'requiredCount', reqCount, 'traits', JSON.stringify(NormalizedSchema.of(op).getMergedTraits?.() ?? op[3]));
let i = 0;
for (const [name, m] of input.structIterator()) {
  console.log(' ', name.padEnd(28), typeOf(m).padEnd(30), i++ < reqCount ? 'REQUIRED' : '', JSON.stringify(m.getMergedTraits()));
}
