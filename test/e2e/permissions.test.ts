/**
 * Who runs what, end to end: the real service with a chatops.yml of three sandbox channels, the
 * real SDK v3 clients, and one local endpoint answering STS (AssumeRole), IAM (a role's policies)
 * and EC2 as AWS would. Checked on the wire: which role each call was signed with, and what the
 * AssumeRole request carried (guardrails as PolicyArns and Policy, the chat user as SourceIdentity).
 * IAM confirms the shipped copies of AWS-managed guardrails in the first suite; in the built-in
 * sandbox one it can't be read, so the copies there are unconfirmed.
 */
import assert from 'node:assert/strict';
import { knownManagedPolicy, knownManagedPolicyVersion } from '../../src/permissions/precheck/known-managed-policies.js';
import type { AwsReply, AwsRequest } from '../support/aws-endpoint/aws-endpoint.js';
import { ec2Error, ec2Reply, iamReply } from '../support/aws-endpoint/replies.js';
import { assumeRoleCalls, sessionKeyOf, signingKeyOf, withRoleSessions } from '../support/aws-endpoint/role-sessions.js';
import { useAwsEndpoint } from '../support/aws-endpoint/use-aws-endpoint.js';
import { startRealApp, waitFor } from './app-harness.js';
import { sandboxClient, type MessageJson } from './sandbox-client.js';

const PROD = '111122223333';
const DEV = '444455556666';
const LOCKED = '777788889999';
const CHANNEL_ROLE = `arn:aws:iam::${PROD}:role/ChatOpsChannel`;
const OPERATOR = `arn:aws:iam::${PROD}:role/Operator`;
const NO_STOPPING = `arn:aws:iam::${LOCKED}:role/NoStopping`;
const UNTRUSTED = `arn:aws:iam::${DEV}:role/Untrusted`;
const DAY = 86_400_000;

const CHATOPS_YML = `configurations:
  # The channel role with the protection policy (the default guardrails).
  - name: ops
    platform: sandbox
    channelId: ops
    accounts:
      - id: "${PROD}"
        name: production
        channelRole: ${CHANNEL_ROLE}
        userRoles: [${OPERATOR}]
  # User roles required, two accounts.
  - name: strict
    platform: sandbox
    channelId: strict
    userRoles: required
    protectionPolicy: false
    guardrailPolicyArns: [arn:aws:iam::aws:policy/PowerUserAccess]
    accounts:
      - { id: "${PROD}", name: production, userRoles: [${OPERATOR}] }
      - { id: "${DEV}", name: dev }
  # A role whose own policy (readable through IAM) denies stopping instances.
  - name: locked
    platform: sandbox
    channelId: locked
    protectionPolicy: false
    accounts:
      - id: "${LOCKED}"
        channelRole: ${NO_STOPPING}
  # A channel role whose trust policy does not trust this service.
  - name: broken
    platform: sandbox
    channelId: broken
    accounts:
      - id: "${DEV}"
        channelRole: ${UNTRUSTED}
`;

/** IAM as AWS has it: the default version of an AWS-managed policy is the one shipped with the service. */
function withManagedPolicies(next: (req: AwsRequest) => AwsReply): (req: AwsRequest) => AwsReply {
  return (req) => {
    const form = new URLSearchParams(req.body);
    const arn = form.get('PolicyArn') ?? '';
    const copy = knownManagedPolicy(arn);
    const versionId = knownManagedPolicyVersion(arn);
    if (!copy || !versionId) return next(req);
    if (req.operation === 'GetPolicy') return iamReply('GetPolicy', `<Policy><PolicyName>${arn.split('/').pop()}</PolicyName><Arn>${arn}</Arn><DefaultVersionId>${versionId}</DefaultVersionId></Policy>`);
    if (req.operation === 'GetPolicyVersion' && form.get('VersionId') === versionId) {
      return iamReply('GetPolicyVersion', `<PolicyVersion><Document>${encodeURIComponent(JSON.stringify(copy.document))}</Document><VersionId>${versionId}</VersionId><IsDefaultVersion>true</IsDefaultVersion></PolicyVersion>`);
    }
    return next(req);
  };
}

const INSTANCES = '<reservationSet><item><reservationId>r-1</reservationId><instancesSet><item><instanceId>i-0abc1234</instanceId></item></instancesSet></item></reservationSet>';

