import assert from 'node:assert/strict';
import { field, shared, sharedWith } from './operations-card.js';

describe('ECR image cards', () => {
  it('says which image was pushed and gives its URI', () => {
    const n = shared('eventbridge/ecr-image-action-push.json');
    assert.equal(n.title, 'ECR image my-repository-name:latest pushed');
    assert.equal(n.severity, 'info');
    assert.equal(field(n, 'Image URI'), '123456789012.dkr.ecr.us-west-2.amazonaws.com/my-repository-name:latest');
    assert.equal(n.links[0]?.url, 'https://us-west-2.console.aws.amazon.com/ecr/repositories/private/123456789012/my-repository-name/_/image/sha256:7f5b2640fe6fb4f46592dfd3410c4a79dac4f89e4782432e0378abcd1234/details?region=us-west-2');
    assert.equal(n.variables.ImageDigest, 'sha256:7f5b2640fe6fb4f46592dfd3410c4a79dac4f89e4782432e0378abcd1234');
  });

  it('is high when a push fails', () => {
    const n = sharedWith('eventbridge/ecr-image-action-push.json', (d) => (d.result = 'FAILURE'));
    assert.equal(n.title, 'ECR image my-repository-name:latest push failed');
    assert.equal(n.severity, 'high');
  });
});

describe('Glue job cards', () => {
  it('is high when a job run fails, with Glue’s message', () => {
    const n = shared('eventbridge/glue-job-state-change-failed.json');
    assert.equal(n.title, 'Glue job test_job failed');
    assert.equal(n.severity, 'high');
    assert.equal(n.summary, 'SystemExit: 1');
    assert.equal(n.account, '000000000000');
    assert.equal(n.region, 'us-east-2');
    const run = 'jr_ca2144d747b45ad412d3c66a1b6934b6b27aa252be9a21a95c54dfaa224a1925';
    assert.equal(n.links[0]?.url, `https://us-east-2.console.aws.amazon.com/gluestudio/home?region=us-east-2#/job/test_job/run/${run}`);
    assert.equal(n.threadKey, `aws.glue:job-run/${run}`);
    assert.deepEqual({ job: n.variables.JobName, run: n.variables.JobRunId }, { job: 'test_job', run });
  });

  it('is green when a job run succeeds', () => {
    assert.equal(sharedWith('eventbridge/glue-job-state-change-failed.json', (d) => ((d.state = 'SUCCEEDED'), (d.severity = 'INFO'))).severity, 'success');
  });
});
