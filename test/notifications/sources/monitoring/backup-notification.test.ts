import assert from 'node:assert/strict';
import type { Notification } from '../../../../src/core/notification.js';
import { readFixture } from '../../../support/fixtures.js';
import { engineWithLog } from './engine-with-log.js';

describe('AWS Backup notification card', () => {
  const { engine, log } = engineWithLog();
  const all = () => engine.notifications(readFixture('sns/lambda-sns-records-backup-job-completed-and-failed.json'));
  const field = (n: Notification | undefined, label: string) => n?.fields.find((f) => f.label === label)?.value;
  afterEach(() => assert.deepEqual(log.warnings, []));

  it('recognises AWS Backup texts as aws.backup', () => {
    assert.deepEqual(
      all().map((n) => [n.source, n.kind]),
      Array.from({ length: 4 }, () => ['aws.backup', 'Backup Notification']),
    );
  });

  it('shows a completed job as a success with resource, job id and recovery point', () => {
    const n = all()[0];
    assert.equal(n?.title, 'Backup job completed: vol-012f345df6789012e');
    assert.equal(n?.severity, 'success');
    assert.equal(field(n, 'Job ID'), '1b2345b2-f22c-4dab-5eb6-bbc7890ed123');
    assert.equal(field(n, 'Resource'), 'arn:aws:ec2:us-west-1:123456789012:volume/vol-012f345df6789012e');
    assert.equal(field(n, 'Recovery point'), 'arn:aws:ec2:us-west-1:123456789012:volume/vol-012f345df6789012d');
    assert.equal(n?.summary, 'An AWS Backup job was completed successfully.');
  });

  it('makes failures high', () => {
    const [, failed, expired, copy] = all();
    assert.equal(failed?.title, 'Backup job failed: vol-012f345df6789012e');
    assert.equal(failed?.severity, 'high');
    assert.equal(expired?.title, 'Backup job did not finish in time: vol-012f345df6789012e');
    assert.equal(expired?.severity, 'high');
    assert.equal(copy?.title, 'Copy job failed: 2c3456c3-f33d-5ec6-cdc7-ccd890fe2345');
    assert.equal(copy?.severity, 'high');
  });

  it('links to the job in the AWS Backup console and threads by job', () => {
    const [done, , , copy] = all();
    assert.equal(done?.links[0]?.url, 'https://us-west-1.console.aws.amazon.com/backup/home?region=us-west-1#/jobs/backup/details/1b2345b2-f22c-4dab-5eb6-bbc7890ed123');
    assert.equal(done?.threadKey, 'aws.backup:backup:1b2345b2-f22c-4dab-5eb6-bbc7890ed123');
    assert.equal(copy?.links[0]?.url, 'https://us-east-1.console.aws.amazon.com/backup/home?region=us-east-1#/jobs/copy/details/2c3456c3-f33d-5ec6-cdc7-ccd890fe2345');
    assert.equal(copy?.account, '123456789012');
  });

  it('exposes the job id, state and resource as variables', () => {
    const v = all()[1]?.variables ?? {};
    assert.equal(v.BackupJobId, '1b2345b2-f22c-4dab-5eb6-bbc7890ed123');
    assert.equal(v.JobId, '1b2345b2-f22c-4dab-5eb6-bbc7890ed123');
    assert.equal(v.State, 'FAILED');
    assert.equal(v.ResourceArn, 'arn:aws:ec2:us-west-1:123456789012:volume/vol-012f345df6789012e');
  });

  it('reads the state from the words when the message has no attributes', () => {
    const [n] = engine.notifications('An AWS Backup job failed. Resource ARN : arn:aws:rds:eu-west-1:123456789012:db:orders. BackupJob ID : 9f1e');
    assert.equal(n?.title, 'Backup job failed: orders');
    assert.equal(n?.severity, 'high');
    assert.equal(n?.region, 'eu-west-1');
  });
});
