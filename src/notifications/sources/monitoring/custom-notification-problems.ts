import type { z } from 'zod';
import { get } from '../read.js';
import { formatNumber } from '../../../support/format-number.js';

/** What each field is for, said when it is missing or of the wrong type. */
const EXPECTED: Record<string, string> = {
  version: 'the string "1.0"',
  source: 'the string "custom"',
  content: 'an object with at least "description"',
  'content.description': 'the message text, a string of 1 to 8,000 characters',
  'content.title': 'a string of up to 250 characters',
  'content.textType': '"client-markdown" (or leave it out)',
  'content.nextSteps': 'a list of strings, each up to 350 characters',
  'content.keywords': 'a list of strings, each up to 75 characters',
  metadata: 'an object',
  'metadata.additionalContext': 'an object whose values are all strings',
  'metadata.relatedResources': 'a list of strings',
};

/** What one item of a list (or one value of additionalContext) must be. */
const EXPECTED_ITEM: Record<string, string> = {
  'content.nextSteps': 'a string of up to 350 characters',
  'content.keywords': 'a string of up to 75 characters',
  'metadata.relatedResources': 'a string',
  'metadata.additionalContext': 'a string (additionalContext maps names to string values)',
};

/** ["content", "nextSteps", 1] → "content.nextSteps[1]". */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** The generic name of a path for EXPECTED: "content.nextSteps[1]" → "content.nextSteps". */
function generic(path: readonly PropertyKey[]): string {
  const named = path.filter((k) => typeof k !== 'number');
  if (named[0] === 'metadata' && named[1] === 'additionalContext') return 'metadata.additionalContext';
  return named.map(String).join('.');
}

function typeName(v: unknown): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/**
 * One sentence per problem, saying which field is wrong and what is expected, e.g.
 * "content.title is 312 characters; the limit is 250".
 */
export function describeProblems(issues: readonly z.core.$ZodIssue[], input: unknown): string[] {
  const lines = issues.map((issue) => {
    const where = fieldPath(issue.path) || 'The message';
    const value = get(input, ...issue.path.filter((k): k is string | number => typeof k === 'string' || typeof k === 'number'));
    const name = generic(issue.path);
    const isItem = typeof issue.path.at(-1) === 'number' || (name === 'metadata.additionalContext' && issue.path.length > 2);
    const expected = isItem ? EXPECTED_ITEM[name] : EXPECTED[name];
    switch (issue.code) {
      case 'too_big':
        return typeof value === 'string'
          ? `${where} is ${formatNumber(value.length)} characters; the limit is ${formatNumber(Number(issue.maximum))}`
          : `${where} is too long; the limit is ${formatNumber(Number(issue.maximum))}`;
      case 'too_small':
        return `${where} is empty; it is required${expected ? ` (${expected})` : ''}`;
      case 'invalid_value':
        return `${where} is ${value === undefined ? 'missing' : JSON.stringify(value)}; it must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
      case 'invalid_type':
        return value === undefined
          ? `${where} is missing; it is required${expected ? ` (${expected})` : ''}`
          : `${where} is ${typeName(value)}; it must be ${expected ?? issue.expected}`;
      default:
        return `${where}: ${issue.message}`;
    }
  });
  return [...new Set(lines)];
}
