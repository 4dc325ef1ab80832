import fs from 'node:fs';
import { AppManifestUtils } from '@microsoft/app-manifest';
const raw = fs.readFileSync(process.argv[2] ?? 'appPackage/manifest.json', 'utf8');
const env = { TEAMS_APP_ID: '00000000-0000-0000-0000-000000000001', BOT_ID: '00000000-0000-0000-0000-000000000002' };
for (const [label, text] of [['placeholders', raw], ['substituted', raw.replace(/\$\{\{(\w+)\}\}/g, (_, k) => env[k])]]) {
  for (const v of ['1.25', '1.29', '1.30']) {
    const m = JSON.parse(text.replace(/v1\.25/g, `v${v}`).replace('"manifestVersion": "1.25"', `"manifestVersion": "${v}"`));
    const t = Date.now();
    const errors = await AppManifestUtils.validateAgainstSchema(m);
    console.log(label, v, errors.length ? errors : 'valid', Date.now() - t, 'ms');
  }
}
