/**
 * The permission settings of chatops.yml (issue #8): per chat configuration the AWS accounts
 * commands run in (channel role, external id, user roles offered), guardrail policies, the
 * protection policy and whether user roles are allowed or required; at the top the org chat
 * policy file and the accounts that require user roles everywhere. Messages are the "expected"
 * half of a problem line, as in schema.ts.
 */
import { z } from 'zod';

export const USER_ROLE_SETTINGS = ['allowed', 'required', 'disabled'] as const;
export type UserRoleSetting = (typeof USER_ROLE_SETTINGS)[number];
export const CHANNEL_TYPES = ['public', 'private'] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

/** Session policies per AssumeRole (STS's limit), the protection policy's ReadOnlyAccess included. */
export const MAX_GUARDRAILS = 10;
export const READ_ONLY_ACCESS_ARN = 'arn:aws:iam::aws:policy/ReadOnlyAccess';

const ACCOUNT_ID = /^\d{12}$/;
const ROLE_ARN = /^arn:aws[a-z-]*:iam::(\d{12}):role\/[\w+=,.@/-]{1,512}$/;
const POLICY_ARN = /^arn:aws[a-z-]*:iam::(\d{12}|aws):policy\/[\w+=,.@/-]{1,512}$/;
const SERVICE_ROLE_POLICY = /^arn:aws[a-z-]*:iam::aws:policy\/aws-service-role\//;
const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
const ACCOUNT_NAME = /^[A-Za-z0-9 _.-]{1,64}$/;

const ROLE_EXPECTED = 'an IAM role ARN like arn:aws:iam::111122223333:role/ChatOpsChannelRole';
const POLICY_EXPECTED = 'a managed policy ARN like arn:aws:iam::aws:policy/ReadOnlyAccess or arn:aws:iam::111122223333:policy/MyGuardrail';

export interface AccountConfig {
  /** The 12-digit account id; absent only for an account that uses the service's own credentials. */
  id?: string;
  /** How cards and dialogs name it (the id when not set). */
  name: string;
  /** The channel IAM role: every member's commands run with it unless they chose a user role. */
  channelRole?: string;
  externalId?: string;
  /** Roles offered in `@aws switch-roles`; empty: any role ARN of the account may be typed. */
  userRoles: string[];
  /** The region of commands without --region in this account. */
  region?: string;
  /** No AssumeRole: commands run with the service's own credentials (a local trial by one person). */
  serviceCredentials: boolean;
}

/** The key a user's role and default account are stored under. */
export const accountKey = (a: Pick<AccountConfig, 'id' | 'name'>): string => a.id ?? a.name;

const roleArn = z.string({ error: ROLE_EXPECTED }).regex(ROLE_ARN, { error: ROLE_EXPECTED });

export const accountSchema = z
  .strictObject(
    {
      id: z.string({ error: 'a 12-digit AWS account ID in quotes, like "111122223333"' }).regex(ACCOUNT_ID, { error: 'a 12-digit AWS account ID in quotes, like "111122223333"' }).optional(),
      name: z.string({ error: 'a name of 1–64 letters, digits, spaces, ., _ or -' }).regex(ACCOUNT_NAME, { error: 'a name of 1–64 letters, digits, spaces, ., _ or -' }).optional(),
      channelRole: roleArn.optional(),
      externalId: z.string({ error: 'an external ID of 2–1224 letters, digits or +=,.@:/-' }).regex(EXTERNAL_ID, { error: 'an external ID of 2–1224 letters, digits or +=,.@:/-' }).optional(),
      userRoles: z.array(roleArn, { error: `a list of ${ROLE_EXPECTED}s` }).default([]),
      region: z.string({ error: 'an AWS region like eu-west-1' }).regex(REGION, { error: 'an AWS region like eu-west-1' }).optional(),
      serviceCredentials: z.boolean({ error: 'true or false' }).default(false),
    },
    { error: 'an account (a mapping with id, name, channelRole, userRoles, region)' },
  )
  .superRefine((a, ctx) => {
    if (a.id === undefined && !a.serviceCredentials) ctx.addIssue({ code: 'custom', path: ['id'], message: 'a 12-digit AWS account ID in quotes (required unless serviceCredentials is true)' });
    if (a.id === undefined && a.name === undefined) ctx.addIssue({ code: 'custom', path: ['name'], message: 'a name (required when the account has no id)' });
    if (a.serviceCredentials && (a.channelRole !== undefined || a.userRoles.length > 0)) {
      ctx.addIssue({ code: 'custom', path: ['serviceCredentials'], message: 'serviceCredentials without channelRole or userRoles (the service\'s own credentials assume no role)' });
    }
    // Only against a valid id: a malformed one is reported once, on `id`.
    const id = a.id !== undefined && ACCOUNT_ID.test(a.id) ? a.id : undefined;
    for (const [i, arn] of [a.channelRole, ...a.userRoles].entries()) {
      const owner = arn ? ROLE_ARN.exec(arn)?.[1] : undefined;
      if (owner && id && owner !== id) ctx.addIssue({ code: 'custom', path: i === 0 ? ['channelRole'] : ['userRoles', i - 1], message: `a role of account ${a.id} (this ARN is in account ${owner})` });
    }
  })
  .transform(
    (a): AccountConfig => ({
      ...(a.id !== undefined ? { id: a.id } : {}),
      name: a.name ?? a.id ?? '',
      ...(a.channelRole !== undefined ? { channelRole: a.channelRole } : {}),
      ...(a.externalId !== undefined ? { externalId: a.externalId } : {}),
      userRoles: a.userRoles,
      ...(a.region !== undefined ? { region: a.region } : {}),
      serviceCredentials: a.serviceCredentials,
    }),
  );

