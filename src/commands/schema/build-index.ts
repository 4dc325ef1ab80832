/**
 * Build step (`npm run build` runs it after tsc): reads every installed `@aws-sdk/client-*` — not
 * only the default 40, any client a user adds — and writes the command index: `_services.json`,
 * `<cli>.json` and `<cli>.docs.json` (types in index-types.ts) to dist/command-index, or to the
 * directory given with `--out DIR` / CHATOPS_COMMAND_INDEX. Prints one summary line to stderr.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServiceDirectory } from './index-types.js';
import { buildService } from './build/build-service.js';
import { defaultIndexDir } from './command-index.js';
import { compareVersions, findInstalledClients, loadClient, MIN_CLIENT_VERSION } from './build/load-client.js';

const here = dirname(fileURLToPath(import.meta.url));

export interface BuildResult {
  services: number;
  operations: number;
  skipped: string[];
}

/** Builds the index of the clients visible from `fromDir` into `outDir` (replacing what was there). */
export function buildCommandIndex(outDir: string, fromDir = here, warn: (line: string) => void = console.warn): BuildResult {
  // Reading a client's serviceId means constructing it once; its Node-version notice is noise at build time.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const directory: ServiceDirectory = { builtAt: new Date().toISOString(), services: {} };
  const result: BuildResult = { services: 0, operations: 0, skipped: [] };
  for (const installed of findInstalledClients(fromDir)) {
    if (compareVersions(installed.version, MIN_CLIENT_VERSION) < 0) {
      warn(`command index: skipped ${installed.name}@${installed.version}: its schemas can't be read; it needs version ${MIN_CLIENT_VERSION} or later`);
      result.skipped.push(installed.name);
      continue;
    }
    let built;
    try {
      built = buildService(loadClient(installed));
    } catch (e) {
      warn(`command index: skipped ${installed.name}@${installed.version}: ${(e as Error).message}`);
      result.skipped.push(installed.name);
      continue;
    }
    const { index, docs } = built;
    const operations = Object.keys(index.operations);
    if (operations.length === 0) {
      warn(`command index: skipped ${installed.name}@${installed.version}: no operation schemas; it needs version ${MIN_CLIENT_VERSION} or later`);
      result.skipped.push(installed.name);
      continue;
    }
    if (directory.services[index.cli]) {
      warn(`command index: skipped ${installed.name}: CLI name "${index.cli}" is already used by ${directory.services[index.cli]!.package}`);
      result.skipped.push(installed.name);
      continue;
    }
    directory.services[index.cli] = { package: installed.name, version: installed.version, serviceId: index.serviceId, operations };
    writeFileSync(join(outDir, `${index.cli}.json`), JSON.stringify(index));
    writeFileSync(join(outDir, `${index.cli}.docs.json`), JSON.stringify(docs));
    result.services++;
    result.operations += operations.length;
  }
  writeFileSync(join(outDir, '_services.json'), JSON.stringify(directory));
  return result;
}

function outDirFromArgs(argv: string[]): string {
  const i = argv.indexOf('--out');
  return i >= 0 && argv[i + 1] ? resolve(argv[i + 1]!) : defaultIndexDir();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const outDir = outDirFromArgs(process.argv.slice(2));
  const result = buildCommandIndex(outDir);
  const ms = Math.round(performance.now() - started);
  const skipped = result.skipped.length ? `, ${result.skipped.length} skipped` : '';
  console.error(`command index: ${result.services} services, ${result.operations} operations${skipped} in ${ms} ms → ${outDir}`);
}
