import assert from 'node:assert/strict';
import { denialNextStep, describeDenial } from '../../../src/permissions/precheck/describe-denial.js';
import type { PrecheckDenied } from '../../../src/permissions/precheck/decision.js';

const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';

describe('permission pre-check: a denial in words', () => {
  const table: [string, PrecheckDenied, string][] = [
    [
      'a guardrail that allows nothing of the kind',
      { decision: 'denied', kind: 'implicit', layer: 'guardrail', action: 'ec2:StopInstances', policy: READ_ONLY, policies: [READ_ONLY] },
      'The guardrail policy arn:aws:iam::aws:policy/ReadOnlyAccess does not allow ec2:StopInstances (no statement allows it).',
    ],
    [
      'several guardrails',
      { decision: 'denied', kind: 'implicit', layer: 'guardrail', action: 'ec2:StopInstances', policy: `${READ_ONLY}, inline`, policies: [READ_ONLY, 'inline'] },
      'The guardrail policies arn:aws:iam::aws:policy/ReadOnlyAccess and inline do not allow ec2:StopInstances (no statement in them allows it).',
    ],
    [
      'a Deny statement with a Sid',
      { decision: 'denied', kind: 'explicit', layer: 'role', action: 'ec2:GetPasswordData', policy: 'arn:aws:iam::111122223333:policy/NoSecrets', policies: [], statement: 'DenySecrets' },
      'Statement DenySecrets of the role policy arn:aws:iam::111122223333:policy/NoSecrets denies ec2:GetPasswordData.',
    ],
    [
      'a Deny statement without Sid',
      { decision: 'denied', kind: 'explicit', layer: 'guardrail', action: 'ec2:StopInstances', policy: 'p', policies: ['p'], statement: '#2' },
      'Statement #2 of the guardrail policy p denies ec2:StopInstances.',
    ],
    [
      'a role without policies',
      { decision: 'denied', kind: 'implicit', layer: 'role', action: 'ec2:StopInstances', policy: '', policies: [] },
      'The role has no policy, so it does not allow ec2:StopInstances.',
    ],
  ];
  for (const [name, denial, words] of table) it(`words ${name}`, () => assert.equal(describeDenial(denial), words));

  it('says what to do next for each layer', () => {
    assert.match(denialNextStep(table[0]![1]), /guardrails/);
    assert.match(denialNextStep(table[2]![1]), /switch-roles/);
  });
});
