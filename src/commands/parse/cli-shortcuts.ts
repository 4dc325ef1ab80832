/**
 * Options the AWS CLI adds to a few operations on top of the API model, for commands people
 * type every day (awscli 1.45 customizations, mirrored):
 *
 * - ec2 authorize/revoke-security-group-ingress/egress: `--protocol tcp|udp|icmp|all|N`,
 *   `--port N|N-M|all`, `--cidr`, `--source-group`, `--group-owner` (ec2/secgroupsimplify.py);
 * - cloudwatch put-metric-data: `--metric-name`, `--value`, `--unit`, `--timestamp`,
 *   `--dimensions Name=Value,…`, `--statistic-values`, `--storage-resolution` (putmetricdata.py);
 * - deploy create-deployment / get-application-revision / register-application-revision:
 *   `--s3-location bucket=…,key=…,bundleType=…` and `--github-location` (codedeploy/locationargs.py).
 *
 * Each builds the API member it stands for; mixing it with that member is refused, as the CLI does.
 */
import { CommandParseError } from './parse-error.js';
import { parseNumber } from './scalars.js';
import { parseShorthand, ShorthandSyntaxError } from './shorthand.js';

export interface Shortcut {
  /** The options it adds, without `--`. */
  options: string[];
  /** The API member the options build; it stops being required. */
  member: string;
  /** Fills `params[member]` from the options given (name → text). */
  apply(given: ReadonlyMap<string, string>, params: Record<string, unknown>): void;
}

const SECURITY_GROUP: Shortcut = {
  options: ['protocol', 'port', 'cidr', 'source-group', 'group-owner'],
  member: 'IpPermissions',
  apply(given, params) {
    const permission: Record<string, unknown> = {};
    const protocol = given.get('protocol');
    if (protocol) permission.IpProtocol = ipProtocol(protocol);
    const port = given.get('port');
    if (port) Object.assign(permission, portRange(port));
    const cidr = given.get('cidr');
    if (cidr) permission.IpRanges = [{ CidrIp: cidr }];
    const pair: Record<string, string> = {};
    const group = given.get('source-group');
    if (group) pair[group.startsWith('sg-') ? 'GroupId' : 'GroupName'] = group;
    const owner = given.get('group-owner');
    if (owner) pair.UserId = owner;
    if (Object.keys(pair).length) permission.UserIdGroupPairs = [pair];
    params.IpPermissions = [permission];
  },
};

function ipProtocol(text: string): string {
  const n = Number(text);
  if (/^-?\d+$/.test(text) && (n === -1 || (n >= 0 && n <= 255))) return text;
  if (['tcp', 'udp', 'icmp'].includes(text)) return text;
  if (text === 'all') return '-1';
  throw new CommandParseError('invalid-value', `--protocol "${text}" is not tcp, udp, icmp, all or a protocol number (0-255, or -1 for all).`, { nextStep: 'Write --protocol tcp.' });
}

function portRange(text: string): { FromPort: number; ToPort: number } {
  const [from, to] = text === 'all' || text === '-1' ? ['-1', '-1'] : text.includes('-') ? [text.slice(0, text.indexOf('-')), text.slice(text.indexOf('-') + 1)] : [text, text];
  const range = { FromPort: Number(from), ToPort: Number(to) };
  if (!/^-?\d+$/.test(from!) || !/^-?\d+$/.test(to!)) {
    throw new CommandParseError('invalid-value', `--port "${text}" is not a port or a range.`, { nextStep: 'Write --port 22, --port 8000-8080 or --port all.' });
  }
  return range;
}

const METRIC_DATA: Shortcut = {
  options: ['metric-name', 'timestamp', 'unit', 'value', 'dimensions', 'statistic-values', 'storage-resolution'],
  member: 'MetricData',
  apply(given, params) {
    const datum: Record<string, unknown> = {};
    const number = (option: string, text: string) => {
      const n = parseNumber(text);
      if (n === undefined) throw new CommandParseError('invalid-value', `--${option} expects a number; "${text}" is not one.`, { nextStep: `Write --${option} <number>.` });
      return n;
    };
    const pairs = (option: string, text: string) =>
      text.split(',').map((pair) => {
        const parts = pair.split('=');
        if (parts.length !== 2) throw new CommandParseError('invalid-value', `--${option} wants Name=Value pairs separated by commas, not "${pair}".`, { nextStep: `Write --${option} InstanceId=i-1,InstanceType=m5.large.` });
        return parts as [string, string];
      });
    for (const [option, text] of given) {
      if (option === 'metric-name') datum.MetricName = text;
      else if (option === 'unit') datum.Unit = text;
      else if (option === 'timestamp') datum.Timestamp = text;
      else if (option === 'value') datum.Value = number(option, text);
      else if (option === 'storage-resolution') datum.StorageResolution = number(option, text);
      else if (option === 'dimensions') datum.Dimensions = pairs(option, text).map(([Name, Value]) => ({ Name, Value }));
      else if (option === 'statistic-values') datum.StatisticValues = Object.fromEntries(pairs(option, text).map(([k, v]) => [k, number(option, v)]));
    }
    params.MetricData = [datum];
  },
};

const REVISION: Shortcut = {
  options: ['s3-location', 'github-location'],
  member: 'revision',
  apply(given, params) {
    for (const [option, text] of given) {
      const value = structure(option, text);
      const need = option === 's3-location' ? ['bucket', 'key', 'bundleType'] : ['repository', 'commitId'];
      const missing = need.filter((k) => !value[k]);
      if (missing.length) throw new CommandParseError('missing-required', `--${option} must give ${need.join(', ')}.`, { missing: missing.map((k) => `--${option} ${k}`), nextStep: `Write --${option} ${need.map((k) => `${k}=…`).join(',')}.` });
      const pick = (keys: string[]) => Object.fromEntries(keys.filter((k) => value[k] !== undefined).map((k) => [k, value[k]]));
      params.revision =
        option === 's3-location'
          ? { revisionType: 'S3', s3Location: pick(['bucket', 'key', 'bundleType', 'eTag', 'version']) }
          : { revisionType: 'GitHub', gitHubLocation: pick(['repository', 'commitId']) };
    }
  },
};

/** A structure written as JSON or shorthand. */
function structure(option: string, text: string): Record<string, unknown> {
  try {
    return /^\s*\{/.test(text) ? (JSON.parse(text) as Record<string, unknown>) : parseShorthand(text);
  } catch (e) {
    const code = e instanceof ShorthandSyntaxError ? 'invalid-shorthand' : 'invalid-json';
    throw new CommandParseError(code, `--${option} is neither Key=Value pairs nor JSON: ${(e as Error).message}.`, { nextStep: `Write --${option} Key=Value,Key2=Value2.`, cause: e });
  }
}

const SHORTCUTS: Readonly<Record<string, Shortcut>> = {
  'ec2.authorize-security-group-ingress': SECURITY_GROUP,
  'ec2.authorize-security-group-egress': SECURITY_GROUP,
  'ec2.revoke-security-group-ingress': SECURITY_GROUP,
  'ec2.revoke-security-group-egress': SECURITY_GROUP,
  'cloudwatch.put-metric-data': METRIC_DATA,
  'deploy.create-deployment': REVISION,
  'deploy.get-application-revision': REVISION,
  'deploy.register-application-revision': REVISION,
};

export function shortcutFor(service: string, operation: string): Shortcut | undefined {
  const key = `${service}.${operation}`;
  return Object.hasOwn(SHORTCUTS, key) ? SHORTCUTS[key] : undefined;
}
