/**
 * Display criteria: a custom action's button shows on a notification when every criterion
 * holds (none: always). HAS_VALUE: the variable is there and not blank. EQUALS: the variable is
 * exactly the criterion's value (case and spaces count).
 */
import type { ActionCriterion, CustomActionRecord } from '../ports/custom-actions.js';
import { hasValue } from './placeholders.js';

export function criterionHolds(c: ActionCriterion, variables: Readonly<Record<string, string>>): boolean {
  if (c.operator === 'HAS_VALUE') return hasValue(variables, c.variable);
  return Object.hasOwn(variables, c.variable) && variables[c.variable] === (c.value ?? '');
}

export function showsOn(action: Pick<CustomActionRecord, 'criteria'>, variables: Readonly<Record<string, string>>): boolean {
  return action.criteria.every((c) => criterionHolds(c, variables));
}
