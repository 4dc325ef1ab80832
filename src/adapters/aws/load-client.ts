/**
 * Loads an SDK v3 client package on first use (the package the command index names) and keeps
 * the module, so start-up loads no client and each is loaded once.
 */
import { createRequire } from 'node:module';
import { ChatOpsError } from '../../core/errors.js';

/** The part of a ServiceIndex that says where the client lives. */
export interface ClientLocation {
  cli: string;
  package: string;
  clientClass: string;
}

/** The minimal shape of an SDK v3 client as used here. */
export interface SdkClient {
  send(command: unknown, options?: { abortSignal?: AbortSignal }): Promise<Record<string, unknown>>;
  destroy(): void;
}

export type SdkClientClass = new (config: Record<string, unknown>) => SdkClient;
export type SdkCommandClass = new (input: Record<string, unknown>) => unknown;

const modules = new Map<string, Promise<Record<string, unknown>>>();
const requireFromHere = createRequire(import.meta.url);

/**
 * The SDK's client packages are CommonJS bundles (their ES builds are not loadable by Node), so
 * they are required: `import()` of a CommonJS package also scans its whole source for named
 * exports and keeps an ES wrapper of it, which cost 10–15 MB of resident memory for the 40
 * default clients (npm run bench commands). A package that only ships ES modules is imported.
 */
async function requireOrImport(pkg: string): Promise<Record<string, unknown>> {
  try {
    return requireFromHere(pkg) as Record<string, unknown>;
  } catch (e) {
    if ((e as { code?: string }).code !== 'ERR_REQUIRE_ESM') throw e;
    return (await import(pkg)) as Record<string, unknown>;
  }
}

async function loadModule(pkg: string): Promise<Record<string, unknown>> {
  // The SDK warns once per process that its 2027 releases will need Node 22. This service runs
  // on Node 20 by design (README); the operator sees that in the README, not as a stack of log
  // lines on every start. Set the variable to "false" to see the warning.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  let loading = modules.get(pkg);
  if (!loading) {
    loading = requireOrImport(pkg);
    modules.set(pkg, loading);
    loading.catch(() => modules.delete(pkg));
  }
  return loading;
}

/** The client class and the `<Operation>Command` class of an operation. */
export async function loadClient(where: ClientLocation, operation: string): Promise<{ Client: SdkClientClass; Command: SdkCommandClass }> {
  let mod: Record<string, unknown>;
  try {
    mod = await loadModule(where.package);
  } catch (e) {
    throw new ChatOpsError('AWS_CLIENT_MISSING', `The ${where.cli} client (${where.package}) is not installed here.`, {
      nextStep: `Install it with npm install ${where.package} and restart, or ask your administrator.`,
      cause: e,
    });
  }
  const Client = mod[where.clientClass];
  const Command = mod[`${operation}Command`];
  if (typeof Client !== 'function' || typeof Command !== 'function') {
    throw new ChatOpsError('AWS_OPERATION_UNAVAILABLE', `The installed ${where.package} has no ${typeof Client !== 'function' ? where.clientClass : `${operation}Command`}.`, {
      nextStep: 'The command index may be older than the installed clients: run npm run build.',
    });
  }
  return { Client: Client as SdkClientClass, Command: Command as SdkCommandClass };
}
