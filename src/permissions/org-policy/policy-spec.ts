/**
 * The shape of one level of an organization chat policy, written once and used three ways: to
 * build the zod schema of a level (level-schema.ts), to fold levels (fold-levels.ts) and to name
 * the keys a typo could have meant. Keys follow the reference's example (000 "Example AWS Chatbot
 * organization policy"); `sandbox` and `default_guardrail_policy_arns` are our extensions.
 */
import { z } from 'zod';
import { CLIENT_STATES, POLICY_CHANNEL_TYPES, ROLE_SETTINGS } from './policy-types.js';

export const OPS_KEY = '@@operators_allowed_for_child_policies';
export const VALUE_OPERATORS = ['@@assign', '@@append', '@@remove'] as const;
export type ValueOperator = (typeof VALUE_OPERATORS)[number];

/** The reference's limits (the comments in its example). */
export const ORG_POLICY_LIMITS = { slackWorkspaces: 255, slackOverrides: 255, teamsTenants: 36, teamsTeams: 36, guardrails: 10 } as const;

export interface LeafSpec {
  kind: 'leaf';
  /** Lists take @@append and @@remove; single values only @@assign. */
  list: boolean;
  item: z.ZodType<string>;
  /** What the items are, plural: "Slack workspace ids". */
  words: string;
  max?: number;
}
export interface ObjectSpec {
  kind: 'object';
  fields: Readonly<Record<string, SpecNode>>;
}
export interface MapSpec {
  kind: 'map';
  /** What a key is: "a Slack workspace id". */
  key: string;
  /** What the keys are, plural, for the limit: "workspace overrides". */
  words: string;
  max: number;
  child: SpecNode;
}
export type SpecNode = LeafSpec | ObjectSpec | MapSpec;

const POLICY_ARN = /^arn:aws[a-z-]*:iam::(\d{12}|aws):policy\/[\w+=,.@/-]{1,512}$/;
const POLICY_ARN_WORDS = 'a managed policy ARN like arn:aws:iam::aws:policy/ReadOnlyAccess';
const ID_WORDS = 'an id (text)';

const list = (item: z.ZodType<string>, words: string, max?: number): LeafSpec => ({ kind: 'leaf', list: true, item, words, ...(max !== undefined ? { max } : {}) });
const id = z.string({ error: ID_WORDS }).min(1, { error: ID_WORDS });
const client: LeafSpec = { kind: 'leaf', list: false, item: z.enum(CLIENT_STATES), words: 'client settings' };
const guardrails = list(z.string({ error: POLICY_ARN_WORDS }).regex(POLICY_ARN, { error: POLICY_ARN_WORDS }), 'managed policy ARNs', ORG_POLICY_LIMITS.guardrails);

const settings: ObjectSpec = {
  kind: 'object',
  fields: {
    supported_channel_types: list(z.enum(POLICY_CHANNEL_TYPES), 'channel types'),
    supported_role_settings: list(z.enum(ROLE_SETTINGS), 'role settings'),
    default_guardrail_policy_arns: guardrails,
  },
};

const slack: ObjectSpec = {
  kind: 'object',
  fields: {
    client,
    workspaces: list(id, 'Slack workspace ids', ORG_POLICY_LIMITS.slackWorkspaces),
    default: settings,
    overrides: { kind: 'map', key: 'a Slack workspace id', words: 'workspace overrides', max: ORG_POLICY_LIMITS.slackOverrides, child: settings },
  },
};

const teams: ObjectSpec = {
  kind: 'object',
  fields: {
    client,
    tenants: { kind: 'map', key: 'a Microsoft Teams tenant id', words: 'tenants', max: ORG_POLICY_LIMITS.teamsTenants, child: list(id, 'team ids', ORG_POLICY_LIMITS.teamsTeams) },
    default: settings,
    overrides: {
      kind: 'map',
      key: 'a Microsoft Teams tenant id',
      words: 'tenant overrides',
      max: ORG_POLICY_LIMITS.teamsTenants,
      child: { kind: 'map', key: 'a Microsoft Teams team id', words: 'team overrides', max: ORG_POLICY_LIMITS.teamsTeams, child: settings },
    },
  },
};

export const POLICY_SPEC: ObjectSpec = {
  kind: 'object',
  fields: {
    chatbot: {
      kind: 'object',
      fields: {
        platforms: {
          kind: 'object',
          fields: {
            slack,
            microsoft_teams: teams,
            chime: { kind: 'object', fields: { client } },
            sandbox: { kind: 'object', fields: { client, default: settings } },
          },
        },
        default: { kind: 'object', fields: { client, default_guardrail_policy_arns: guardrails } },
      },
    },
  },
};

/** The spec node at a path inside one level, if the path follows the spec. */
export function specAt(path: readonly PropertyKey[]): SpecNode | undefined {
  let node: SpecNode | undefined = POLICY_SPEC;
  for (const seg of path) {
    if (!node || node.kind === 'leaf') return undefined;
    node = node.kind === 'object' ? node.fields[String(seg)] : node.child;
  }
  return node;
}

/** The keys allowed in the mapping at a path (for "did you mean"). */
export function keysAt(path: readonly PropertyKey[]): string[] {
  const node = specAt(path);
  if (!node) return [];
  if (node.kind === 'object') return [...Object.keys(node.fields), OPS_KEY];
  if (node.kind === 'leaf') return node.list ? [...VALUE_OPERATORS, OPS_KEY] : ['@@assign', OPS_KEY];
  return [OPS_KEY];
}
