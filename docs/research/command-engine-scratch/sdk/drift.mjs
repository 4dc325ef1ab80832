// Compare botocore 1.43.11 models (the oracle) with the installed SDK schemas, and check the xformName port.
import { createRequire } from 'module';
import { readFileSync } from 'fs';
import { PACKAGES } from './mapping.mjs';
import { xformName } from './xform.mjs';
const require = createRequire(import.meta.url);
const { NormalizedSchema } = require('@smithy/core/schema');
const boto = JSON.parse(readFileSync('/tmp/oracle/botocore40.json', 'utf8'));
let opsOnlyBoto = [], opsOnlySdk = [], membersOnlyBoto = [], membersOnlySdk = [], xformBad = [], nOps = 0, nMembers = 0;
for (const [cli, svc] of Object.entries(boto)) {
  const c = require(`@aws-sdk/client-${PACKAGES[cli]}`);
  const sdkOps = new Set(Object.keys(c).filter(k => k.endsWith('$') && Array.isArray(c[k]) && c[k][0] === 9).map(k => k.slice(0, -1)));
  for (const [op, o] of Object.entries(svc.ops)) {
    if (xformName(op) !== o.cli) xformBad.push(`${cli} ${op}: js=${xformName(op)} botocore=${o.cli}`);
    if (!sdkOps.has(op)) { opsOnlyBoto.push(`${cli} ${op}`); continue; }
    nOps++;
    const input = NormalizedSchema.of(c[`${op}$`][4]);
    const sdkMembers = input.isUnitSchema() ? {} : input.getMemberSchemas();
    for (const [m, mm] of Object.entries(o.members)) {
      nMembers++;
      if (xformName(m) !== mm.cli) xformBad.push(`${cli} ${op}.${m}: js=${xformName(m)} botocore=${mm.cli}`);
      if (!sdkMembers[m]) membersOnlyBoto.push(`${cli} ${op}.${m}`);
    }
    for (const m of Object.keys(sdkMembers)) if (!o.members[m]) membersOnlySdk.push(`${cli} ${op}.${m}`);
  }
  for (const op of sdkOps) if (!svc.ops[op]) opsOnlySdk.push(`${cli} ${op}`);
}
console.log({ commonOps: nOps, members: nMembers, opsOnlyBotocore: opsOnlyBoto.length, opsOnlySdk: opsOnlySdk.length,
  membersOnlyBotocore: membersOnlyBoto.length, membersOnlySdk: membersOnlySdk.length, xformMismatches: xformBad.length });
console.log('ops only in botocore:', opsOnlyBoto.slice(0, 20));
console.log('ops only in SDK:', opsOnlySdk.slice(0, 20));
console.log('members only in botocore:', membersOnlyBoto.slice(0, 10));
console.log('members only in SDK:', membersOnlySdk.slice(0, 10));
console.log('xform mismatches:', xformBad.slice(0, 20));
