/**
 * A custom action's target with the notification's `$Variables` filled in: for a CLI target
 * the command line (each value one shell word, never an option: cli-fill.ts); for a Lambda
 * target the payload (each value JSON-escaped inside a string, a JSON string elsewhere).
 * `missing` names the variables the notification has no value for, in order; the caller asks
 * for them (a dialog) and resolves again with the answers added. While something is missing,
 * `resolved` is a preview in which those placeholders stay as written.
 */
import type { ActionTarget } from '../ports/custom-actions.js';
import { fillCommand } from './cli-fill.js';
import { fillJson } from './json-fill.js';
import { PLACEHOLDER_SOURCE, hasValue, missingOf, placeholderNames } from './placeholders.js';

export interface Resolved {
  resolved: string;
  missing: string[];
}

/** Throws a ChatOpsError (`custom-action-*`, `invalid-quoting`) when a value can't be placed safely. */
export function resolveTarget(target: ActionTarget, variables: Readonly<Record<string, string>>): Resolved {
  return target.kind === 'cli' ? resolveCommand(target.command, variables) : resolvePayload(target.payload, variables);
}

export function resolveCommand(command: string, variables: Readonly<Record<string, string>>): Resolved {
  const { resolved, missing } = fillCommand(command.trim(), variables);
  return { resolved, missing };
}

export function resolvePayload(payload: string, variables: Readonly<Record<string, string>>): Resolved {
  const resolved = fillJson(payload, PLACEHOLDER_SOURCE, (name) => (hasValue(variables, name) ? variables[name] : undefined));
  return { resolved, missing: missingOf(placeholderNames(payload), variables) };
}

/** The variables a target uses, in order of first appearance. */
export function targetVariables(target: ActionTarget): string[] {
  return placeholderNames(target.kind === 'cli' ? target.command : target.payload);
}
