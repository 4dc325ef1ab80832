import assert from 'node:assert/strict';
import { field, local, shared } from './operations-card.js';

describe('Step Functions execution cards', () => {
  const arn = 'arn:aws:states:us-east-1:012345678912:execution:state-machine-name:execution-name';

  for (const [file, severity, title] of [
    ['aborted', 'high', 'Step Functions execution execution-name aborted'],
    ['timed_out', 'high', 'Step Functions execution execution-name timed out'],
    ['succeeded', 'success', 'Step Functions execution execution-name succeeded'],
    ['running', 'info', 'Step Functions execution execution-name is running'],
  ] as const) {
    it(`reads ${file} as ${severity}, threaded by execution ARN`, () => {
      const n = shared(`eventbridge/stepfunctions-execution-status-change-${file}.json`);
      assert.equal(n.title, title);
      assert.equal(n.severity, severity);
      assert.equal(n.threadKey, arn);
      assert.equal(n.links[0]?.url, `https://us-east-1.console.aws.amazon.com/states/home?region=us-east-1#/v2/executions/details/${arn}`);
    });
  }

  it('shows the state machine and how long the execution ran', () => {
    const n = shared('eventbridge/stepfunctions-execution-status-change-aborted.json');
    assert.equal(field(n, 'State machine'), 'state-machine');
    assert.equal(field(n, 'Duration'), '2.6 s');
    assert.equal(n.variables.ExecutionArn, arn);
    assert.equal(n.variables.StateMachineArn, 'arn:aws:states:us-east-1:012345678912:stateMachine:state-machine');
  });

  it('shows a failure’s error and cause, but not the execution input', () => {
    const n = local('synthetic-stepfunctions-execution-status-change-failed.json');
    assert.equal(n.title, 'Step Functions execution order-7781 failed');
    assert.equal(n.severity, 'high');
    assert.equal(n.summary, 'States.TaskFailed: Lambda function charge-card returned an error: PaymentDeclined');
    const shown = JSON.stringify({ summary: n.summary, fields: n.fields, sections: n.sections });
    assert.ok(!shown.includes('someone@example.com'));
  });
});
