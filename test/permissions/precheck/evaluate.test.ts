import assert from 'node:assert/strict';
import { evaluate } from '../../../src/permissions/precheck/evaluate.js';
import type { PrecheckDecision, PrecheckRequest } from '../../../src/permissions/precheck/decision.js';
import type { NamedPolicy } from '../../../src/ports/aws.js';

/** A policy named `name` with the given statements. */
const policy = (name: string, ...Statement: Record<string, unknown>[]): NamedPolicy => ({ name, document: { Version: '2012-10-17', Statement } });
const allowAll = policy('arn:aws:iam::aws:policy/AdministratorAccess', { Effect: 'Allow', Action: '*', Resource: '*' });
const ec2Read = policy('arn:aws:iam::111122223333:policy/Ec2Read', { Effect: 'Allow', Action: ['ec2:Describe*', 'ec2:Get*'], Resource: '*' });
const noSecrets = policy('arn:aws:iam::111122223333:policy/NoSecrets', { Sid: 'DenySecrets', Effect: 'Deny', Action: 'ec2:GetPasswordData', Resource: '*' });
const INSTANCE = 'arn:aws:ec2:us-east-1:111122223333:instance/i-0123456789abcdef0';

interface Case {
  name: string;
  request: Partial<PrecheckRequest> & { action: string };
  expect: Partial<PrecheckDecision> & { decision: PrecheckDecision['decision'] };
  why?: RegExp;
}

/** Defaults: the role allows everything, the guardrails are ec2 read-only. */
function run(c: Case): PrecheckDecision {
  return evaluate({ identity: [allowAll], session: [ec2Read], sessionUsed: true, ...c.request });
}

