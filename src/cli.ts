#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runRender } from './cli/render.js';

const USAGE = `Usage: chatops <command> [options]

Commands:
  start                 run the service (HTTP: SNS endpoint, Slack, Teams, sandbox page)
  render FILE           render an event as a Slack, Teams or neutral card (--platform slack|teams|neutral)
  config validate       check the configuration file (--config FILE)
  send-test             send a sample notification through the running service (--config NAME)

Run "chatops <command> --help" for the options of one command.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const io = {
    stdout: (s: string) => process.stdout.write(s),
    stderr: (s: string) => process.stderr.write(s),
    readStdin: () => readFileSync(0),
  };
  switch (command) {
    case 'render': {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { platform: { type: 'string', short: 'p' }, templates: { type: 'string' } } });
      return runRender({ file: positionals[0], platform: values.platform, templatesDir: values.templates }, io);
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
    process.stderr.write(`CLI_FAILED: ${(e as Error).message}\n`);
    process.exitCode = 1;
  },
);
