/**
 * `$Name` placeholders in a custom action's command or payload: the alias syntax
 * (src/commands/aliases/alias-params.ts), so one rule holds everywhere. A "$" and a name of
 * letters, digits, "_" and inner "-" (`$InstanceId`, `$role-name`); "$$" is a literal "$".
 */
import { aliasParams } from '../commands/aliases/alias-params.js';

/** The alias placeholder pattern (group 1: the name; no group 1: "$$"). Kept equal to alias-params.ts by a test. */
export const PLACEHOLDER_SOURCE = String.raw`\$\$|\$([A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*)`;

/** The variable names a command or payload uses, in order of first appearance, each once. */
export function placeholderNames(text: string): string[] {
  return aliasParams(text);
}

/** Has a value a button can use: present and not blank. */
export function hasValue(variables: Readonly<Record<string, string>>, name: string): boolean {
  return Object.hasOwn(variables, name) && typeof variables[name] === 'string' && variables[name].trim() !== '';
}

/** The names of `names` that have no usable value, in order. */
export function missingOf(names: readonly string[], variables: Readonly<Record<string, string>>): string[] {
  return names.filter((n) => !hasValue(variables, n));
}
