/**
 * Custom actions declared in chatops.yml (issue #9), per chat configuration: the same shape as
 * those made with "Manage actions" in chat (src/ports/custom-actions.ts), read-only from chat.
 * A declared action wins over a chat-made one of the same name in that channel, and is checked
 * as strictly as one made in chat.
 */
import { z } from 'zod';
import { commandProblem } from '../actions/command-problem.js';
import { validateAction, type ActionField } from '../actions/validate-action.js';
import { commandIndex } from '../commands/schema/command-index.js';
import type { ActionCriterion, ActionTarget } from '../ports/custom-actions.js';

export const MAX_CRITERIA = 5;

/** Action names compare without case: "Reboot" and "reboot" are one action in a channel. */
export function sameActionName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
const NAME = /^[A-Za-z0-9 _-]{1,64}$/;
const VARIABLE = /^[A-Za-z0-9_-]{1,100}$/;
const NAME_WORDS = 'an action name of 1–64 letters, digits, spaces, _ or -';
const graphemes = (s: string): number => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s)].length;

export interface CustomActionConfig {
  name: string;
  buttonText: string;
  target: ActionTarget;
  criteria: ActionCriterion[];
}

const criterionSchema = z
  .strictObject(
    {
      variable: z.string({ error: 'a variable name of 1–100 letters, digits, _ or -' }).regex(VARIABLE, { error: 'a variable name of 1–100 letters, digits, _ or -' }),
      operator: z.enum(['HAS_VALUE', 'EQUALS'], { error: 'HAS_VALUE or EQUALS' }),
      value: z.string({ error: 'a value (text, at most 1024 characters)' }).max(1024, { error: 'a value of at most 1024 characters' }).optional(),
    },
    { error: 'a criterion (variable, operator, value)' },
  )
  .superRefine((c, ctx) => {
    if (c.operator === 'EQUALS' && c.value === undefined) ctx.addIssue({ code: 'custom', path: ['value'], message: 'a value to compare with (EQUALS needs one)' });
    if (c.operator === 'HAS_VALUE' && c.value !== undefined) ctx.addIssue({ code: 'custom', path: ['value'], message: 'no value (HAS_VALUE only checks that the variable has one)' });
  });

export const customActionSchema = z
  .strictObject(
    {
      name: z.string({ error: NAME_WORDS }).regex(NAME, { error: NAME_WORDS }),
      buttonText: z.string({ error: 'a button text of 1–20 characters (emoji allowed)' }).refine((t) => graphemes(t) >= 1 && graphemes(t) <= 20, { error: 'a button text of 1–20 characters (emoji allowed)' }),
      command: z.string({ error: 'a command line after "@aws", with $Variables' }).min(1).optional(),
      lambda: z
        .strictObject(
          {
            functionName: z.string({ error: 'a Lambda function name or ARN' }).min(1),
            region: z.string({ error: 'an AWS region like eu-west-1' }).regex(/^[a-z]{2}(-[a-z]+)+-\d$/, { error: 'an AWS region like eu-west-1' }).optional(),
            payload: z.string({ error: 'a JSON payload (text) with $Variables' }).default('{}'),
          },
          { error: 'a Lambda target (functionName, region, payload)' },
        )
        .optional(),
      criteria: z.array(criterionSchema, { error: 'a list of criteria' }).max(MAX_CRITERIA, { error: `at most ${MAX_CRITERIA} criteria` }).default([]),
    },
    { error: 'a custom action (name, buttonText, command or lambda, criteria)' },
  )
  .superRefine((a, ctx) => {
    if ((a.command === undefined) === (a.lambda === undefined)) ctx.addIssue({ code: 'custom', path: ['command'], message: 'either command or lambda (one target)' });
  })
  .transform(
    (a): CustomActionConfig => ({
      name: a.name,
      buttonText: a.buttonText,
      target: a.command !== undefined ? { kind: 'cli', command: a.command } : { kind: 'lambda', functionName: a.lambda!.functionName, payload: a.lambda!.payload, ...(a.lambda!.region ? { region: a.lambda!.region } : {}) },
      criteria: a.criteria.map((c) => ({ variable: c.variable, operator: c.operator, ...(c.value !== undefined ? { value: c.value } : {}) })),
    }),
  )
  .superRefine(checkAsInChat);

/** Where in the file a problem of validateAction belongs. */
const FIELD_PATH: Record<ActionField, (a: CustomActionConfig) => string> = {
  name: () => 'name',
  buttonText: () => 'buttonText',
  target: (a) => (a.target.kind === 'cli' ? 'command' : 'lambda'),
  criteria: () => 'criteria',
};

/**
 * The checks an action made in chat gets (validateAction, then the command parsed as the click
 * would parse it), so that a declared action fails when the configuration loads, not when
 * someone clicks its button.
 */
function checkAsInChat(a: CustomActionConfig, ctx: z.RefinementCtx): void {
  const problems = validateAction(a);
  for (const p of problems) ctx.addIssue({ code: 'custom', path: [FIELD_PATH[p.field](a)], message: `an action that can be saved (${p.message})` });
  if (a.target.kind !== 'cli' || problems.some((p) => p.field === 'target')) return;
  const why = commandProblem(a.target, commandIndex());
  if (why) ctx.addIssue({ code: 'custom', path: ['command'], message: `a command this service can run (${why})` });
}

export const customActionsSchema = z.array(customActionSchema, { error: 'a list of custom actions' }).superRefine((list, ctx) => {
  const seen = new Set<string>();
  list.forEach((a, i) => {
    const key = a.name.toLowerCase();
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `each action name once (${a.name} is listed twice)` });
    seen.add(key);
  });
});
