/**
 * RoleSessions over STS AssumeRole (SDK v3): the channel or user role, with the guardrails as
 * session policies (`PolicyArns`, at most 10, and an inline `Policy` of at most 2,048
 * characters), and the chat user as session name and source identity (cleaned here: the SDK does
 * not check them). Sessions are kept until 5 minutes before they expire, by the Clock; concurrent
 * requests for one session make one STS call; at most `maxSessions` are kept (oldest go first).
 * Failures are worded by sts-error.ts; each STS call has a 10-second limit.
 */
import { AssumeRoleCommand, STSClient, type AssumeRoleCommandInput } from '@aws-sdk/client-sts';
import { ChatOpsError } from '../../core/errors.js';
import type { AssumedRole, RoleSessionRequest, RoleSessions, SessionCredentials } from '../../ports/aws.js';
import type { Clock } from '../../ports/clock.js';
import { cleanSessionName, cleanSourceIdentity } from './session-names.js';
import { toRoleSessionError } from './sts-error.js';
import { withinTimeLimit } from './time-limit.js';

export interface StsRoleSessionsOptions {
  clock: Clock;
  /** An STS endpoint URL instead of AWS's (tests); else the SDK's own (AWS_ENDPOINT_URL honoured). */
  endpoint?: string;
  /** The credentials that call AssumeRole; else the SDK's default chain (this server's identity). */
  baseCredentials?: SessionCredentials;
  /** How many sessions are kept (500). */
  maxSessions?: number;
  /** The time limit of one AssumeRole call (10 s). */
  timeoutMs?: number;
}

export const REFRESH_BEFORE_EXPIRY_MS = 5 * 60_000;
export const MAX_POLICY_ARNS = 10;
export const MAX_INLINE_POLICY = 2048;
const DEFAULT_DURATION = 3600;
const MIN_DURATION = 900;
const MAX_DURATION = 43_200;

interface Session {
  promise: Promise<AssumedRole>;
  /** Set once STS answered. */
  expiration?: Date;
}

/** The AssumeRole input for a request; throws coded errors for what STS would refuse. */
export function assumeRoleInput(req: RoleSessionRequest): AssumeRoleCommandInput {
  if (req.policyArns.length > MAX_POLICY_ARNS) {
    throw new ChatOpsError('TOO_MANY_GUARDRAILS', `This channel has ${req.policyArns.length} guardrail policies; AWS accepts at most ${MAX_POLICY_ARNS} for a session of ${req.roleArn}.`, {
      nextStep: 'Ask an administrator to combine guardrail policies so the channel has 10 or fewer.',
    });
  }
  if (req.inlinePolicy !== undefined && req.inlinePolicy.length > MAX_INLINE_POLICY) {
    throw new ChatOpsError('SESSION_POLICY_TOO_LONG', `The inline session policy is ${req.inlinePolicy.length} characters; AWS accepts at most ${MAX_INLINE_POLICY}.`, {
      nextStep: 'Ask an administrator to shorten the inline guardrail policy, or make it a managed policy and list its ARN instead.',
    });
  }
  if (req.externalId !== undefined && !/^[\w+=,.@:/-]{2,1224}$/.test(req.externalId)) {
    throw new ChatOpsError('INVALID_EXTERNAL_ID', `The external id configured for ${req.roleArn} is not one AWS accepts (2–1224 characters of letters, digits and +=,.@:/-).`, {
      nextStep: "Ask an administrator to correct the external id in the channel configuration (it must match the role's trust policy).",
    });
  }
  const duration = Math.min(MAX_DURATION, Math.max(MIN_DURATION, Math.floor(req.durationSeconds ?? DEFAULT_DURATION)));
  return {
    RoleArn: req.roleArn,
    RoleSessionName: cleanSessionName(req.sessionName),
    SourceIdentity: req.sourceIdentity === undefined ? undefined : cleanSourceIdentity(req.sourceIdentity),
    ExternalId: req.externalId,
    DurationSeconds: duration,
    PolicyArns: req.policyArns.length ? req.policyArns.map((arn) => ({ arn })) : undefined,
    Policy: req.inlinePolicy,
  };
}

/** What makes two requests the same session. */
function sessionKey(input: AssumeRoleCommandInput, region: string): string {
  const arns = (input.PolicyArns ?? []).map((p) => p.arn ?? '').sort();
  return JSON.stringify([input.RoleArn, input.ExternalId ?? null, arns, input.Policy ?? null, input.RoleSessionName, input.SourceIdentity ?? null, region]);
}

export function stsRoleSessions(options: StsRoleSessionsOptions): RoleSessions & { close(): void } {
  const { clock } = options;
  const maxSessions = Math.max(1, options.maxSessions ?? 500);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const clients = new Map<string, STSClient>();
  /** Insertion order is age: the first is the oldest. */
  const sessions = new Map<string, Session>();

  function clientFor(region: string): STSClient {
    let client = clients.get(region);
    if (!client) {
      client = new STSClient({ region, maxAttempts: 3, ...(options.endpoint ? { endpoint: options.endpoint } : {}), ...(options.baseCredentials ? { credentials: options.baseCredentials } : {}) });
      clients.set(region, client);
    }
    return client;
  }

  async function callSts(input: AssumeRoleCommandInput, region: string): Promise<AssumedRole> {
    const roleArn = input.RoleArn ?? '';
    let answer;
    try {
      answer = await withinTimeLimit(timeoutMs, (abortSignal) => clientFor(region).send(new AssumeRoleCommand(input), { abortSignal }));
    } catch (e) {
      throw toRoleSessionError(e, { roleArn, region, timeoutMs });
    }
    const c = answer.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey) {
      throw new ChatOpsError('ROLE_SESSION_FAILED', `STS answered without credentials for ${roleArn}.`, { nextStep: 'Try again; if it keeps failing, tell your administrator.' });
    }
    const expiration = c.Expiration ?? new Date(clock.now().getTime() + (input.DurationSeconds ?? DEFAULT_DURATION) * 1000);
    return {
      credentials: { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken, expiration },
      assumedRoleArn: answer.AssumedRoleUser?.Arn,
      expiration,
    };
  }

  function fresh(session: Session): boolean {
    return !session.expiration || clock.now().getTime() < session.expiration.getTime() - REFRESH_BEFORE_EXPIRY_MS;
  }

  return {
    assume(req: RoleSessionRequest): Promise<AssumedRole> {
      let input: AssumeRoleCommandInput;
      try {
        input = assumeRoleInput(req);
      } catch (e) {
        return Promise.reject(e);
      }
      const key = sessionKey(input, req.region);
      const held = sessions.get(key);
      if (held && fresh(held)) return held.promise;
      sessions.delete(key);
      const session: Session = { promise: callSts(input, req.region) };
      session.promise.then(
        (role) => (session.expiration = role.expiration),
        () => sessions.get(key) === session && sessions.delete(key),
      );
      sessions.set(key, session);
      while (sessions.size > maxSessions) sessions.delete(sessions.keys().next().value as string);
      return session.promise;
    },
    close(): void {
      for (const client of clients.values()) client.destroy();
      clients.clear();
      sessions.clear();
    },
  };
}
