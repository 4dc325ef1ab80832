/**
 * Checks a custom action before it is saved and says every problem in words a chat user can
 * act on, each with the field it belongs to (the dialog shows it next to that step). Shape
 * only: whether the command's first word is a known service or shortcut is the caller's check.
 * Limits are the reference's (AWS Chatbot API: CustomActionAttachment and its criteria).
 */
import { ChatOpsError } from '../core/errors.js';
import { CRITERION_OPERATORS, type ActionCriterion, type ActionTarget, type NewCustomAction } from '../ports/custom-actions.js';
import { fillCommand } from './cli-fill.js';
import { jsonProblem } from './json-fill.js';
import { lambdaArnRegion, lambdaNameProblem, REGION_CODE } from './lambda-name.js';
import { placeholderNames } from './placeholders.js';
import { resolvePayload } from './resolve.js';

export const ACTION_LIMITS = { name: 64, buttonText: 20, criteria: 5, variableName: 100, criterionValue: 1024 } as const;
const ACTION_NAME = /^[A-Za-z0-9 _-]{1,64}$/;
const VARIABLE_NAME = /^[A-Za-z0-9_-]{1,100}$/;

export type ActionField = 'name' | 'buttonText' | 'target' | 'criteria';
export interface ActionProblem {
  field: ActionField;
  message: string;
}

type ActionInput = Pick<NewCustomAction, 'name' | 'buttonText' | 'target' | 'criteria'>;

/** Every problem, in field order; an empty list means the action can be saved. */
export function validateAction(input: ActionInput): ActionProblem[] {
  return [
    ...nameProblems(input.name).map((message) => ({ field: 'name' as const, message })),
    ...buttonTextProblems(input.buttonText).map((message) => ({ field: 'buttonText' as const, message })),
    ...targetProblems(input.target).map((message) => ({ field: 'target' as const, message })),
    ...criteriaProblems(input.criteria).map((message) => ({ field: 'criteria' as const, message })),
  ];
}

/** Characters as a person counts them: "👍🏽" and "é" are one each. */
export function graphemeCount(text: string): number {
  return [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].length;
}

function nameProblems(name: string): string[] {
  if (!name.trim()) return ['The action needs a name.'];
  if (name.length > ACTION_LIMITS.name) return [`The name is ${name.length} characters; the limit is ${ACTION_LIMITS.name}.`];
  if (!ACTION_NAME.test(name)) return ['The name may use only letters, digits, spaces, "_" and "-".'];
  return [];
}

function buttonTextProblems(text: string): string[] {
  if (!text.trim()) return ['The button needs text.'];
  if (/[\r\n]/.test(text)) return ['The button text must be on one line.'];
  const count = graphemeCount(text);
  return count > ACTION_LIMITS.buttonText ? [`The button text is ${count} characters; the limit is ${ACTION_LIMITS.buttonText} (emoji allowed).`] : [];
}

function targetProblems(target: ActionTarget): string[] {
  if (target.kind === 'cli') return commandProblems(target.command);
  if (target.kind === 'lambda') return lambdaProblems(target);
  return ['The action must run a CLI command or a Lambda function.'];
}

function commandProblems(command: string): string[] {
  const text = command.trim();
  if (!text) return ['The command is empty. Enter the command to run, such as: ec2 reboot-instances --instance-ids $InstanceId'];
  const problems: string[] = [];
  if (/^@aws\b/i.test(text)) problems.push('Leave out "@aws": enter the command that follows it.');
  try {
    const dummy = Object.fromEntries(placeholderNames(text).map((n) => [n, 'x']));
    const { words } = fillCommand(text, dummy);
    const head = fillCommand(text, {}).words;
    const fixed = head[1] !== undefined && !head[1].startsWith('-') ? 2 : 1;
    if (head.slice(0, fixed).some((w) => w.includes('$'))) problems.push('The service and operation (the first words of the command) cannot be variables.');
    if (words.length === 0) problems.push('The command is empty.');
  } catch (e) {
    if (!(e instanceof ChatOpsError)) throw e;
    problems.push(e.nextStep ? `${e.userMessage} ${e.nextStep}` : e.userMessage);
  }
  return problems;
}

function lambdaProblems(target: Extract<ActionTarget, { kind: 'lambda' }>): string[] {
  const problems: string[] = [];
  const name = lambdaNameProblem(target.functionName);
  if (name) problems.push(name);
  if (target.region !== undefined && target.region !== '') {
    if (!REGION_CODE.test(target.region)) problems.push(`"${target.region}" is not a Region code (such as us-east-1).`);
    const inArn = lambdaArnRegion(target.functionName);
    if (inArn && REGION_CODE.test(target.region) && inArn !== target.region) problems.push(`The function's ARN is in ${inArn}, but the Region chosen is ${target.region}.`);
  }
  if (!target.payload.trim()) problems.push('The payload is empty. Enter JSON, such as {"alarm": "$AlarmName"}.');
  else {
    const dummy = Object.fromEntries(placeholderNames(target.payload).map((n) => [n, 'x']));
    const why = jsonProblem(resolvePayload(target.payload, dummy).resolved);
    if (why) problems.push(`The payload is not valid JSON (with each $Variable read as a string): ${why}.`);
  }
  return problems;
}

function criteriaProblems(criteria: readonly ActionCriterion[]): string[] {
  const problems: string[] = [];
  if (criteria.length > ACTION_LIMITS.criteria) problems.push(`There are ${criteria.length} display criteria; the limit is ${ACTION_LIMITS.criteria}.`);
  criteria.forEach((c, i) => {
    const which = `Criterion ${i + 1}`;
    if (!VARIABLE_NAME.test(c.variable)) problems.push(`${which}: the variable name must be 1 to ${ACTION_LIMITS.variableName} letters, digits, "_" or "-".`);
    if (!(CRITERION_OPERATORS as readonly string[]).includes(c.operator)) problems.push(`${which}: the condition must be "has value" or "equals".`);
    else if (c.operator === 'EQUALS') {
      if (c.value === undefined || c.value === '') problems.push(`${which}: "equals" needs a value to compare with.`);
      else if (c.value.length > ACTION_LIMITS.criterionValue) problems.push(`${which}: the value is ${c.value.length} characters; the limit is ${ACTION_LIMITS.criterionValue}.`);
    } else if (c.value !== undefined && c.value !== '') problems.push(`${which}: "has value" takes no value; remove "${c.value}" or use "equals".`);
  });
  return problems;
}