const policyArn = z
  .string({ error: POLICY_EXPECTED })
  .regex(POLICY_ARN, { error: POLICY_EXPECTED })
  .refine((arn) => !SERVICE_ROLE_POLICY.test(arn), { error: 'a policy that is not an AWS service-role policy (those can\'t be guardrails)' });

/** The keys a chat configuration gains (merged into channelConfigurationShape); absent ones get COMMAND_ACCESS_DEFAULTS. */
export const commandAccessShape = {
  accounts: z
    .array(accountSchema, { error: 'a list of AWS accounts (id, name, channelRole, userRoles)' })
    .superRefine((accounts, ctx) => {
      // `@aws set default-account <id or name>` picks an account by id or by name in any case: both must be unambiguous.
      // An account that failed its own checks reaches here untransformed (its name may be missing).
      const seen = new Map<string, number>();
      accounts.forEach((a, i) => {
        const key = accountKey(a) as string | undefined;
        const name = (a.name as string | undefined)?.toLowerCase() ?? key;
        if (key === undefined || name === undefined) return;
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i], message: `each account once (${key} is listed twice)` });
        else if (seen.has(name)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `a name no other account of this configuration has (accounts[${seen.get(name)!}] has it too; @aws set default-account picks an account by id or by name, in any case)` });
        for (const handle of new Set([key, name])) if (!seen.has(handle)) seen.set(handle, i);
      });
    })
    .optional(),
  guardrailPolicyArns: z.array(policyArn, { error: `a list of ${POLICY_EXPECTED}s` }).optional(),
  protectionPolicy: z.boolean({ error: 'true or false (true attaches the protection policy: ReadOnlyAccess plus Lambda invoke, Support and Incident Manager)' }).optional(),
  userRoles: z.enum(USER_ROLE_SETTINGS, { error: 'one of allowed, required, disabled' }).optional(),
  channelType: z.enum(CHANNEL_TYPES, { error: 'public or private' }).optional(),
  tenantId: z.string({ error: 'a Microsoft Entra tenant ID (text)' }).min(1).optional(),
  teamId: z.string({ error: 'a Microsoft Teams team ID (text)' }).min(1).optional(),
};

export const COMMAND_ACCESS_DEFAULTS = { accounts: [], guardrailPolicyArns: [], protectionPolicy: true, userRoles: 'allowed' } as const;

export interface CommandAccess {
  accounts: AccountConfig[];
  guardrailPolicyArns: string[];
  protectionPolicy: boolean;
  userRoles: UserRoleSetting;
  /** For the org chat policy's channel types; unknown when not set. */
  channelType?: ChannelType;
  /** Teams: for the org chat policy's tenant and team allow-lists. */
  tenantId?: string;
  teamId?: string;
}

/** Cross-field rules on a whole configuration's command access (run with the other rules). */
export function checkCommandAccess(value: Record<string, unknown>, addIssue: (path: (string | number)[], message: string) => void): void {
  const { platform, accounts, guardrailPolicyArns, protectionPolicy, userRoles } = value;
  const usesAccess = Array.isArray(accounts) && accounts.length > 0;
  if (platform === 'webhook') {
    for (const key of [...Object.keys(commandAccessShape), 'customActions', 'logGroups']) {
      if (value[key] !== undefined) addIssue([key], `no ${key} when platform is webhook (a webhook can't run commands)`);
    }
    return;
  }
  if (platform !== 'teams') for (const key of ['tenantId', 'teamId']) if (value[key] !== undefined) addIssue([key], `no ${key} when platform is ${String(platform)} (only Teams configurations name one)`);
  if (Array.isArray(guardrailPolicyArns)) {
    const count = guardrailPolicyArns.length + (protectionPolicy === false || guardrailPolicyArns.includes(READ_ONLY_ACCESS_ARN) ? 0 : 1);
    if (count > MAX_GUARDRAILS) addIssue(['guardrailPolicyArns'], `at most ${MAX_GUARDRAILS} guardrail policies, the protection policy's ReadOnlyAccess included (STS passes at most ${MAX_GUARDRAILS} to a session)`);
  }
  if (!usesAccess) return;
  (accounts as unknown[]).forEach((a, i) => {
    if (typeof a !== 'object' || a === null) return;
    const { channelRole, serviceCredentials } = a as Record<string, unknown>;
    if (channelRole === undefined && serviceCredentials !== true && userRoles === 'disabled') {
      addIssue(['accounts', i, 'channelRole'], 'a channel role (userRoles is disabled, so members have no other role to run commands with)');
    }
  });
}
