/**
 * Build time only: finds the installed `@aws-sdk/client-*` packages and loads one of them with the
 * `NormalizedSchema` reader of its own `@smithy/core`. The runtime engine never imports this file;
 * it reads the index the builder writes (see ../build-index.ts, ../command-index.ts).
 */
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The clients' schemas are readable (`<Op>$` exports) from this version on (research §1). */
export const MIN_CLIENT_VERSION = '3.936.0';

/** The part of `@smithy/core/schema`'s NormalizedSchema the builder uses. */
export interface SchemaView {
  getSchema(): unknown;
  getName(withNamespace?: boolean): string | undefined;
  isListSchema(): boolean;
  isMapSchema(): boolean;
  isStructSchema(): boolean;
  isUnionSchema(): boolean;
  isBlobSchema(): boolean;
  isTimestampSchema(): boolean;
  isUnitSchema(): boolean;
  isDocumentSchema(): boolean;
  isBooleanSchema(): boolean;
  isNumericSchema(): boolean;
  isBigIntegerSchema(): boolean;
  isBigDecimalSchema(): boolean;
  isStreaming(): boolean;
  isIdempotencyToken(): boolean;
  getKeySchema(): SchemaView;
  getValueSchema(): SchemaView;
  structIterator(): Iterable<[string, SchemaView]>;
}

export interface InstalledClient {
  /** e.g. @aws-sdk/client-s3 */
  name: string;
  version: string;
  /** The package directory. */
  dir: string;
}

export interface LoadedClient extends InstalledClient {
  exports: Record<string, unknown>;
  /** NormalizedSchema.of from the client's own @smithy/core. */
  schemaOf: (ref: unknown) => SchemaView;
  /** The file `require(name)` loads (the CJS bundle), read for paginators. */
  mainFile: string;
  /** The directory of the package's .d.ts files. */
  typesDir: string;
}

/** Every `@aws-sdk/client-*` visible from `fromDir` (nearest node_modules wins), sorted by name. */
export function findInstalledClients(fromDir: string): InstalledClient[] {
  const found = new Map<string, InstalledClient>();
  const lookup = createRequire(join(fromDir, 'noop.js')).resolve.paths('@aws-sdk/client-sts') ?? [];
  for (const modules of lookup) {
    const scope = join(modules, '@aws-sdk');
    if (!existsSync(scope)) continue;
    for (const entry of readdirSync(scope)) {
      const name = `@aws-sdk/${entry}`;
      const dir = join(scope, entry);
      if (!entry.startsWith('client-') || found.has(name) || !existsSync(join(dir, 'package.json'))) continue;
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: string };
      found.set(name, { name, version: pkg.version ?? '0.0.0', dir });
    }
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Compares dotted versions numerically: negative when a < b. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/).map((p) => Number.parseInt(p, 10) || 0);
  const pb = b.split(/[.-]/).map((p) => Number.parseInt(p, 10) || 0);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/** Loads a client package and the schema reader it was built against. */
export function loadClient(client: InstalledClient): LoadedClient {
  const req = createRequire(join(client.dir, 'package.json'));
  const mainFile = req.resolve(client.name);
  const exports = req(client.name) as Record<string, unknown>;
  const smithy = createRequire(mainFile)('@smithy/core/schema') as { NormalizedSchema: { of(ref: unknown): SchemaView } };
  const pkg = JSON.parse(readFileSync(join(client.dir, 'package.json'), 'utf8')) as { types?: string; typings?: string };
  const typesEntry = pkg.types ?? pkg.typings ?? 'dist-types/index.d.ts';
  return { ...client, exports, mainFile, typesDir: dirname(join(client.dir, typesEntry)), schemaOf: (ref) => smithy.NormalizedSchema.of(ref) };
}

/** The client class (`S3Client`), and the serviceId its default config carries (`S3`). */
export function clientIdentity(client: LoadedClient): { clientClass: string; serviceId: string } {
  const candidates = Object.keys(client.exports).filter((k) => k.endsWith('Client') && !k.startsWith('__') && typeof client.exports[k] === 'function');
  for (const clientClass of candidates) {
    const Ctor = client.exports[clientClass] as new (config: object) => { config?: { serviceId?: string }; destroy?: () => void };
    const instance = new Ctor({ region: 'us-east-1' });
    const serviceId = instance.config?.serviceId;
    instance.destroy?.();
    if (typeof serviceId === 'string' && serviceId) return { clientClass, serviceId };
  }
  throw new Error(`${client.name}: no client class with a serviceId`);
}
