// Does every operation/member the oracle produced exist in the installed SDK schemas?
import { createRequire } from 'module';
import { readFileSync } from 'fs';
import { PACKAGES } from './mapping.mjs';
const require = createRequire(import.meta.url);
const { NormalizedSchema } = require('@smithy/core/schema');
const problems = []; let checked = 0;
function walk(ns, value, path) {
  if (value === null || typeof value !== 'object') return;
  if (value.$timestamp !== undefined) { if (!ns.isTimestampSchema()) problems.push(`${path}: $timestamp but schema is not timestamp`); return; }
  if (value.$blob !== undefined) { if (!ns.isBlobSchema()) problems.push(`${path}: $blob but schema is not blob`); return; }
  if (ns.isDocumentSchema()) return;
  if (Array.isArray(value)) { if (!ns.isListSchema()) problems.push(`${path}: array but not list`); else value.forEach((v, i) => walk(ns.getValueSchema(), v, `${path}[${i}]`)); return; }
  if (ns.isMapSchema()) { for (const [k, v] of Object.entries(value)) walk(ns.getValueSchema(), v, `${path}.${k}`); return; }
  if (!ns.isStructSchema()) { problems.push(`${path}: object but schema ${ns.getName(true)} not struct/map`); return; }
  const members = ns.getMemberSchemas();
  for (const [k, v] of Object.entries(value)) {
    if (!members[k]) problems.push(`${path}.${k}: member missing in SDK`); else walk(members[k], v, `${path}.${k}`);
  }
}
for (const l of readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean)) {
  const r = JSON.parse(l);
  if (r.error) continue;
  const c = require(`@aws-sdk/client-${PACKAGES[r.service]}`);
  const op = c[`${r.operation}$`];
  if (!op || !c[`${r.operation}Command`]) { problems.push(`${r.service} ${r.operation}: no such operation/command in SDK`); continue; }
  walk(NormalizedSchema.of(op[4]), r.params, `${r.service}.${r.operation}`);
  checked++;
}
console.log(`checked ${checked} parsed lines against the SDK schemas; ${problems.length} problems`);
for (const p of problems) console.log(' ', p);