describe('permissions: roles, guardrails, accounts (sandbox, STS/IAM/EC2 on a local endpoint)', function () {
  this.timeout(90_000);
  let now = Date.parse('2026-12-06T10:00:00Z');
  const clock = { now: () => new Date(now) };
  let app: Awaited<ReturnType<typeof startRealApp>>;
  const aws = useAwsEndpoint(withManagedPolicies(
    withRoleSessions(
      (req) => {
        if (req.operation === 'DescribeInstances') return ec2Reply('DescribeInstances', INSTANCES);
        if (req.operation === 'DescribeVolumes') return ec2Error('UnauthorizedOperation', 'You are not authorized to perform this operation.', 403);
        return ec2Error('InvalidAction', `not in this test: ${req.operation}`, 400);
      },
      {
        rolePolicies: {
          [NO_STOPPING]: {
            everyday: { Version: '2012-10-17', Statement: [{ Sid: 'ReadEc2', Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' }, { Sid: 'NoStop', Effect: 'Deny', Action: 'ec2:StopInstances', Resource: '*' }] },
          },
        },
        untrusted: [UNTRUSTED],
      },
    ),
  ));
  const ec2Calls = (operation: string): AwsRequest[] => aws.endpoint.requests.filter((r) => r.operation === operation);

  before(async () => {
    app = await startRealApp({ chatopsYml: CHATOPS_YML, clock });
  });

  after(async () => {
    await app?.close();
  });

  const chat = sandboxClient(() => app.url);
  const { say, answers } = chat;
  const click = chat.clickDialog;

  const text = (m: MessageJson | undefined) => JSON.stringify(m?.card ?? null);

  it('runs with the channel role, passing the guardrails as session policies and the user as source identity', async () => {
    const id = await say('ops', 'alice', '@aws ec2 describe-instances');
    const [result] = await answers('ops', id, 1);
    assert.equal(result!.card?.title, 'ec2 describe-instances', text(result));
    const assumed = assumeRoleCalls(aws.endpoint.requests).at(-1)!;
    assert.equal(assumed.get('RoleArn'), CHANNEL_ROLE);
    assert.equal(assumed.get('RoleSessionName'), 'chat-sandbox-alice');
    assert.equal(assumed.get('SourceIdentity'), 'chat-sandbox-alice');
    assert.equal(assumed.get('PolicyArns.member.1.arn'), 'arn:aws:iam::aws:policy/ReadOnlyAccess');
    assert.match(assumed.get('Policy') ?? '', /lambda:Invoke\*/);
    assert.equal(signingKeyOf(ec2Calls('DescribeInstances').at(-1)!), sessionKeyOf(CHANNEL_ROLE));
    assert.match(text(result), /production \(111122223333\) as role ChatOpsChannel \(channel role\)/);
  });

  it('refuses what the guardrails certainly deny before any question, naming the policy', async () => {
    const stsBefore = assumeRoleCalls(aws.endpoint.requests).length;
    const id = await say('ops', 'alice', '@aws ec2 stop-instances --instance-ids i-0abc1234');
    const [answer] = await answers('ops', id, 1);
    assert.equal(answer!.card?.title, 'That did not work');
    assert.match(text(answer), /ReadOnlyAccess/);
    assert.match(text(answer), /ec2:StopInstances/);
    assert.doesNotMatch(text(answer), /"run"|\.run/, 'no confirmation to click');
    assert.equal(assumeRoleCalls(aws.endpoint.requests).length, stsBefore, 'no session was opened');
    assert.ok(aws.endpoint.requests.some((r) => r.operation === 'GetPolicy' && new URLSearchParams(r.body).get('PolicyArn') === 'arn:aws:iam::aws:policy/ReadOnlyAccess'), 'IAM confirmed the copy of ReadOnlyAccess');
  });

  it('refuses what the role\'s own policy denies, naming the statement, and runs what both allow', async () => {
    const id = await say('locked', 'alice', '@aws ec2 stop-instances --instance-ids i-0abc1234');
    const [denied] = await answers('locked', id, 1);
    assert.match(text(denied), /NoStop/);
    assert.match(text(denied), /switch-roles/);
    const ok = await say('locked', 'alice', '@aws ec2 describe-instances');
    const [result] = await answers('locked', ok, 1);
    assert.equal(result!.card?.title, 'ec2 describe-instances');
    assert.equal(signingKeyOf(ec2Calls('DescribeInstances').at(-1)!), sessionKeyOf(NO_STOPPING));
  });

  it('turns AWS\'s own AccessDenied into a card naming the role and guardrails', async () => {
    const id = await say('ops', 'alice', '@aws ec2 describe-volumes');
    const [answer] = await answers('ops', id, 1);
    assert.match(text(answer), /ChatOpsChannel/);
    assert.match(text(answer), /ReadOnlyAccess/);
  });

  it('asks for the account, then for a user role; refuses another user\'s Run; then runs as that role', async () => {
    const id = await say('strict', 'bob', '@aws ec2 describe-instances');
    const [which] = await answers('strict', id, 1);
    assert.match(text(which), /production \(111122223333\)/);
    assert.match(text(which), /dev \(444455556666\)/);
    await say('strict', 'bob', 'production', id);
    const [, remember] = await answers('strict', id, 2);
    assert.match(text(remember), /Remember/);
    await say('strict', 'bob', '1', id);
    const [, , role] = await answers('strict', id, 3);
    assert.match(text(role), /requires each member to use their own role/);
    assert.match(text(role), /Operator/);
    await say('strict', 'bob', 'Operator (111122223333)', id);
    const [, , , confirm] = await answers('strict', id, 4);
    assert.match(text(confirm), /as role \*\*Operator\*\*/);

    await click('eve', confirm!, 'run');
    const [, , , , refused] = await answers('strict', id, 5);
    assert.match(text(refused), /bob/);

    await click('bob', confirm!, 'run');
    const [, , , , , result] = await answers('strict', id, 6);
    assert.equal(result!.card?.title, 'ec2 describe-instances', text(result));
    assert.match(text(result), /You now use role Operator/);
    assert.equal(assumeRoleCalls(aws.endpoint.requests).at(-1)!.get('RoleArn'), OPERATOR);
    assert.equal(assumeRoleCalls(aws.endpoint.requests).at(-1)!.get('SourceIdentity'), 'chat-sandbox-bob');
    assert.equal(signingKeyOf(ec2Calls('DescribeInstances').at(-1)!), sessionKeyOf(OPERATOR));

    const again = await say('strict', 'bob', '@aws ec2 describe-instances');
    const [direct] = await answers('strict', again, 1);
    assert.equal(direct!.card?.title, 'ec2 describe-instances', 'the account and the role are remembered');
  });

  it('never uses another user\'s role: eve is asked for her own', async () => {
    const id = await say('strict', 'eve', '@aws ec2 describe-instances');
    const [which] = await answers('strict', id, 1);
    assert.match(text(which), /Account/);
  });

  it('sets a default account by name, and still asks for a role of your own where they are required', async () => {
    const id = await say('strict', 'carol', '@aws set default-account dev');
    const [set] = await answers('strict', id, 1);
    assert.match(text(set), /default account in this channel is dev \(444455556666\) until 2026-12-13/);
    const run = await say('strict', 'carol', '@aws ec2 describe-instances');
    const [role] = await answers('strict', run, 1);
    assert.match(text(role), /Role ARN/, 'user roles are required here: carol is asked for one');
  });

  it('says clearly when the channel role can\'t be assumed', async () => {
    const id = await say('broken', 'alice', '@aws ec2 describe-instances');
    const [answer] = await answers('broken', id, 1);
    assert.equal(answer!.card?.title, 'That did not work');
    assert.match(text(answer), /Untrusted/);
    assert.match(text(answer), /trust policy/);
  });

  it('forgets a role on request, and asks again at the next command', async () => {
    const id = await say('strict', 'bob', '@aws switch-roles forget');
    const [done] = await answers('strict', id, 1);
    assert.match(text(done), /forgotten/);
    const run = await say('strict', 'bob', '@aws ec2 describe-instances');
    const [role] = await answers('strict', run, 1);
    assert.match(text(role), /Operator/);
  });

  it('asks for the account again once the default is 7 days old', async () => {
    now += 7 * DAY + 60_000;
    const run = await say('strict', 'bob', '@aws ec2 describe-instances');
    const [which] = await answers('strict', run, 1);
    assert.match(text(which), /dev \(444455556666\)/);
    assert.match(text(which), /Remember|several AWS accounts/);
  });

  it('writes every command, dialog decision and denial to the audit log, with the policy behind a denial', async () => {
    const entries = await app.store.audit.list();
    const allowed = entries.find((e) => e.kind === 'command' && e.userId === 'alice' && e.command === 'ec2 describe-instances' && e.roleArn === CHANNEL_ROLE);
    assert.ok(allowed, JSON.stringify(entries, null, 1));
    assert.equal(allowed.resultCode, 'ok');
    assert.equal(allowed.accountId, PROD);
    const denial = entries.find((e) => e.kind === 'denial' && e.channelId === 'locked');
    assert.match(denial?.policy ?? '', /NoStop/);
    assert.ok(entries.some((e) => e.kind === 'dialog' && e.userId === 'bob' && e.decision === 'role-set'));
    assert.ok(entries.some((e) => e.kind === 'denial' && e.resultCode === 'AWS_ACCESS_DENIED'));
  });
});

describe('permissions in the built-in sandbox configuration (this machine\'s own credentials)', function () {
  this.timeout(90_000);
  let app: Awaited<ReturnType<typeof startRealApp>>;
  const aws = useAwsEndpoint(withRoleSessions((req) => (req.operation === 'DescribeInstances' ? ec2Reply('DescribeInstances', INSTANCES) : ec2Error('InvalidAction', String(req.operation), 400))));

  before(async () => {
    app = await startRealApp();
  });

  after(async () => {
    await app?.close();
  });

  async function ask(text: string): Promise<string> {
    const res = await fetch(`${app.url}/sandbox/api/channels/sandbox/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: 'me', text }) });
    const { id } = (await res.json()) as { id: string };
    const answer = await waitFor('the answer', async () => {
      const all = (await (await fetch(`${app.url}/sandbox/api/channels/sandbox/messages`)).json()) as MessageJson[];
      return all.find((m) => m.threadId === id && m.from === 'bot' && m.card?.title !== 'Working on it…');
    });
    return JSON.stringify(answer.card);
  }

  it('reads with the machine\'s credentials, no role assumed', async () => {
    const card = await ask('@aws ec2 describe-instances');
    assert.match(card, /i-0abc1234/);
    assert.match(card, /local as the service's own credentials/);
    assert.equal(signingKeyOf(aws.endpoint.requests.find((r) => r.operation === 'DescribeInstances')!), 'AKIDFAKEEXAMPLE');
    assert.equal(assumeRoleCalls(aws.endpoint.requests).length, 0);
  });

  it('keeps to the protection policy: stopping an instance is refused as unchecked, naming ReadOnlyAccess', async () => {
    // IAM can't be read here, so the shipped copy of ReadOnlyAccess is unconfirmed: not allowing
    // ec2:StopInstances is no certain denial, and without a role AWS would not enforce the guardrails.
    const card = await ask('@aws ec2 stop-instances --instance-ids i-0abc1234');
    assert.match(card, /ReadOnlyAccess/);
    assert.match(card, /can't be checked for ec2:StopInstances/);
    assert.equal(aws.endpoint.requests.filter((r) => r.operation === 'StopInstances').length, 0);
  });
});

describe('permissions under an org chat policy (a policy file beside chatops.yml)', function () {
  this.timeout(90_000);
  let app: Awaited<ReturnType<typeof startRealApp>>;
  useAwsEndpoint(withRoleSessions((req) => (req.operation === 'DescribeInstances' ? ec2Reply('DescribeInstances', INSTANCES) : ec2Error('InvalidAction', String(req.operation), 400))));
  const POLICY = `{
    "chatbot": {
      "platforms": {
        "sandbox": {
          "client": { "@@assign": "enabled" },
          "default": { "supported_channel_types": { "@@assign": ["private"] } }   // private channels only
        }
      },
      "default": { "client": { "@@assign": "disabled" } }
    }
  }`;
  const channel = (name: string, extra = '') => `  - name: ${name}
    platform: sandbox
    channelId: ${name}${extra}
    accounts:
      - id: "${PROD}"
        channelRole: ${CHANNEL_ROLE}
`;

  before(async () => {
    app = await startRealApp({ files: { 'org-policy.json': POLICY }, chatopsYml: `permissions:\n  orgPolicyFile: org-policy.json\nconfigurations:\n${channel('hidden', '\n    channelType: private')}${channel('unknown')}` });
  });

  after(async () => {
    await app?.close();
  });

  async function ask(channelId: string, text: string): Promise<string> {
    const res = await fetch(`${app.url}/sandbox/api/channels/${channelId}/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: 'me', text }) });
    const { id } = (await res.json()) as { id: string };
    const answer = await waitFor('the answer', async () => {
      const all = (await (await fetch(`${app.url}/sandbox/api/channels/${channelId}/messages`)).json()) as MessageJson[];
      return all.find((m) => m.threadId === id && m.from === 'bot' && m.card?.title !== 'Working on it…');
    });
    return JSON.stringify(answer.card);
  }

  it('runs commands in a channel the policy allows', async () => {
    assert.match(await ask('hidden', '@aws ec2 describe-instances'), /i-0abc1234/);
  });

  it('refuses commands in a channel whose type the policy can\'t confirm, naming the clause', async () => {
    const card = await ask('unknown', '@aws ec2 describe-instances');
    assert.match(card, /supported_channel_types/);
    assert.match(card, /organization administrator/);
    const denial = (await app.store.audit.list()).find((e) => e.kind === 'denial' && e.channelId === 'unknown');
    assert.match(denial?.policy ?? '', /^org chat policy: chatbot\.platforms\.sandbox/);
  });
});
