/**
 * Text → OrgPolicy. The text is the reference's policy JSON (comments allowed), or a JSON list of
 * levels `[root, ou, …, account]` folded in order. Every problem is reported at once in an
 * OrgPolicyError (ORG_POLICY_INVALID); nothing is half-accepted.
 */
import { expectedErrorMap } from '../../config/zod-problems.js';
import { effectivePolicy } from './effective-policy.js';
import { foldLevels } from './fold-levels.js';
import { levelSchemaOf } from './level-schema.js';
import { POLICY_SPEC } from './policy-spec.js';
import { OrgPolicyError, problemLine, problemsFromIssues } from './policy-problems.js';
import type { OrgPolicy } from './policy-types.js';
import { lineColumn, stripJsonComments } from './strip-comments.js';

const levelSchema = levelSchemaOf(POLICY_SPEC);
const WHOLE = 'a policy (a JSON mapping with "chatbot") or a list of policy levels [root, ou, …, account]';

/** `source` names the file in the error's headline. Throws OrgPolicyError. */
export function parseOrgPolicy(text: string, source?: string): OrgPolicy {
  const raw = readJson(text, source);
  const indexed = Array.isArray(raw);
  const levels: unknown[] = indexed ? raw : [raw];
  if (indexed && levels.length === 0) throw new OrgPolicyError([problemLine([], WHOLE, 'an empty list')], source);
  if (!indexed && (raw === null || typeof raw !== 'object')) throw new OrgPolicyError([problemLine([], WHOLE, describe(raw))], source);

  const problems: string[] = [];
  levels.forEach((level, i) => {
    const result = levelSchema.safeParse(level, { error: expectedErrorMap });
    if (!result.success) problems.push(...problemsFromIssues(result.error.issues, level, indexed ? [i] : []));
  });
  if (problems.length) throw new OrgPolicyError(problems, source);

  const folded = foldLevels(levels, POLICY_SPEC, indexed);
  const { policy, problems: limits } = effectivePolicy(folded.effective, levels.length);
  problems.push(...folded.problems, ...limits);
  if (problems.length) throw new OrgPolicyError(problems, source);
  return policy;
}

function readJson(text: string, source?: string): unknown {
  const stripped = stripJsonComments(text);
  if (!stripped.ok) {
    const { line, column } = lineColumn(text, stripped.offset);
    throw new OrgPolicyError([`line ${line}, column ${column}: expected */ to close the comment opened here; given the end of the text`], source);
  }
  try {
    return JSON.parse(stripped.text) as unknown;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const position = /at position (\d+)/.exec(message);
    const where = position ? (({ line, column }) => `line ${line}, column ${column}`)(lineColumn(text, Number(position[1]))) : '(the whole policy)';
    const reason = message.replace(/ in JSON at position \d+.*$/s, '');
    throw new OrgPolicyError([`${where}: expected JSON (// and /* */ comments are allowed); given text that is not JSON (${reason})`], source);
  }
}

function describe(value: unknown): string {
  return value === null ? 'null' : typeof value === 'string' ? 'a string' : String(value);
}
