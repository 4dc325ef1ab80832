import assert from 'node:assert/strict';
import { field, local, shared } from './operations-card.js';

describe('CodeBuild cards', () => {
  it('says which build succeeded, how long it took, and links to the build and its logs', () => {
    const n = shared('eventbridge/codebuild-build-state-change.json');
    assert.equal(n.title, 'Build my-sample-project #55 succeeded');
    assert.equal(n.severity, 'success');
    assert.equal(n.account, '123456789012');
    assert.equal(n.region, 'us-west-2');
    assert.equal(field(n, 'Duration'), '1 min 54 s');
    assert.equal(field(n, 'Started by'), 'MyCodeBuildDemoUser');
    assert.equal(n.links[0]?.url, 'https://us-west-2.console.aws.amazon.com/codesuite/codebuild/123456789012/projects/my-sample-project/build/my-sample-project%3A8745a7a9-c340-456a-9166-edf953571bEX?region=us-west-2');
    assert.equal(n.links[1]?.label, 'Open build logs');
    assert.equal(n.threadKey, 'arn:aws:codebuild:us-west-2:123456789012:build/my-sample-project:8745a7a9-c340-456a-9166-edf953571bEX');
    assert.equal(n.variables.ProjectName, 'my-sample-project');
    assert.equal(n.variables.BuildId, 'my-sample-project:8745a7a9-c340-456a-9166-edf953571bEX');
    assert.equal(n.variables.LogGroup, '/aws/codebuild/my-sample-project');
  });

  it('shows the failed phase and its error for a failed build', () => {
    const n = local('synthetic-codebuild-build-state-change-failed.json');
    assert.equal(n.title, 'Build checkout-service-build #212 failed');
    assert.equal(n.severity, 'high');
    assert.equal(n.summary, 'Failed in phase BUILD.');
    const code = n.sections.find((s) => s.type === 'code' && s.title === 'Phase BUILD failed');
    assert.ok(code?.type === 'code' && code.code.includes('npm test'));
  });

  it('reads a failed phase, in the same thread as its build', () => {
    const n = local('synthetic-codebuild-build-phase-change-failed.json');
    assert.equal(n.title, 'Build checkout-service-build #212: phase BUILD failed');
    assert.equal(n.severity, 'high');
    assert.match(n.summary ?? '', /^COMMAND_EXECUTION_ERROR: Error while executing command: npm test/);
    assert.equal(field(n, 'Phase duration'), '1 min 35 s');
    assert.equal(n.threadKey, 'arn:aws:codebuild:us-west-2:123456789012:build/checkout-service-build:1e81d092-63ae-4811-933b-02214d605c6e');
  });
});
