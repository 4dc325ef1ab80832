/**
 * Policies the org-policy tests share, written as the reference writes them (`{"@@assign": …}`),
 * and a reader for the reference's own example, taken in place from the seed document.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseOrgPolicy } from '../../../src/permissions/org-policy/index.js';

export const assign = (value: unknown): { '@@assign': unknown } => ({ '@@assign': value });

/** Parses a policy written as an object (or a list of levels). */
export const policyOf = (doc: unknown) => parseOrgPolicy(JSON.stringify(doc, null, 2));

/** The reference tutorial's policy: no Chime, no Teams, Slack in named workspaces, private channels, user roles. */
export const TUTORIAL = {
  chatbot: {
    platforms: {
      chime: { client: assign('disabled') },
      microsoft_teams: { client: assign('disabled') },
      slack: {
        client: assign('enabled'),
        workspaces: assign(['T0ALLOWED1', 'T0ALLOWED2']),
        default: { supported_channel_types: assign(['private']), supported_role_settings: assign(['user_role']) },
      },
    },
  },
};

/** One platform enabled under a disabled default. */
export const ONLY_TEAMS = {
  chatbot: {
    platforms: { microsoft_teams: { client: assign('enabled') } },
    default: { client: assign('disabled') },
  },
};

/** The example JSON of 000 "Example AWS Chatbot organization policy", exactly as the seed prints it (with its `//` comments, split by page breaks). */
export function referenceExampleText(): string {
  const seed = readFileSync(resolve(process.cwd(), '../shared/seeds/000_72a7df4364767a6d.txt'), 'utf8');
  const start = seed.indexOf('The following policy allows restricted AWS Chatbot access');
  const end = seed.indexOf('For Slack', start);
  if (start < 0 || end < 0) throw new Error('the example policy was not found in seed 000');
  return [...seed.slice(start, end).matchAll(/```\n([\s\S]*?)```/g)].map((m) => m[1]).join('');
}
