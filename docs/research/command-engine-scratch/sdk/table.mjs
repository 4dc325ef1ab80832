import { readFileSync } from 'fs';
import { createRequire } from 'module';
import { PACKAGES } from './mapping.mjs';
const require = createRequire(import.meta.url);
const boto = JSON.parse(readFileSync('/tmp/oracle/botocore40.json', 'utf8'));
console.log('| package `@aws-sdk/client-…` | JS `serviceId` | CLI service | botocore model | ops (CLI/SDK) |');
console.log('| --- | --- | --- | --- | --- |');
for (const [cli, pkg] of Object.entries(PACKAGES)) {
  const src = readFileSync(require.resolve(`@aws-sdk/client-${pkg}`), 'utf8');
  const shared = require('fs').existsSync(require.resolve(`@aws-sdk/client-${pkg}`).replace('index.js', 'runtimeConfig.shared.js')) ? readFileSync(require.resolve(`@aws-sdk/client-${pkg}`).replace('index.js', 'runtimeConfig.shared.js'), 'utf8') : src;
  const sid = /serviceId: config\?\.serviceId \?\? "([^"]+)"/.exec(src + shared)[1];
  const c = require(`@aws-sdk/client-${pkg}`);
  const n = Object.keys(c).filter(k => k.endsWith('$') && Array.isArray(c[k]) && c[k][0] === 9).length;
  const b = boto[cli];
  const flag = b.sdkId !== sid ? ` (botocore sdkId "${b.sdkId}")` : '';
  console.log(`| ${pkg} | ${sid}${flag} | ${cli} | ${b.botocore} | ${Object.keys(b.ops).length}/${n} |`);
}
