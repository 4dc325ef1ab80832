import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { AwsCallError } from '../../../src/adapters/aws/aws-error.js';
import { stsRoleSessions, type StsRoleSessionsOptions } from '../../../src/adapters/aws/role-sessions.js';
import { ChatOpsError } from '../../../src/core/errors.js';
import type { RoleSessionRequest, RoleSessions } from '../../../src/ports/aws.js';
import { startAwsEndpoint, type AwsEndpoint, type AwsReply, type AwsRequest } from '../../support/aws-endpoint/aws-endpoint.js';
import { queryError, STS_XMLNS, stsAssumeRoleReply } from '../../support/aws-endpoint/replies.js';

const ROLE = 'arn:aws:iam::111122223333:role/ChatRole';
const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
const PROTECTION = 'arn:aws:iam::111122223333:policy/AWS-Chatbot-Protection';
const BASE = { accessKeyId: 'AKIDBASEEXAMPLE', secretAccessKey: 'base/secret+never-shown' };
const SESSION_SECRET = 'session/secret+never-shown';
const T0 = Date.parse('2026-12-06T08:00:00Z');
const MINUTE = 60_000;

const request = (over: Partial<RoleSessionRequest> = {}): RoleSessionRequest => ({
  roleArn: ROLE,
  externalId: 'ext-1',
  sessionName: 'chat-slack-U123',
  sourceIdentity: 'chat-slack-U123',
  policyArns: [READ_ONLY, PROTECTION],
  region: 'us-west-2',
  ...over,
});

/** The AssumeRole form the endpoint received, as name → value. */
const form = (req: AwsRequest | undefined): Record<string, string> => Object.fromEntries(new URLSearchParams(req?.body ?? ''));

