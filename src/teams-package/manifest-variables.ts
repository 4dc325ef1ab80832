/**
 * The `${{NAME}}` placeholders of appPackage/manifest.json, filled the way the Teams toolkit does:
 * from environment variables. Two names get help:
 *   BOT_ID        falls back to CLIENT_ID (the variable the service itself reads);
 *   TEAMS_APP_ID  when unset, is derived from BOT_ID (a UUID v5 of the bot id), so every build of
 *                 the same bot has the same app id and an upload replaces the app instead of adding
 *                 a second one. `atk provision` writes a real TEAMS_APP_ID to env/.env.<name>.
 * Every other placeholder must be set; a missing one is a coded error naming it.
 */
import { createHash } from 'node:crypto';
import { ChatOpsError } from '../core/errors.js';

const PLACEHOLDER = /\$\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}/g;
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
/** Fixed namespace for TEAMS_APP_ID = UUIDv5(namespace, lower-case BOT_ID). Never change it. */
const TEAMS_APP_ID_NAMESPACE = 'f085947a-2e14-4323-bd80-35d6f2a8d58c';
/** Placeholders whose value must be a GUID (the schema's `id`, `botId`, `webApplicationInfo.id`). */
const GUID_NAMES = ['BOT_ID', 'TEAMS_APP_ID'];

export type Env = Readonly<Record<string, string | undefined>>;

export interface ResolvedVariables {
  values: Record<string, string>;
  /** Where a value came from when it was not its own variable, e.g. "BOT_ID from CLIENT_ID". */
  notes: string[];
}

/** Every placeholder name used in the strings of a parsed manifest, sorted, once each. */
export function placeholderNames(value: unknown): string[] {
  const names = new Set<string>();
  walkStrings(value, (s) => {
    for (const m of s.matchAll(PLACEHOLDER)) names.add(m[1]!);
    return s;
  });
  return [...names].sort();
}

/** Values for `names` from `env`, with the BOT_ID and TEAMS_APP_ID rules above. */
export function resolveVariables(names: readonly string[], env: Env): ResolvedVariables {
  const get = (name: string) => (env[name]?.trim() ? env[name]!.trim() : undefined);
  const values: Record<string, string> = {};
  const notes: string[] = [];
  const botId = get('BOT_ID') ?? get('CLIENT_ID');
  const missing: string[] = [];
  for (const name of names) {
    let value = name === 'BOT_ID' ? botId : get(name);
    if (name === 'BOT_ID' && value !== undefined && get('BOT_ID') === undefined) notes.push('BOT_ID from CLIENT_ID');
    if (value === undefined && name === 'TEAMS_APP_ID' && botId !== undefined) {
      value = teamsAppIdFor(botId);
      notes.push('TEAMS_APP_ID derived from BOT_ID');
    }
    if (value === undefined) missing.push(name);
    else values[name] = value;
  }
  // Without a bot id TEAMS_APP_ID can't be derived either: name only BOT_ID, the one to set.
  const unset = missing.includes('BOT_ID') ? missing.filter((name) => name !== 'TEAMS_APP_ID') : missing;
  if (unset.length > 0) {
    const list = unset.join(', ');
    throw new ChatOpsError('TEAMS_PACKAGE_MISSING_VARIABLE', `The manifest needs ${list}, which ${unset.length > 1 ? 'are' : 'is'} not set.`, {
      nextStep: unset.includes('BOT_ID')
        ? 'Set BOT_ID (or CLIENT_ID) to the bot\'s Microsoft Entra application (client) ID, e.g. "BOT_ID=<guid> npm run package", or add --env dev to read env/.env.dev after "atk provision --env dev".'
        : `Set ${list} in the environment or in the env file given with --env.`,
    });
  }
  for (const name of GUID_NAMES) {
    const value = values[name];
    if (value !== undefined && !GUID.test(value)) {
      throw new ChatOpsError('TEAMS_PACKAGE_BAD_ID', `${name} must be a GUID like 00000000-0000-0000-0000-000000000000; given "${value.slice(0, 60)}".`, {
        nextStep: name === 'BOT_ID' ? 'Use the Application (client) ID of the bot\'s Entra app registration.' : 'Unset it to derive one from BOT_ID, or use the id the Teams Developer Portal shows.',
      });
    }
  }
  return { values, notes };
}

/** A copy of the parsed manifest with every placeholder in its strings replaced. */
export function substitute<T>(manifest: T, values: Readonly<Record<string, string>>): T {
  return walkStrings(manifest, (s) => s.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole)) as T;
}

/** UUID v5 (RFC 9562) of the lower-case bot id in our namespace: stable per bot. */
export function teamsAppIdFor(botId: string): string {
  const namespace = Buffer.from(TEAMS_APP_ID_NAMESPACE.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(namespace).update(botId.toLowerCase(), 'utf8').digest().subarray(0, 16);
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function walkStrings(value: unknown, f: (s: string) => string): unknown {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((v) => walkStrings(v, f));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walkStrings(v, f)]));
  return value;
}
