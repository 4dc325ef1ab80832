/**
 * The AWS CLI's global options (awscli/data/cli.json), which may appear anywhere on the line —
 * also abbreviated (`--out table`) and before the service. Three are honoured: `--region`
 * (checked as botocore checks a region name), `--query` (compiled with the `jmespath` package,
 * as the CLI does) and `--output json|text|table`. Presentation-only ones are accepted and
 * ignored (`--no-paginate`: chat never auto-paginates; `--color`, `--debug`), and so is CLI v2's
 * `--cli-binary-format raw-in-base64-out`, which AWS's v2 examples add to `lambda invoke`: chat
 * always sends a blob (`--payload`) as the bytes of the text typed, as CLI v1 does; v2's default
 * `base64` (the value is base64 to decode) is refused, since a chat user types JSON. The rest change
 * credentials, endpoints, TLS or the process, so they are refused, never silently honoured. As in
 * the CLI, a prefix of a global wins over the operation's options (`--endpoint` is
 * `--endpoint-url`), which is why the CLI renames such members; the refusal says so.
 */
import { createRequire } from 'node:module';
import type { OptionSpec } from './argparse.js';
import { CommandParseError, orList } from './parse-error.js';

const one = (dest: string): OptionSpec => ({ nargs: 'one', dest });
const flag = (dest: string): OptionSpec => ({ nargs: 'flag', dest, const: true });

export const GLOBAL_OPTIONS: ReadonlyMap<string, OptionSpec> = new Map([
  ['--debug', flag('debug')],
  ['--endpoint-url', one('endpoint-url')],
  ['--no-verify-ssl', flag('no-verify-ssl')],
  ['--no-paginate', flag('no-paginate')],
  ['--output', one('output')],
  ['--query', one('query')],
  ['--profile', one('profile')],
  ['--region', one('region')],
  ['--version', flag('version')],
  ['--color', one('color')],
  ['--no-sign-request', flag('no-sign-request')],
  ['--ca-bundle', one('ca-bundle')],
  ['--cli-read-timeout', one('cli-read-timeout')],
  ['--cli-connect-timeout', one('cli-connect-timeout')],
  ['--v2-debug', flag('v2-debug')],
  ['--cli-binary-format', one('cli-binary-format')],
]);

const OUTPUTS = ['json', 'text', 'table'];
const COLORS = ['on', 'off', 'auto'];
const BINARY_FORMATS = ['raw-in-base64-out', 'base64'];
const IGNORED = new Set(['no-paginate', 'color', 'debug', 'v2-debug']);
const WHY_REFUSED: Record<string, string> = {
  profile: 'Chat commands run with the channel\'s role, not a local profile.',
  'endpoint-url': 'Chat commands always call the AWS endpoint of the region.',
  'no-verify-ssl': 'TLS certificates are always verified.',
  'ca-bundle': 'TLS certificates are verified with the service\'s own trust store.',
  'no-sign-request': 'Requests are always signed with the channel\'s role.',
  'cli-read-timeout': 'The service sets the timeout of chat commands.',
  'cli-connect-timeout': 'The service sets the timeout of chat commands.',
  version: 'There is no CLI version in chat; commands run through the AWS SDK.',
};

/** botocore utils.validate_region_name: a host label. */
const REGION = /^(?![0-9]+$)(?!-)[a-zA-Z0-9-]{0,63}$/;

export interface Globals {
  region?: string;
  query?: string;
  output?: 'json' | 'text' | 'table';
}

/** Checks the global options given (dest → value) and keeps the three that count. */
export function readGlobals(values: ReadonlyMap<string, { option: string; value: unknown }>): Globals {
  const out: Globals = {};
  for (const [dest, { value }] of values) {
    if (IGNORED.has(dest)) {
      if (dest === 'color' && !COLORS.includes(String(value))) throw badChoice('--color', String(value), COLORS);
      continue;
    }
    if (dest === 'output') {
      if (!OUTPUTS.includes(String(value))) throw badChoice('--output', String(value), OUTPUTS);
      out.output = value as Globals['output'];
    } else if (dest === 'region') {
      out.region = checkRegion(String(value));
    } else if (dest === 'query') {
      out.query = checkQuery(String(value));
    } else if (dest === 'cli-binary-format') {
      checkBinaryFormat(String(value));
    } else {
      throw new CommandParseError('unsupported-option', `--${dest} can't be used in chat. ${WHY_REFUSED[dest] ?? ''}`.trim(), {
        nextStep: `Remove --${dest} and send the command again. If you meant an option of the operation, write its full name (a shorter start is read as --${dest}, as the AWS CLI does).`,
      });
    }
  }
  return out;
}

function badChoice(option: string, given: string, choices: string[]): CommandParseError {
  return new CommandParseError('invalid-value', `${option} "${given}" is not one of ${orList(choices)}.`, { nextStep: `Use ${option} ${choices[0]}.` });
}

/** `raw-in-base64-out` is what chat does anyway; `base64` would mean decoding what was typed. */
function checkBinaryFormat(format: string): void {
  if (!BINARY_FORMATS.includes(format)) throw badChoice('--cli-binary-format', format, BINARY_FORMATS);
  if (format === 'base64') {
    throw new CommandParseError('unsupported-option', '--cli-binary-format base64 can\'t be used in chat: chat sends a value such as --payload as the text you type (raw-in-base64-out).', {
      nextStep: 'Remove --cli-binary-format base64 and type the value itself, e.g. --payload {"key": "value"}.',
    });
  }
}

function checkRegion(region: string): string {
  if (region === '') throw new CommandParseError('invalid-value', '--region needs a region name.', { nextStep: 'Write a region like --region us-east-1.' });
  if (!REGION.test(region) || region.endsWith('-')) {
    throw new CommandParseError('invalid-region', `"${region}" is not a region name.`, { nextStep: 'Write a region like us-east-1 or eu-west-1.' });
  }
  return region;
}

interface JmesPath {
  compile(expression: string): unknown;
}
let jmespath: JmesPath | undefined;

function checkQuery(query: string): string {
  jmespath ??= createRequire(import.meta.url)('jmespath') as JmesPath;
  try {
    jmespath.compile(query);
  } catch (e) {
    throw new CommandParseError('invalid-query', `--query "${query}" is not a valid JMESPath expression: ${(e as Error).message}.`, {
      nextStep: 'Check the brackets and quotes of the query; examples are at https://jmespath.org/tutorial.html.',
      cause: e,
    });
  }
  return query;
}