const cases: Case[] = [
  // both layers
  { name: 'allows a call both the role and the guardrails allow', request: { action: 'ec2:DescribeInstances' }, expect: { decision: 'allowed' } },
  { name: 'compares actions without case', request: { action: 'EC2:describeinstances' }, expect: { decision: 'allowed' } },
  {
    name: 'denies implicitly what no guardrail allows, naming the guardrail',
    request: { action: 'ec2:StopInstances' },
    expect: { decision: 'denied', kind: 'implicit', layer: 'guardrail', policy: 'arn:aws:iam::111122223333:policy/Ec2Read', statement: undefined },
  },
  {
    name: 'denies implicitly what the role does not allow, even when the guardrails do',
    request: { action: 'ec2:DescribeVpcs', identity: [policy('role#inline', { Effect: 'Allow', Action: 'ec2:DescribeInstances', Resource: '*' })] },
    expect: { decision: 'denied', kind: 'implicit', layer: 'role', policy: 'role#inline' },
  },
  {
    name: 'denies explicitly with the Sid of the guardrail statement that denies',
    request: { action: 'ec2:GetPasswordData', session: [ec2Read, noSecrets] },
    expect: { decision: 'denied', kind: 'explicit', layer: 'guardrail', policy: 'arn:aws:iam::111122223333:policy/NoSecrets', statement: 'DenySecrets' },
  },
  {
    name: 'names a statement without Sid by its position',
    request: { action: 'ec2:DescribeInstances', identity: [policy('role#p', { Effect: 'Allow', Action: '*', Resource: '*' }, { Effect: 'Deny', Action: 'ec2:Describe*', Resource: '*' })] },
    expect: { decision: 'denied', kind: 'explicit', layer: 'role', policy: 'role#p', statement: '#2' },
  },
  {
    name: 'lets an explicit Deny win even when the other layer could not be read',
    request: { action: 'ec2:GetPasswordData', identity: undefined, session: [ec2Read, noSecrets] },
    expect: { decision: 'denied', kind: 'explicit', layer: 'guardrail' },
  },
  {
    name: 'unions the guardrails: one allowing is enough',
    request: { action: 'lambda:InvokeFunction', session: [ec2Read, policy('inline', { Effect: 'Allow', Action: 'lambda:Invoke*', Resource: '*' })] },
    expect: { decision: 'allowed' },
  },
  { name: 'ignores guardrails when the session has none', request: { action: 'ec2:StopInstances', sessionUsed: false }, expect: { decision: 'allowed' } },
  { name: 'treats an empty guardrail list as no guardrails', request: { action: 'ec2:StopInstances', session: [] }, expect: { decision: 'allowed' } },
  // NotAction, NotResource, wildcards
  {
    name: 'NotAction allows everything outside it',
    request: { action: 'ec2:StopInstances', sessionUsed: false, identity: [policy('power', { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' })] },
    expect: { decision: 'allowed' },
  },
  {
    name: 'NotAction allows nothing inside it',
    request: { action: 'iam:ListRoles', sessionUsed: false, identity: [policy('power', { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' })] },
    expect: { decision: 'denied', kind: 'implicit', layer: 'role', policy: 'power' },
  },
  {
    name: 'a Deny with NotAction denies what it does not name',
    request: { action: 'ec2:StopInstances', session: [policy('only-read', { Sid: 'OnlyRead', Effect: 'Deny', NotAction: ['ec2:Describe*'], Resource: '*' }), ec2Read] },
    expect: { decision: 'denied', kind: 'explicit', statement: 'OnlyRead' },
  },
  { name: 'matches ? as one character', request: { action: 'ec2:GetConsoleOutput', session: [policy('q', { Effect: 'Allow', Action: 'ec2:GetConsole?utput', Resource: '*' })] }, expect: { decision: 'allowed' } },
  {
    name: 'a ? does not match two characters',
    request: { action: 'ec2:GetConsoleOutput', session: [policy('q', { Effect: 'Allow', Action: 'ec2:GetConsol?utput', Resource: '*' })] },
    expect: { decision: 'denied', kind: 'implicit' },
  },
  {
    name: 'a resource-specific allow covers a known matching resource',
    request: { action: 'ec2:StopInstances', resource: INSTANCE, session: [policy('stop', { Effect: 'Allow', Action: 'ec2:StopInstances', Resource: 'arn:aws:ec2:*:111122223333:instance/*' })] },
    expect: { decision: 'allowed' },
  },
  {
    name: 'a resource-specific allow for another resource denies implicitly',
    request: { action: 'ec2:StopInstances', resource: INSTANCE, session: [policy('stop', { Effect: 'Allow', Action: 'ec2:StopInstances', Resource: 'arn:aws:ec2:*:444455556666:instance/*' })] },
    expect: { decision: 'denied', kind: 'implicit', layer: 'guardrail' },
  },
  {
    name: 'NotResource excluding the resource denies implicitly',
    request: { action: 'ec2:StopInstances', resource: INSTANCE, sessionUsed: false, identity: [policy('r', { Effect: 'Allow', Action: 'ec2:*', NotResource: 'arn:aws:ec2:*:*:instance/i-0123*' })] },
    expect: { decision: 'denied', kind: 'implicit', layer: 'role' },
  },
  // what can't be decided here
  {
    name: 'a resource-specific allow with an unknown resource is undecided',
    request: { action: 'ec2:StopInstances', resource: '*', session: [policy('stop', { Effect: 'Allow', Action: 'ec2:StopInstances', Resource: 'arn:aws:ec2:*:111122223333:instance/*' })] },
    expect: { decision: 'undecided' },
    why: /statement #1 of stop names specific resources and the resource isn't known/,
  },
  {
    name: 'a conditional Allow never counts as an allow, but may apply',
    request: { action: 'ec2:StopInstances', session: [policy('tagged', { Sid: 'Tagged', Effect: 'Allow', Action: 'ec2:StopInstances', Resource: '*', Condition: { StringEquals: { 'aws:ResourceTag/chat': 'yes' } } })] },
    expect: { decision: 'undecided' },
    why: /statement Tagged of tagged has a Condition/,
  },
  {
    name: 'a conditional Deny is not a certain explicit denial',
    request: { action: 'ec2:DescribeInstances', session: [ec2Read, policy('mfa', { Sid: 'NoMfa', Effect: 'Deny', Action: '*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } } })] },
    expect: { decision: 'undecided' },
    why: /statement NoMfa of mfa has a Condition/,
  },
  {
    name: 'a conditional Deny does not hide a certain implicit denial (refused whether or not it applies)',
    request: { action: 'ec2:StopInstances', session: [ec2Read, policy('mfa', { Effect: 'Deny', Action: '*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } } })] },
    expect: { decision: 'denied', kind: 'implicit', layer: 'guardrail', policy: 'arn:aws:iam::111122223333:policy/Ec2Read, mfa' },
  },
  {
    name: 'a Deny on specific resources with an unknown resource is undecided, not allowed',
    request: { action: 'ec2:DescribeInstances', session: [ec2Read, policy('prod', { Effect: 'Deny', Action: 'ec2:*', Resource: 'arn:aws:ec2:*:*:instance/prod-*' })] },
    expect: { decision: 'undecided' },
  },
  { name: 'unreadable role policies leave it undecided', request: { action: 'ec2:DescribeInstances', identity: undefined }, expect: { decision: 'undecided' }, why: /the role's policies could not be read/ },
  { name: 'unreadable guardrails leave it undecided', request: { action: 'ec2:DescribeInstances', session: undefined }, expect: { decision: 'undecided' }, why: /the guardrails could not be read/ },
  {
    name: 'an unreadable layer does not stop a certain implicit denial by the other',
    request: { action: 'ec2:StopInstances', identity: undefined },
    expect: { decision: 'denied', kind: 'implicit', layer: 'guardrail' },
  },
  {
    name: 'policy variables in a resource are left to AWS',
    request: { action: 'ec2:StopInstances', resource: INSTANCE, sessionUsed: false, identity: [policy('v', { Effect: 'Allow', Action: 'ec2:*', Resource: 'arn:aws:ec2:*:*:instance/${aws:PrincipalTag/instance}' })] },
    expect: { decision: 'undecided' },
  },
  {
    name: 'an implicit denial of a service with resource policies is left to AWS',
    request: { action: 'sqs:SendMessage' },
    expect: { decision: 'undecided' },
    why: /no statement of the guardrails allows sqs:SendMessage, but a resource-based policy still might/,
  },
  { name: 'an explicit denial of such a service is still certain', request: { action: 's3:GetObject', session: [policy('no-s3', { Effect: 'Deny', Action: 's3:*', Resource: '*' })] }, expect: { decision: 'denied', kind: 'explicit' } },
  { name: 'something that is not an IAM action is undecided', request: { action: 'describe-instances' }, expect: { decision: 'undecided' } },
];

/** Documents IAM would not accept: the pre-check says why and does not decide. */
const malformed: [string, unknown, RegExp][] = [
  ['a string document', 'not json', /is not a JSON object/],
  ['no Statement', { Version: '2012-10-17' }, /has no Statement/],
  ['an unknown Version', { Version: '2020-01-01', Statement: [] }, /unknown Version/],
  ['a Principal', { Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }] }, /has "Principal"/],
  ['Action and NotAction', { Statement: [{ Effect: 'Allow', Action: '*', NotAction: 'iam:*', Resource: '*' }] }, /has both Action and NotAction/],
  ['no Resource', { Statement: [{ Effect: 'Allow', Action: '*' }] }, /has neither Resource nor NotResource/],
  ['a lower-case effect', { Statement: [{ Effect: 'allow', Action: '*', Resource: '*' }] }, /no Effect of Allow or Deny/],
  ['a number as action', { Statement: [{ Effect: 'Allow', Action: [1], Resource: '*' }] }, /not a string or a list of strings/],
  ['an action without service', { Statement: [{ Effect: 'Allow', Action: 'DescribeInstances', Resource: '*' }] }, /not service:action/],
];

describe('permission pre-check: evaluate', () => {
  for (const c of cases) {
    it(c.name, () => {
      const got = run(c);
      assert.deepEqual(pick(got, Object.keys(c.expect)), c.expect, JSON.stringify(got));
      if (c.why) assert.match(got.decision === 'undecided' ? got.why : '', c.why);
    });
  }

  for (const [name, document, why] of malformed) {
    it(`does not decide on a policy with ${name}`, () => {
      const got = evaluate({ action: 'ec2:StopInstances', identity: [allowAll], session: [ec2Read, { name: 'bad', document: document as Record<string, unknown> }], sessionUsed: true });
      assert.equal(got.decision, 'undecided');
      assert.match(got.decision === 'undecided' ? got.why : '', why);
    });
  }
});

function pick(o: object, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, (o as Record<string, unknown>)[k]]));
}
