#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

// Each command's module is loaded when it runs: `chatops trace` need not load the Slack and Teams SDKs.
const USAGE = `Usage: chatops <command> [options]

Commands:
  start                 run the service: SNS endpoint, chat adapters, the sandbox page
                        [--config FILE] [--port N] [--host H] [--data-dir DIR] [--templates DIR]
  render FILE           print an event rendered for slack, teams or neutral (- reads stdin)
                        [--platform slack|teams|neutral] [--templates DIR]
  config validate       check the configuration file [--config FILE] [--json]
  send-test             push a sample notification through the running service
                        --config NAME [--sample ID] [--url URL]
  trace ID              where an event went, by SNS MessageId or event id [--url URL] [--json]
  audit                 the audit log: commands, clicks, dialog decisions, denials (oldest first)
                        [--since TIME|24h|7d] [--user ID|NAME] [--limit N] [--json: JSON lines]
                        [--config FILE] [--data-dir DIR]; reads DATABASE_URL like start
  parse LINE            how "@aws LINE" is read: the SDK call as JSON, or the error (exit 2)
                        [--lines: one command line per stdin line, one JSON object per line]
  teams-package         build the Teams app zip from appPackage/ (npm run package)
                        [--out FILE] [--env NAME|FILE]; needs BOT_ID or CLIENT_ID

Environment: PORT, CHATOPS_CONFIG, DATABASE_URL, SNS_CERTIFICATE_DIR, LOG_LEVEL, CHATOPS_ADMIN_TOKEN,
and the Slack / Teams credentials (see README.md).`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const io = {
    stdout: (s: string) => process.stdout.write(s),
    stderr: (s: string) => process.stderr.write(s),
    readStdin: () => readFileSync(0),
    env: process.env,
  };
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(USAGE + '\n');
    return 0;
  }
  switch (command) {
    case 'start': {
      const { values } = parseArgs({ args: rest, options: { config: { type: 'string', short: 'c' }, port: { type: 'string' }, host: { type: 'string' }, 'data-dir': { type: 'string' }, templates: { type: 'string' } } });
      return (await import('./cli/start.js')).runStart({ config: values.config, port: values.port, host: values.host, dataDir: values['data-dir'], templates: values.templates }, io);
    }
    case 'render': {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { platform: { type: 'string', short: 'p' }, templates: { type: 'string' } } });
      return (await import('./cli/render.js')).runRender({ file: positionals[0], platform: values.platform, templatesDir: values.templates }, io);
    }
    case 'config': {
      const [sub, ...args] = rest;
      if (sub !== 'validate') {
        io.stderr(`CLI_UNKNOWN_COMMAND: Unknown command "config ${sub ?? ''}". Did you mean "chatops config validate"?\n`);
        return 2;
      }
      return (await import('./cli/config-validate.js')).runConfigValidateArgs(args, { env: process.env, stdout: process.stdout, stderr: process.stderr });
    }
    case 'trace': {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { url: { type: 'string' }, json: { type: 'boolean' } } });
      return (await import('./cli/trace.js')).runTrace({ id: positionals[0], url: values.url, json: values.json }, io);
    }
    case 'audit':
      return (await import('./cli/audit.js')).runAudit(rest, io);
    case 'parse':
      return (await import('./cli/parse.js')).runParse(rest, io);
    case 'send-test': {
      const { values } = parseArgs({ args: rest, options: { config: { type: 'string', short: 'c' }, sample: { type: 'string' }, url: { type: 'string' } } });
      return (await import('./cli/send-test.js')).runSendTest({ config: values.config, sample: values.sample, url: values.url }, io);
    }
    case 'teams-package': {
      const { values } = parseArgs({ args: rest, options: { out: { type: 'string', short: 'o' }, env: { type: 'string' } } });
      return (await import('./cli/teams-package.js')).runTeamsPackage({ out: values.out, env: values.env }, io);
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.stdout(USAGE + '\n');
      return command === undefined ? 2 : 0;
    default:
      io.stderr(`CLI_UNKNOWN_COMMAND: Unknown command "${command}". Run "chatops --help" for the list.\n`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const code = (e as { code?: string }).code;
    const line = code?.startsWith('ERR_PARSE_ARGS') ? `CLI_BAD_OPTION: ${(e as Error).message}. Run "chatops --help".` : `CLI_FAILED: ${(e as Error).message}`;
    process.stderr.write(line + '\n');
    process.exitCode = 2;
  },
);
