// Build-time index of CLI commands from installed @aws-sdk/client-* packages (prototype).
// Runtime schemas give operations, members, types, required; dist-types .d.ts give enums and docs.
import { createRequire } from 'module';
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'fs';
import { join, dirname } from 'path';
import { xformName } from './xform.mjs';
const require = createRequire(import.meta.url);
const { NormalizedSchema } = require('@smithy/core/schema');

// cli name for a client: exception table (from botocore/awscli), else kebab-case sdkId
const CLI_NAME_EXCEPTIONS = { 'API Gateway': 'apigateway', 'Auto Scaling': 'autoscaling', 'Cost Explorer': 'ce',
  'Config Service': 'configservice', 'Elastic Load Balancing v2': 'elbv2', EventBridge: 'events', 'CloudWatch Logs': 'logs',
  'Route 53': 'route53', SFN: 'stepfunctions', S3: 's3api', CodeDeploy: 'deploy' /* ...55 rows in total */ };
const cliServiceName = (sdkId) => CLI_NAME_EXCEPTIONS[sdkId] ?? sdkId.toLowerCase().replace(/ /g, '-');

function parseDts(dir) {           // interface members -> { type, doc }, enum names
  const members = {}; const files = readdirSync(join(dir, 'models'));
  for (const f of files.filter(f => /^models_\d+\.d\.ts$/.test(f))) {
    const text = readFileSync(join(dir, 'models', f), 'utf8');
    let current = null;
    const re = /^(?:export )?(?:interface (\w+) \{|(\s+)(?:\/\*\*\n\s+\* (.*)\n(?:\s+\* .*\n)*?\s+\*\/\n\s+)?(\w+)\??: (.+);)/gm;
    for (const m of text.matchAll(/(?:^export interface (\w+) \{$)|(?:^\s+interface (\w+)Member \{$)|(?:\/\*\*\n((?:\s+\*.*\n)+?)\s+\*\/\n\s+(\w+)\??: ([^;]+);)|(?:^\s+(\w+)\??: ([^;]+);)/gm)) {
      if (m[1]) current = m[1];
      else if (m[2]) current = m[2].replace(/Member$/, '') ;
      else if (m[4] && current) members[`${current}.${m[4]}`] = { type: m[5], doc: m[3].replace(/^\s+\* ?/gm, '').replace(/@public\s*/g, '').trim() };
      else if (m[6] && current && !members[`${current}.${m[6]}`] && !/never/.test(m[7])) members[`${current}.${m[6]}`] = { type: m[7], doc: '' };
    }
  }
  return members;
}

function typeRef(ns, shapes, enumOf) {
  if (ns.isUnitSchema()) return 'unit';
  if (ns.isStructSchema() || ns.isListSchema() || ns.isMapSchema()) {
    const name = ns.getName(); const key = name ?? `anon`;
    if (ns.isListSchema()) { const v = typeRef(ns.getValueSchema(), shapes, enumOf); return name ? defShape(key, () => ({ t: 'list', v }), shapes) : `list<${v}>`; }
    if (ns.isMapSchema()) { const v = typeRef(ns.getValueSchema(), shapes, enumOf); return name ? defShape(key, () => ({ t: 'map', v }), shapes) : `map<${v}>`; }
    return defShape(key, () => structShape(ns, shapes, enumOf), shapes);
  }
  if (ns.isBlobSchema()) return ns.isStreaming() ? 'stream' : 'blob';
  if (ns.isTimestampSchema()) return 'timestamp';
  if (ns.isDocumentSchema()) return 'document';
  if (ns.isBooleanSchema()) return 'boolean';
  if (ns.isNumericSchema()) return 'number';
  if (ns.isBigIntegerSchema()) return 'bigint';
  if (ns.isBigDecimalSchema()) return 'bigdecimal';
  return 'string';
}
function defShape(name, make, shapes) {
  if (!(name in shapes)) { shapes[name] = null; shapes[name] = make(); }
  return `#${name}`;
}
function structShape(ns, shapes, enumOf) {
  const raw = ns.getSchema(); const required = raw[6] ?? 0; const name = ns.getName();
  const members = []; let i = 0;
  for (const [m, ms] of ns.structIterator()) {
    let t = typeRef(ms, shapes, enumOf);
    const e = enumOf(name, m);
    if (e && (t === 'string' || t === 'number')) t = `enum:${e}`;
    else if (e && t === 'list<string>') t = `list<enum:${e}>`;
    else if (e && t.startsWith('#') && shapes[t.slice(1)]?.t === 'list' && shapes[t.slice(1)].v === 'string') t = `list<enum:${e}>`;
    members.push([m, xformName(m), t, i++ < required ? 1 : 0]);
  }
  return { t: ns.isUnionSchema() ? 'union' : 'structure', m: members };
}

const index = { services: {} }; const docs = {};
const root = 'node_modules/@aws-sdk';
for (const dirName of readdirSync(root).filter(d => d.startsWith('client-'))) {
  const pkgDir = join(root, dirName);
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const c = require(pkg.name);
  const shared = readFileSync(join(pkgDir, 'dist-cjs/index.js'), 'utf8');
  const sdkId = /serviceId: config\?\.serviceId \?\? "([^"]+)"/.exec(shared)?.[1]
    ?? /serviceId: config\?\.serviceId \?\? "([^"]+)"/.exec(readFileSync(join(pkgDir, 'dist-cjs/runtimeConfig.shared.js'), 'utf8'))[1];
  const dts = parseDts(join(pkgDir, 'dist-types'));
  const enumNames = new Set(Object.keys(c).filter(k => c[k] && typeof c[k] === 'object' && !Array.isArray(c[k]) && Object.values(c[k]).every(v => typeof v === 'string' || typeof v === 'number') && Object.keys(c[k]).length));
  const enumOf = (struct, member) => {
    const d = dts[`${struct}.${member}`]; if (!d) return null;
    const base = d.type.replace(/\s*\|\s*undefined$/, '').replace(/\[\]$/, '');
    return enumNames.has(base) ? base : null;
  };
  const shapes = {}; const ops = {}; const enums = {};
  for (const [k, v] of Object.entries(c)) {
    if (!(k.endsWith('$') && Array.isArray(v) && v[0] === 9)) continue;
    const op = k.slice(0, -1);
    const input = NormalizedSchema.of(v[4]);
    ops[xformName(op)] = [op, typeRef(input, shapes, enumOf)];
  }
  for (const s of Object.values(shapes)) for (const [, , t] of s?.m ?? []) { const e = /enum:(\w+)/.exec(t); if (e) enums[e[1]] = Object.values(c[e[1]]); }
  for (const [k, v] of Object.entries(dts)) if (v.doc) docs[`${sdkId}/${k}`] = v.doc;
  index.services[cliServiceName(sdkId)] = { package: pkg.name, version: pkg.version, sdkId, ops, shapes, enums };
}
writeFileSync('/tmp/sdk/index.json', JSON.stringify(index));
writeFileSync('/tmp/sdk/docs.json', JSON.stringify(docs));
const s = Object.values(index.services);
console.log(`${s.length} services, ${s.reduce((a, x) => a + Object.keys(x.ops).length, 0)} operations, ${s.reduce((a, x) => a + Object.keys(x.shapes).length, 0)} shapes, ${s.reduce((a, x) => a + Object.keys(x.enums).length, 0)} enums, ${Object.keys(docs).length} member docs`);
