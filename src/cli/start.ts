import { ChatOpsError, isChatOpsError } from '../core/errors.js';
import { ConfigError, loadConfig } from '../config/index.js';
import type { ConfigOverrides } from '../config/index.js';
import { startApp } from '../main.js';

export interface StartArgs {
  config?: string;
  port?: string;
  host?: string;
  dataDir?: string;
  templates?: string;
}

/** `chatops start`: runs until SIGINT/SIGTERM. Returns the exit code when it stops. */
export async function runStart(args: StartArgs, io: { stderr: (s: string) => void; env: NodeJS.ProcessEnv }): Promise<number> {
  let app;
  try {
    const overrides: ConfigOverrides = {};
    if (args.port !== undefined) {
      const port = Number(args.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ChatOpsError('CLI_BAD_OPTION', `--port must be a whole number from 0 to 65535 (got "${args.port}").`);
      overrides.server = { ...overrides.server, port };
    }
    if (args.host) overrides.server = { ...overrides.server, host: args.host };
    if (args.dataDir) overrides.server = { ...overrides.server, dataDir: args.dataDir };
    if (args.templates) overrides.templatesDir = args.templates;
    const config = loadConfig({ path: args.config, env: io.env, overrides });
    app = await startApp({ config });
  } catch (e) {
    if (e instanceof ConfigError) io.stderr(e.lines().join('\n') + '\n');
    else if (isChatOpsError(e)) io.stderr(e.toLine() + '\n');
    else io.stderr(`START_FAILED: ${(e as Error).message}\n`);
    return 1;
  }
  const running = app;
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      running.logger.info('stopping', { signal });
      running.close().then(resolve, (e: unknown) => {
        running.logger.error('stop failed', { error: String(e) });
        resolve();
      });
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  return 0;
}
