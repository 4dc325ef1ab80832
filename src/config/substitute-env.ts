/**
 * `${NAME}` in a webhook URL is replaced with the environment variable NAME, so the secret part of
 * the URL can stay out of the file. Only `${NAME}` is special; a `$` alone is kept as written.
 */
import type { EnvSource } from './env.js';

export interface Substitution {
  /** The text with every reference replaced; undefined when a reference could not be resolved. */
  value?: string;
  /** Names referenced but not set (or empty). */
  missing: string[];
  /** The values that were put in (secrets: the caller hides them). */
  used: string[];
  /** A `${` without a closing `}` or with a name that is not [A-Za-z_][A-Za-z0-9_]*. */
  malformed?: string;
}

const REFERENCE = /\$\{([^}]*)\}/g;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function substituteEnv(text: string, env: EnvSource): Substitution {
  const missing: string[] = [];
  const used: string[] = [];
  let malformed: string | undefined;
  const value = text.replace(REFERENCE, (_match, name: string) => {
    if (!NAME.test(name)) {
      malformed ??= `\${${name}}`;
      return '';
    }
    const v = env[name];
    if (v === undefined || v === '') missing.push(name);
    else used.push(v);
    return v ?? '';
  });
  if (!malformed && value.includes('${')) malformed = '${ without a closing }';
  if (malformed || missing.length) return { missing, used, malformed };
  return { value, missing, used };
}

/** True when the text refers to at least one variable. */
export function hasEnvReference(text: string): boolean {
  return text.includes('${');
}
