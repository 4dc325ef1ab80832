/**
 * Child process of the commands benchmark: prints its resident memory (bytes, one JSON line)
 * after doing what argv[2] says — `bare` (nothing), `service` (the running service, restarted on an existing PGlite database)
 * or `clients` (the service, then every client package the command index lists loaded and one
 * client of each constructed, as running one command per service does). argv[3], when given,
 * is a PostgreSQL URL to use instead of PGlite. Nothing forces a garbage collection before the
 * reading: the figure is what the service holds, as it runs. `clients` also reads it again after
 * 30 s of idling (`settledRss`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** How long `clients` waits, idle, before its second reading. */
const SETTLE_MS = 30_000;

async function main(): Promise<void> {
  const what = process.argv[2];
  let loaded = 0;
  let close = async () => undefined as void;
  if (what === 'service' || what === 'clients') {
    // Loaded here, so that the bare baseline loads nothing of ours.
    const { loadClient } = await import('../../src/adapters/aws/load-client.js');
    const { openStore } = await import('../../src/adapters/store/open-store.js');
    const { commandIndex } = await import('../../src/commands/schema/command-index.js');
    const { startBenchApp } = await import('./bench-app.js');
    const dir = mkdtempSync(join(tmpdir(), 'chatops-bench-rss-'));
    const databaseUrl = process.argv[3];
    // PGlite's database is created once (initdb) in another process: measured is a service restarted on its data.
    if (!databaseUrl) execFileSync(process.execPath, ['-e', `import('${pathToFileURL(join(import.meta.dirname, '../../src/adapters/store/open-store.js')).href}').then(async (m) => (await m.openStore({ dataDir: ${JSON.stringify(join(dir, 'pglite'))} })).close())`]);
    const store = await openStore(databaseUrl ? { databaseUrl } : { dataDir: join(dir, 'pglite') });
    const app = await startBenchApp({ store, certificatePem: '', channels: 1 });
    close = async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    };
    const index = commandIndex();
    for (const cli of what === 'clients' ? Object.keys(index.loadServiceDirectory().services) : []) {
      const service = index.service(cli);
      const first = Object.values(service.operations)[0];
      if (!first) continue;
      const { Client } = await loadClient(service, first.name);
      new Client({ region: 'us-east-1' }).destroy();
      loaded++;
    }
  }
  const rss = process.memoryUsage().rss;
  // What the service holds once it has been idle for a while: V8 returns the garbage of loading
  // the clients on its own (its memory reducer runs some seconds after allocation slows down).
  let settledRss: number | undefined;
  if (what === 'clients') {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    settledRss = process.memoryUsage().rss;
  }
  process.stdout.write(`${JSON.stringify({ rss, loaded, settledRss })}\n`);
  await close();
  process.exit(0);
}

void main();
