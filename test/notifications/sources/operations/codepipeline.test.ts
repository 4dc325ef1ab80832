import assert from 'node:assert/strict';
import { field, listItems, local, shared } from './operations-card.js';

describe('CodePipeline cards', () => {
  it('reads a CodeStar action failure: which action, why, and a link to the CodeBuild run', () => {
    const n = shared('codestar/codepipeline-action-execution-failed-full.json');
    assert.equal(n.title, 'Pipeline sin-dev: action Build failed in stage build');
    assert.equal(n.severity, 'high');
    assert.equal(n.service, 'AWS CodePipeline');
    assert.equal(n.account, '653734769926');
    assert.equal(n.region, 'ap-northeast-2');
    assert.equal(n.summary, 'Build terminated with state: FAILED');
    assert.equal(field(n, 'Error code'), 'JobFailed');
    assert.equal(field(n, 'Action'), 'Build (CodeBuild)');
    assert.equal(n.links[0]?.url, 'https://ap-northeast-2.console.aws.amazon.com/codesuite/codepipeline/pipelines/sin-dev/executions/1d247af2-7eb3-4569-aeda-41416e2a81c5/timeline?region=ap-northeast-2');
    assert.equal(n.links[1]?.url, 'https://console.aws.amazon.com/codebuild/home?region=ap-northeast-2#/builds/sin-dev:86a1cd00-9509-4929-ac8b-7d3a8c10c2bc/view/new');
    assert.equal(n.threadKey, 'aws.codepipeline:execution/1d247af2-7eb3-4569-aeda-41416e2a81c5');
    assert.deepEqual(
      { PipelineName: n.variables.PipelineName, ExecutionId: n.variables.ExecutionId, StageName: n.variables.StageName, ActionName: n.variables.ActionName },
      { PipelineName: 'sin-dev', ExecutionId: '1d247af2-7eb3-4569-aeda-41416e2a81c5', StageName: 'build', ActionName: 'Build' },
    );
  });

  it('lists the failed actions a CodeStar pipeline failure carries', () => {
    const n = local('synthetic-codestar-pipeline-execution-failed.json');
    assert.equal(n.title, 'Pipeline checkout-service failed');
    assert.equal(n.severity, 'high');
    assert.equal(n.summary, 'Failed in stage Deploy.');
    assert.deepEqual(listItems(n, 'Failed actions'), ['DeployBlue: Deployment d-7KQ2X9P1A failed', 'DeployGreen: Deployment d-3MZ8B4C2Q failed']);
    assert.equal(n.variables.StageName, 'Deploy');
  });

  it('shows where a failed execution’s code came from', () => {
    const n = local('synthetic-codepipeline-pipeline-execution-failed-git-trigger.json');
    assert.equal(field(n, 'Source'), 'mmajor/sample-project@v4.2.1 (9b2c4e7)');
    assert.equal(field(n, 'Author'), 'Mary Major');
    assert.equal(n.summary, 'Commit: Update file README.md');
  });

  it('threads pipeline, stage and action events of one execution together', () => {
    const pipeline = shared('eventbridge/codepipeline-pipeline-execution-state-change.json');
    const stage = shared('eventbridge/codepipeline-stage-execution-state-change.json');
    assert.equal(pipeline.title, 'Pipeline myPipeline started');
    assert.equal(pipeline.severity, 'info');
    assert.equal(stage.title, 'Pipeline myPipeline: a stage started');
    assert.equal(stage.threadKey, pipeline.threadKey);
    assert.equal(pipeline.threadKey, 'aws.codepipeline:execution/01234567-0123-0123-0123-012345678901');
  });

  it('asks for attention when an approval action starts', () => {
    const n = local('synthetic-codepipeline-action-execution-approval-started.json');
    assert.equal(n.title, 'Pipeline checkout-service is waiting for approval at ProductionSignOff');
    assert.equal(n.severity, 'medium');
    assert.equal(n.threadKey, 'aws.codepipeline:execution/5e6f7a8b-1c2d-4e3f-9a0b-1c2d3e4f5a6b');
  });
});
