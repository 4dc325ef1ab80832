/**
 * From an authorization to credentials: the local pre-check first (a certain denial is said in
 * chat, naming the policy and statement, instead of an AccessDenied from AWS), then STS
 * AssumeRole with the guardrails as session policies and the chat user as session name and
 * source identity, so AWS enforces the intersection and CloudTrail shows who ran what.
 *
 * An account with `serviceCredentials` assumes no role, so AWS can't enforce its guardrails:
 * they are checked here, and a command they don't certainly allow is refused.
 */
import type { NamedPolicy, SessionCredentials } from '../ports/aws.js';
import { AccessRefusedError } from './access-errors.js';
import type { AccessDeps, Actor, Allowed, Guardrails } from './access-types.js';

/** The session name and source identity for a chat user (STS allows [\w+=,.@-], 2–64 characters). */
export function sessionNameOf(actor: Pick<Actor, 'platform' | 'userId'>): string {
  return `chat-${actor.platform}-${actor.userId}`.replace(/[^\w+=,.@-]/g, '-').slice(0, 64);
}

const ALLOW_ALL: NamedPolicy = { name: 'the service\'s own credentials', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } };

export interface OpenSessionInput {
  actor: Actor;
  allowed: Allowed;
  /** The IAM action of the operation (ec2:StopInstances), when known. */
  action: string | undefined;
  /** The region the command runs in (STS is called there). */
  region: string;
}

/**
 * The local pre-check alone: throws when the command is certainly denied (or, for an account
 * without a role, not certainly allowed by its guardrails). Run before any question, and again
 * by openSession at run time.
 */
export async function preCheckAccess(input: OpenSessionInput, deps: AccessDeps): Promise<void> {
  const { allowed, action } = input;
  const { role, guardrails, account } = allowed;
  if (role.kind === 'service' && !guardrails.policyArns.length && !guardrails.inline) return;
  if (role.kind !== 'service' && !deps.preCheck) return;
  const session = await guardrailDocuments(guardrails, deps);
  if (role.kind === 'service') {
    const verdict = deps.preCheck?.({ action, identity: [ALLOW_ALL], session }) ?? { verdict: 'undecided' as const, why: 'no pre-check' };
    if (verdict.verdict === 'allowed') return;
    if (verdict.verdict === 'denied') throw new AccessRefusedError('GUARDRAIL_DENIED', verdict.words, verdict.policy, verdict.nextStep);
    throw new AccessRefusedError(
      'GUARDRAIL_UNCHECKED',
      `The guardrails of account ${account.name} can't be checked for ${action ?? 'this command'} here (${verdict.why}), and this account runs without a role that AWS would limit.`,
      'configuration: serviceCredentials with guardrails',
      'An administrator gives the account a channel role (then AWS enforces the guardrails), or detaches the guardrails for this local trial.',
    );
  }
  const identity = await deps.policyDocuments.rolePolicies(role.arn);
  const verdict = deps.preCheck!({ action, identity, session });
  if (verdict.verdict === 'denied') throw new AccessRefusedError(verdict.layer === 'role' ? 'ROLE_DENIED' : 'GUARDRAIL_DENIED', verdict.words, verdict.policy, verdict.nextStep);
}

/** Pre-checks and opens the session; undefined credentials mean the service's own. */
export async function openSession(input: OpenSessionInput, deps: AccessDeps): Promise<SessionCredentials | undefined> {
  await preCheckAccess(input, deps);
  const { actor, allowed, region } = input;
  const { role, guardrails, account } = allowed;
  if (role.kind === 'service') return undefined;
  const name = sessionNameOf(actor);
  const assumed = await deps.roleSessions.assume({
    roleArn: role.arn,
    ...(account.externalId ? { externalId: account.externalId } : {}),
    sessionName: name,
    sourceIdentity: name,
    policyArns: guardrails.policyArns,
    ...(guardrails.inline ? { inlinePolicy: JSON.stringify(guardrails.inline.document) } : {}),
    region,
  });
  return assumed.credentials;
}

/** The guardrails' documents; undefined when any can't be read (the pre-check then can't rule on them). */
async function guardrailDocuments(guardrails: Guardrails, deps: Pick<AccessDeps, 'policyDocuments'>): Promise<NamedPolicy[] | undefined> {
  if (!guardrails.policyArns.length && !guardrails.inline) return [];
  const managed = await Promise.all(guardrails.policyArns.map((arn) => deps.policyDocuments.managedPolicy(arn)));
  if (managed.some((p) => p === undefined)) return undefined;
  return [...(managed as NamedPolicy[]), ...(guardrails.inline ? [guardrails.inline] : [])];
}
