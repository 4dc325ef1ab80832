import assert from 'node:assert/strict';
import { evaluate } from '../../../src/permissions/precheck/evaluate.js';
import { KNOWN_MANAGED_POLICY_ARNS, knownManagedPolicy, knownManagedPolicyVersion } from '../../../src/permissions/precheck/known-managed-policies.js';
import { PROTECTION_INLINE_NAMED_POLICY, PROTECTION_INLINE_POLICY, PROTECTION_POLICY_ARNS } from '../../../src/permissions/precheck/protection-policy.js';
import type { NamedPolicy } from '../../../src/ports/aws.js';

const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
const admin = knownManagedPolicy('arn:aws:iam::aws:policy/AdministratorAccess')!;

/** The guardrails a new configuration gets: ReadOnlyAccess plus the protection statement. */
const protection: NamedPolicy[] = [...PROTECTION_POLICY_ARNS.map((arn) => knownManagedPolicy(arn)!), PROTECTION_INLINE_NAMED_POLICY];

describe('permission pre-check: shipped AWS-managed policies and the protection policy', () => {
  it('ships every policy the guardrails and roles are expected to use', () => {
    for (const name of ['ReadOnlyAccess', 'CloudWatchReadOnlyAccess', 'AWSSupportAccess', 'AWSResourceExplorerReadOnlyAccess', 'AmazonQDeveloperAccess', 'AWSLambda_ReadOnlyAccess', 'PowerUserAccess', 'AdministratorAccess']) {
      assert.ok(knownManagedPolicy(`arn:aws:iam::aws:policy/${name}`), name);
    }
    assert.ok(knownManagedPolicy('arn:aws:iam::aws:policy/job-function/ViewOnlyAccess'));
    assert.equal(KNOWN_MANAGED_POLICY_ARNS.length, 9);
    assert.equal(knownManagedPolicy('arn:aws:iam::111122223333:policy/ReadOnlyAccess'), undefined);
    assert.match(knownManagedPolicyVersion(READ_ONLY) ?? '', /^v\d+$/);
  });

  it('hands out a copy the caller may change', () => {
    const a = knownManagedPolicy(READ_ONLY)!;
    (a.document as { Statement: unknown[] }).Statement.length = 0;
    assert.ok((knownManagedPolicy(READ_ONLY)!.document as { Statement: unknown[] }).Statement.length > 0);
  });

  it('every shipped policy is one the evaluator can read', () => {
    for (const arn of KNOWN_MANAGED_POLICY_ARNS) {
      const got = evaluate({ action: 'ec2:DescribeInstances', identity: [knownManagedPolicy(arn)!], session: undefined, sessionUsed: false });
      assert.notEqual(got.decision === 'undecided' && /can't be evaluated/.test(got.why), true, `${arn}: ${JSON.stringify(got)}`);
    }
  });

  const asGuardrail = (action: string, session: NamedPolicy[]) => evaluate({ action, identity: [admin], session, sessionUsed: true });

  it('ReadOnlyAccess as a guardrail allows ec2:DescribeInstances', () => {
    assert.deepEqual(asGuardrail('ec2:DescribeInstances', [knownManagedPolicy(READ_ONLY)!]), { decision: 'allowed' });
  });

  it('ReadOnlyAccess as a guardrail certainly denies ec2:StopInstances: none of its statements allows it', () => {
    assert.deepEqual(asGuardrail('ec2:StopInstances', [knownManagedPolicy(READ_ONLY)!]), {
      decision: 'denied', kind: 'implicit', layer: 'guardrail', action: 'ec2:StopInstances', policy: READ_ONLY, policies: [READ_ONLY],
    });
  });

  it('the protection policy allows lambda:InvokeFunction through its inline statement', () => {
    assert.deepEqual(asGuardrail('lambda:InvokeFunction', protection), { decision: 'allowed' });
    assert.deepEqual(asGuardrail('support:CreateCase', protection), { decision: 'allowed' });
  });

  it('the protection policy still denies ec2:TerminateInstances, naming both its parts', () => {
    const got = asGuardrail('ec2:TerminateInstances', protection);
    assert.equal(got.decision, 'denied');
    assert.deepEqual(got.decision === 'denied' && got.policies, [READ_ONLY, PROTECTION_INLINE_NAMED_POLICY.name]);
  });

  it('passes the inline part as the JSON the reference documents', () => {
    assert.deepEqual(JSON.parse(PROTECTION_INLINE_POLICY), {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['lambda:Invoke*', 'support:*', 'ssm-incidents:*'], Resource: '*' }],
    });
  });

  it('PowerUserAccess as the role allows EC2 but not IAM user management', () => {
    const role = [knownManagedPolicy('arn:aws:iam::aws:policy/PowerUserAccess')!];
    assert.deepEqual(evaluate({ action: 'ec2:StopInstances', identity: role, session: undefined, sessionUsed: false }), { decision: 'allowed' });
    const got = evaluate({ action: 'iam:CreateUser', identity: role, session: undefined, sessionUsed: false });
    assert.equal(got.decision === 'denied' && got.kind, 'implicit');
  });
});
