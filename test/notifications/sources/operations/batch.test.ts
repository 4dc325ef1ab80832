import assert from 'node:assert/strict';
import { field, local, shared } from './operations-card.js';

describe('AWS Batch job cards', () => {
  it('says which job is in which state on which queue', () => {
    const n = shared('eventbridge/batch-job-state-change.json');
    assert.equal(n.title, 'Batch job event-test is runnable');
    assert.equal(n.severity, 'info');
    assert.equal(field(n, 'Queue'), 'PexjEHappyPathCanary2JobQueue');
    assert.equal(field(n, 'Job definition'), 'first-run-job-definition:1');
    assert.equal(n.links[0]?.url, 'https://us-east-1.console.aws.amazon.com/batch/home?region=us-east-1#jobs/detail/4c7599ae-0a82-49aa-ba5a-4727fcce14a8');
    assert.equal(n.threadKey, 'arn:aws:batch:us-east-1:123456789012:job/4c7599ae-0a82-49aa-ba5a-4727fcce14a8');
    assert.equal(n.variables.JobId, '4c7599ae-0a82-49aa-ba5a-4727fcce14a8');
  });

  it('is high when a job fails, with its exit code and a link to its logs', () => {
    const n = local('synthetic-batch-job-state-change-failed.json');
    assert.equal(n.title, 'Batch job nightly-report failed');
    assert.equal(n.severity, 'high');
    assert.equal(n.summary, 'Essential container in task exited');
    assert.equal(field(n, 'Exit code'), '2');
    assert.equal(field(n, 'Duration'), '20 s');
    assert.equal(n.links[1]?.url, 'https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#logsV2:log-groups/log-group/$252Faws$252Fbatch$252Fjob/log-events/nightly-report$252Fdefault$252F2d4f6a8c0e1b3d5f7a9c1e3b5d7f9a1c');
    assert.equal(n.variables.LogStreamName, 'nightly-report/default/2d4f6a8c0e1b3d5f7a9c1e3b5d7f9a1c');
  });
});