describe('role sessions (STS AssumeRole)', () => {
  let endpoint: AwsEndpoint;
  let now: number;
  let reply: (req: AwsRequest) => AwsReply;
  let sessions: RoleSessions & { close(): void };
  const clock = { now: () => new Date(now) };
  /** STS as it answers: a session lasting the requested duration, by the test's clock. */
  const sts = (req: AwsRequest): AwsReply => {
    const f = form(req);
    return stsAssumeRoleReply({
      accessKeyId: `ASIASESSION${String(endpoint.requests.length).padStart(9, '0')}`,
      secretAccessKey: SESSION_SECRET,
      sessionToken: 'FQoGZXIvYXdzEXAMPLETOKEN',
      expiration: new Date(now + Number(f.DurationSeconds) * 1000),
      assumedRoleArn: `arn:aws:sts::111122223333:assumed-role/ChatRole/${f.RoleSessionName}`,
      sourceIdentity: f.SourceIdentity,
    });
  };
  const open = (over: Partial<StsRoleSessionsOptions> = {}) => {
    sessions?.close();
    sessions = stsRoleSessions({ clock, endpoint: endpoint.url, baseCredentials: BASE, ...over });
    return sessions;
  };

  beforeEach(async () => {
    now = T0;
    reply = sts;
    endpoint = await startAwsEndpoint((req) => reply(req));
    open();
  });
  afterEach(async () => {
    sessions.close();
    await endpoint.close();
  });

  async function failure(req: RoleSessionRequest): Promise<ChatOpsError> {
    try {
      await sessions.assume(req);
    } catch (e) {
      assert.ok(e instanceof ChatOpsError, `expected a ChatOpsError, got ${String(e)}`);
      return e;
    }
    return assert.fail('the assume should have failed');
  }

  describe('the AssumeRole request', () => {
    it('passes the guardrails as session policies and the chat user as session name and source identity, signed with the base credentials', async () => {
      const role = await sessions.assume(request({ inlinePolicy: '{"Statement":[]}' }));
      const [req] = endpoint.requests;
      assert.equal(req?.operation, 'AssumeRole');
      assert.deepEqual(form(req), {
        Action: 'AssumeRole',
        Version: '2011-06-15',
        RoleArn: ROLE,
        RoleSessionName: 'chat-slack-U123',
        SourceIdentity: 'chat-slack-U123',
        ExternalId: 'ext-1',
        DurationSeconds: '3600',
        'PolicyArns.member.1.arn': READ_ONLY,
        'PolicyArns.member.2.arn': PROTECTION,
        Policy: '{"Statement":[]}',
      });
      assert.match(String(req?.headers.authorization), /^AWS4-HMAC-SHA256 Credential=AKIDBASEEXAMPLE\/\d{8}\/us-west-2\/sts\/aws4_request, /);
      assert.equal(role.credentials.secretAccessKey, SESSION_SECRET);
      assert.equal(role.credentials.sessionToken, 'FQoGZXIvYXdzEXAMPLETOKEN');
      assert.equal(role.assumedRoleArn, 'arn:aws:sts::111122223333:assumed-role/ChatRole/chat-slack-U123');
      assert.equal(role.expiration.getTime(), T0 + 3600_000);
      assert.deepEqual(role.credentials.expiration, role.expiration);
    });

    it('finds the endpoint through AWS_ENDPOINT_URL when none is given, as the SDK does', async () => {
      const saved = process.env.AWS_ENDPOINT_URL;
      process.env.AWS_ENDPOINT_URL = endpoint.url;
      try {
        open({ endpoint: undefined });
        await sessions.assume(request());
      } finally {
        if (saved === undefined) delete process.env.AWS_ENDPOINT_URL;
        else process.env.AWS_ENDPOINT_URL = saved;
      }
      assert.equal(endpoint.requests.length, 1);
    });

    it('cleans the names STS would refuse: other characters become "-", cut to 64', async () => {
      await sessions.assume(request({ sessionName: 'chat-teams-29:1ab cdé/' + 'x'.repeat(80), sourceIdentity: 'chat-teams-29:1ab cdé' }));
      const f = form(endpoint.requests[0]);
      assert.equal(f.RoleSessionName, ('chat-teams-29-1ab-cd--' + 'x'.repeat(80)).slice(0, 64));
      assert.equal(f.SourceIdentity, 'chat-teams-29-1ab-cd-');
    });

    it('asks for at least 15 minutes and sends no session policies when the channel has none', async () => {
      await sessions.assume(request({ durationSeconds: 60, policyArns: [], externalId: undefined, sourceIdentity: undefined }));
      const f = form(endpoint.requests[0]);
      assert.equal(f.DurationSeconds, '900');
      assert.deepEqual(Object.keys(f).filter((k) => /PolicyArns|Policy$|ExternalId|SourceIdentity/.test(k)), []);
    });

    it('refuses more than ten guardrails, an inline policy over 2,048 characters, or a reserved source identity, before calling AWS', async () => {
      const arns = Array.from({ length: 11 }, (_, i) => `arn:aws:iam::111122223333:policy/G${i}`);
      assert.equal((await failure(request({ policyArns: arns }))).code, 'TOO_MANY_GUARDRAILS');
      assert.equal((await failure(request({ inlinePolicy: ' '.repeat(2049) }))).code, 'SESSION_POLICY_TOO_LONG');
      assert.equal((await failure(request({ sourceIdentity: 'aws:chatbot' }))).code, 'INVALID_SOURCE_IDENTITY');
      assert.equal((await failure(request({ sessionName: 'x' }))).code, 'INVALID_SESSION_NAME');
      assert.equal(endpoint.requests.length, 0);
    });
  });

  describe('keeping sessions', () => {
    it('reuses a session until five minutes before it expires, then asks STS again', async () => {
      const first = await sessions.assume(request());
      now = T0 + 54 * MINUTE;
      assert.equal(await sessions.assume(request({ policyArns: [PROTECTION, READ_ONLY] })), first);
      assert.equal(endpoint.requests.length, 1);
      now = T0 + 55 * MINUTE;
      const second = await sessions.assume(request());
      assert.equal(endpoint.requests.length, 2);
      assert.notEqual(second.credentials.accessKeyId, first.credentials.accessKeyId);
      assert.equal(second.expiration.getTime(), now + 3600_000);
    });

    it('makes one STS call for concurrent requests of one session', async () => {
      reply = (req) => ({ ...sts(req), delayMs: 50 });
      const roles = await Promise.all(Array.from({ length: 5 }, () => sessions.assume(request())));
      assert.equal(endpoint.requests.length, 1);
      assert.ok(roles.every((r) => r === roles[0]));
    });

    it('keeps a session per user, external id, guardrail set and region', async () => {
      await sessions.assume(request());
      await sessions.assume(request({ sessionName: 'chat-slack-U999', sourceIdentity: 'chat-slack-U999' }));
      await sessions.assume(request({ externalId: 'ext-2' }));
      await sessions.assume(request({ policyArns: [READ_ONLY] }));
      await sessions.assume(request({ region: 'eu-west-1' }));
      assert.equal(endpoint.requests.length, 5);
      assert.match(String(endpoint.requests[4]?.headers.authorization), /\/eu-west-1\/sts\//);
    });

    it('forgets the oldest session when more than maxSessions are kept', async () => {
      open({ maxSessions: 2 });
      for (const user of ['A1', 'B2', 'C3', 'A1']) await sessions.assume(request({ sessionName: `chat-slack-${user}` }));
      assert.equal(endpoint.requests.length, 4);
      await sessions.assume(request({ sessionName: 'chat-slack-C3' }));
      assert.equal(endpoint.requests.length, 4);
    });
  });

  describe('when STS refuses', () => {
    const DENIED = `User: arn:aws:sts::111122223333:assumed-role/ChatOpsServer/i-0abc is not authorized to perform: sts:AssumeRole on resource: ${ROLE}`;

    it('names the role and the trust policy to fix when access is denied (HTTP 403), and does not keep the failure', async () => {
      reply = () => queryError('AccessDenied', DENIED, 403, STS_XMLNS);
      const e = await failure(request());
      assert.ok(e instanceof AwsCallError);
      assert.equal(e.code, 'ROLE_NOT_ASSUMABLE');
      assert.deepEqual(e.aws, { code: 'AccessDenied', httpStatus: 403, requestId: 'c0ffee00-1111-2222-3333-444455556666' });
      assert.match(e.userMessage, /may not assume the role arn:aws:iam::111122223333:role\/ChatRole\. AWS said AccessDenied \(HTTP 403\): User: .* is not authorized/);
      assert.match(e.nextStep ?? '', /trust policy.*sts:AssumeRole and sts:SetSourceIdentity.*external id/);
      await failure(request());
      assert.equal(endpoint.requests.length, 2);
    });

    const cases: [string, number, string, RegExp][] = [
      ['PackedPolicyTooLarge', 400, 'SESSION_POLICIES_TOO_LARGE', /fewer or shorter guardrail policies/],
      ['RegionDisabledException', 403, 'STS_REGION_DISABLED', /activate STS for us-west-2/],
      ['ExpiredToken', 400, 'BASE_CREDENTIALS_EXPIRED', /renew this server's credentials/],
      ['MalformedPolicyDocument', 400, 'SESSION_POLICY_MALFORMED', /guardrail policy ARNs and inline session policy/],
      ['ValidationError', 400, 'ROLE_SESSION_INVALID', /role ARN, external id/],
    ];
    for (const [awsCode, status, code, step] of cases) {
      it(`explains ${awsCode} with what to do next`, async () => {
        reply = () => queryError(awsCode, `${awsCode} happened for ASIAIOSFODNN7EXAMPLE`, status, STS_XMLNS);
        const e = await failure(request());
        assert.equal(e.code, code);
        assert.match(e.userMessage, new RegExp(ROLE.replace(/[/]/g, '\\/')));
        assert.match(e.nextStep ?? '', step);
        assert.doesNotMatch(e.toLine(), /IOSFODNN7EXAMPLE|never-shown/);
      });
    }

    it('gives up when STS does not answer in time', async () => {
      open({ timeoutMs: 100 });
      reply = (req) => ({ ...sts(req), delayMs: 2000 });
      const e = await failure(request());
      assert.equal(e.code, 'ROLE_SESSION_TIMEOUT');
      assert.match(e.userMessage, /did not answer within 0\.1 seconds .*role\/ChatRole\./);
    });

    it('says STS could not be reached when nothing listens', async () => {
      const closed = await new Promise<number>((resolve) => {
        const s = createServer().listen(0, '127.0.0.1', () => {
          const { port } = s.address() as { port: number };
          s.close(() => resolve(port));
        });
      });
      open({ endpoint: `http://127.0.0.1:${closed}` });
      const e = await failure(request());
      assert.equal(e.code, 'AWS_UNREACHABLE');
      assert.doesNotMatch(`${e.toLine()}`, /never-shown/);
    });
  });
});
