import assert from 'node:assert/strict';
import { localPreCheck } from '../../src/permissions/local-precheck.js';
import { knownManagedPolicy } from '../../src/permissions/precheck/known-managed-policies.js';
import { PROTECTION_INLINE_NAMED_POLICY } from '../../src/permissions/precheck/protection-policy.js';
import type { NamedPolicy } from '../../src/ports/aws.js';

const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
const ROLE = 'arn:aws:iam::111122223333:role/ChatOpsChannel';

/** The shipped copy of ReadOnlyAccess, as IAM confirmed it (same version) or as it stands when IAM can't be read. */
const readOnly = (): NamedPolicy => knownManagedPolicy(READ_ONLY)!;
const readOnlyUnconfirmed = (): NamedPolicy => ({ ...readOnly(), unconfirmed: true });
/** A role that may do anything. */
const admin: NamedPolicy[] = [{ name: `${ROLE}#admin`, document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } }];
/** A role that may only describe EC2. */
const describeOnly: NamedPolicy[] = [{ name: `${ROLE}#describe`, document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' }] } }];
/** A role that may do anything but stop instances. */
const noStopping: NamedPolicy[] = [{ name: `${ROLE}#everyday`, document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }, { Sid: 'NoStop', Effect: 'Deny', Action: 'ec2:StopInstances', Resource: '*' }] } }];

describe('local pre-check', () => {
  describe('with guardrails IAM confirmed', () => {
    it('refuses what the guardrails do not allow, naming the policy', () => {
      const got = localPreCheck({ action: 'ec2:StopInstances', identity: admin, session: [readOnly()] });
      assert.equal(got.verdict, 'denied');
      assert.equal(got.verdict === 'denied' && got.layer, 'guardrail');
      assert.equal(got.verdict === 'denied' && got.policy, READ_ONLY);
    });

    it('allows what both the guardrails and the role allow', () => {
      assert.deepEqual(localPreCheck({ action: 'ec2:DescribeInstances', identity: admin, session: [readOnly()] }), { verdict: 'allowed' });
    });
  });

  describe('with a shipped copy of a guardrail that IAM could not confirm', () => {
    it('leaves to AWS what the copy does not allow: AWS may have allowed it since', () => {
      const got = localPreCheck({ action: 'ec2:StopInstances', identity: admin, session: [readOnlyUnconfirmed(), PROTECTION_INLINE_NAMED_POLICY] });
      assert.equal(got.verdict, 'undecided');
      assert.match(got.verdict === 'undecided' ? got.why : '', /ReadOnlyAccess.*could not be checked against the version AWS uses now/);
    });

    it('still allows what the copy allows', () => {
      assert.deepEqual(localPreCheck({ action: 'ec2:DescribeInstances', identity: admin, session: [readOnlyUnconfirmed()] }), { verdict: 'allowed' });
    });

    it('still refuses what a Deny statement of the copy denies', () => {
      const denyAll: NamedPolicy = { name: 'arn:aws:iam::aws:policy/AWSDenyAll', document: { Version: '2012-10-17', Statement: [{ Sid: 'DenyAll', Effect: 'Deny', Action: '*', Resource: '*' }] }, unconfirmed: true };
      const got = localPreCheck({ action: 'ec2:DescribeInstances', identity: admin, session: [denyAll] });
      assert.equal(got.verdict === 'denied' && got.policy, 'arn:aws:iam::aws:policy/AWSDenyAll (statement DenyAll)');
    });

    it("still refuses what the role's own policies do not allow", () => {
      const got = localPreCheck({ action: 'ec2:StopInstances', identity: describeOnly, session: [readOnlyUnconfirmed()] });
      assert.equal(got.verdict === 'denied' && got.layer, 'role');
      assert.equal(got.verdict === 'denied' && got.policy, `${ROLE}#describe`);
    });

    it("still refuses what the role's own policies deny, naming the statement", () => {
      const got = localPreCheck({ action: 'ec2:StopInstances', identity: noStopping, session: [readOnlyUnconfirmed()] });
      assert.equal(got.verdict === 'denied' && got.policy, `${ROLE}#everyday (statement NoStop)`);
    });

    it('still leaves to AWS what the role policies can not be read for', () => {
      assert.equal(localPreCheck({ action: 'ec2:StopInstances', identity: undefined, session: [readOnlyUnconfirmed()] }).verdict, 'undecided');
    });
  });

  describe("with an unconfirmed copy among the role's policies", () => {
    it('leaves to AWS what the role does not allow', () => {
      const got = localPreCheck({ action: 'ec2:StopInstances', identity: [readOnlyUnconfirmed()], session: [] });
      assert.equal(got.verdict, 'undecided');
      assert.match(got.verdict === 'undecided' ? got.why : '', /ReadOnlyAccess/);
    });

    it('refuses it once IAM confirms the copy', () => {
      assert.equal(localPreCheck({ action: 'ec2:StopInstances', identity: [readOnly()], session: [] }).verdict, 'denied');
    });
  });

  it('leaves to AWS an operation whose IAM action is not known', () => {
    assert.equal(localPreCheck({ action: undefined, identity: admin, session: [readOnly()] }).verdict, 'undecided');
  });
});
