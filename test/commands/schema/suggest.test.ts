import assert from 'node:assert/strict';
import { closestNames, editDistance } from '../../../src/commands/schema/suggest.js';

describe('did-you-mean suggestions', () => {
  const ops = ['describe-instances', 'describe-instance-types', 'run-instances', 'start-instances', 'stop-instances'].map((n): [string, string] => [n, n]);

  it('measures edit distance', () => {
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('same', 'same'), 0);
  });

  it('offers the operation one typo away', () => assert.deepEqual(closestNames('describe-instanses', ops), ['describe-instances']));

  it('ignores case and dashes', () => assert.deepEqual(closestNames('DescribeInstances', ops), ['describe-instances']));

  it('prefers an exact alias over near spellings', () => {
    assert.deepEqual(closestNames('s3', [['s3api', 's3api'], ['s3', 's3api'], ['sts', 'sts'], ['ce', 'ce']]), ['s3api']);
  });

  it('offers nothing for a name far from every candidate', () => assert.deepEqual(closestNames('frobnicate', ops), []));
});
