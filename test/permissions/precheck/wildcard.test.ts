import assert from 'node:assert/strict';
import { actionMatches, globMatch, resourceMatches } from '../../../src/permissions/precheck/wildcard.js';

describe('permission pre-check: IAM wildcards', () => {
  const globs: [string, string, boolean][] = [
    ['*', '', true],
    ['ec2:Describe*', 'ec2:DescribeInstances', true],
    ['ec2:Describe*', 'ec2:describeinstances', false],
    ['ec2:*Instances', 'ec2:StopInstances', true],
    ['ec2:Stop?nstances', 'ec2:StopInstances', true],
    ['ec2:Stop?nstances', 'ec2:StopInstance', false],
    ['a*b*c*d*e*f*g', 'a'.repeat(5000) + 'x', false], // no catastrophic backtracking
  ];
  for (const [p, v, m] of globs) it(`${p} ${m ? 'matches' : 'does not match'} ${v.slice(0, 30)}`, () => assert.equal(globMatch(p, v), m));

  it('compares actions without case', () => assert.equal(actionMatches('EC2:describe*', 'ec2:DescribeInstances'), true));

  const I = 'arn:aws:ec2:us-east-1:111122223333:instance/i-1';
  const resources: [string, string | undefined, string][] = [
    ['*', undefined, 'yes'],
    ['arn:aws:ec2:*:*:instance/*', undefined, 'maybe'],
    ['arn:aws:ec2:*:111122223333:instance/*', I, 'yes'],
    ['arn:aws:ec2:*:444455556666:instance/*', I, 'no'],
    ['arn:aws:ec2:*', I, 'maybe'], // a wildcard does not reach across segments in IAM
    ['arn:aws:EC2:*:*:instance/*', I, 'maybe'], // only the case differs
    ['arn:aws:ec2:*:*:instance/${aws:username}', I, 'maybe'],
  ];
  for (const [p, r, m] of resources) it(`Resource ${p} on ${r ?? 'an unknown resource'}: ${m}`, () => assert.equal(resourceMatches(p, r), m));
});
