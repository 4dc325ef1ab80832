/**
 * Which names hold secrets, for the audit log's redaction (redact-command.ts). One rule for CLI
 * options (`--master-user-password`), JSON and shorthand keys (`MasterUserPassword`,
 * `SecretString`) and environment variable names (`DB_PASSWORD`): the name is split into
 * lower-case words, then
 * - a word or run of words that names a secret (password, secret, credentials, private key, API
 *   key, plaintext, key material, pre-shared key, SSE customer key ...) makes it sensitive;
 * - a token is sensitive (`--session-token`, `--token-code`) but not a paging or idempotency one
 *   (`--next-token`, `--starting-token`, `--pagination-token`, `--client-token` ...);
 * - a name starting with auth (`--auth-parameters`, `Authorization`) is sensitive;
 * - but a name that ends in id, arn, name, type, length ... names or describes the secret
 *   without holding it (`--secret-id`, `--password-length`, `--authorization-type`).
 * Key ids are not secret, nor is a payload: `--kms-key-id` and `--payload` are kept.
 */

/** Sensitive when the words, joined, contain one of these. */
const SECRET_PARTS = ['password', 'passwd', 'passphrase', 'secret', 'credential', 'privatekey', 'apikey', 'plaintext', 'keymaterial', 'presharedkey', 'customerkey', 'sseckey'];
/** Sensitive when one of the words is one of these. */
const SECRET_WORDS = new Set(['pwd', 'pin', 'otp']);
/** Words before "token" that make it a paging or idempotency token, not a secret. */
const HARMLESS_TOKENS = new Set(['next', 'starting', 'pagination', 'continuation', 'page', 'client', 'idempotency', 'request', 'marker']);
/** A last word that makes the name describe a secret rather than hold it. */
const DESCRIBING = new Set(['id', 'ids', 'arn', 'arns', 'name', 'names', 'type', 'types', 'md5', 'length', 'age', 'prevention', 'required', 'policy', 'mode', 'flow', 'scopes', 'enabled']);

/** `--master-user-password`, `MasterUserPassword`, `DB_PASSWORD`, `SSECustomerKey` → their lower-case words. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

export function isSensitiveName(name: string): boolean {
  const words = nameWords(name);
  if (words.length === 0 || DESCRIBING.has(words[words.length - 1]!)) return false;
  const joined = words.join('');
  if (SECRET_PARTS.some((part) => joined.includes(part))) return true;
  if (words.some((w) => SECRET_WORDS.has(w))) return true;
  if (words[0]!.startsWith('auth')) return true;
  return words.some((w, i) => w === 'token' && !HARMLESS_TOKENS.has(words[i - 1] ?? ''));
}

/** Keys that name what the `Value` beside them holds (`ParameterKey=DBPassword,ParameterValue=…`, `{"name": "DB_PASSWORD", "value": …}`). */
export function isNamingKey(key: string): boolean {
  return ['name', 'key', 'parameterkey', 'parametername', 'optionname'].includes(nameWords(key).join(''));
}

/** Keys that hold the value named by a naming key beside them. */
export function isValueKey(key: string): boolean {
  return ['value', 'parametervalue', 'optionvalue'].includes(nameWords(key).join(''));
}
