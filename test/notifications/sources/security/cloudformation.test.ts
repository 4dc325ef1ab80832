import assert from 'node:assert/strict';
import { assertReadable, field, fromEvent, fromSynthetic } from './notify.js';

const STACK = 'arn:aws:cloudformation:eu-west-3:123456789012:stack/orders-api/dca9d690-12fc-11ed-acb4-0e99ce9abea2';

describe('CloudFormation stack status card', () => {
  it('says the update failed and is rolling back, with the reason, in red', () => {
    const n = fromSynthetic('synthetic-cloudformation-stack-status-change-update-rollback.json');
    assertReadable(n, 'CloudFormation Stack Status Change');
    assert.equal(n.title, 'Stack orders-api update failed, rolling back');
    assert.equal(n.severity, 'high');
    assert.equal(n.summary, 'The following resource(s) failed to update: [OrdersFunction].');
    assert.equal(n.threadKey, STACK);
    assert.equal(n.links[0]?.url, `https://eu-west-3.console.aws.amazon.com/cloudformation/home?region=eu-west-3#/stacks/stackinfo?stackId=${encodeURIComponent(STACK)}`);
    assert.equal(n.variables.stackName, 'orders-api');
    assert.equal(n.variables.status, 'UPDATE_ROLLBACK_IN_PROGRESS');
  });

  it('shows a finished stack operation in green', () => {
    const n = fromSynthetic('synthetic-cloudformation-stack-status-change-create-complete.json');
    assert.equal(n.title, 'Stack orders-api created');
    assert.equal(n.severity, 'success');
    assert.equal(n.summary, undefined);
  });

  it('treats operations in progress as routine', () => {
    const n = fromEvent('aws.cloudformation', 'CloudFormation Stack Status Change', { 'stack-id': STACK, 'status-details': { status: 'UPDATE_IN_PROGRESS', 'status-reason': 'User Initiated' } });
    assert.equal(n.title, 'Stack orders-api is being updated');
    assert.equal(n.severity, 'info');
  });

  it('names the failed resource, its type and stack, in the stack thread', () => {
    const n = fromSynthetic('synthetic-cloudformation-resource-status-change-update-failed.json');
    assertReadable(n, 'CloudFormation Resource Status Change');
    assert.equal(n.title, 'OrdersFunction (AWS::Lambda::Function) in stack orders-api failed to update');
    assert.equal(n.severity, 'high');
    assert.equal(field(n, 'Physical ID'), 'orders-api-OrdersFunction-1A2B3C4D5E6F');
    assert.equal(n.threadKey, STACK);
    assert.match(n.links[0]?.url ?? '', /#\/stacks\/resources\?stackId=/);
  });

  it("reads the stack's own SNS notification (Key='value' text) like the EventBridge event", () => {
    const stack = fromSynthetic('synthetic-cloudformation-sns-stack-notification.json');
    assertReadable(stack, 'CloudFormation Stack Status Change');
    assert.equal(stack.title, 'Stack billing creation rolled back');
    assert.equal(stack.severity, 'high');
    assert.equal(stack.account, '123456789012');
    assert.equal(stack.region, 'us-east-1');
    const resource = fromSynthetic('synthetic-cloudformation-sns-resource-notification.json');
    assertReadable(resource, 'CloudFormation Resource Status Change');
    assert.equal(resource.title, 'InvoicesTable (AWS::DynamoDB::Table) in stack billing failed to create');
    assert.equal(resource.summary, 'Table already exists: invoices');
    assert.equal(resource.threadKey, stack.threadKey);
  });

  it('still reads well when the detail is empty', () => {
    assertReadable(fromEvent('aws.cloudformation', 'CloudFormation Stack Status Change', {}), 'CloudFormation Stack Status Change');
    assertReadable(fromEvent('aws.cloudformation', 'CloudFormation Resource Status Change', {}), 'CloudFormation Resource Status Change');
  });
});

describe('CloudFormation drift detection card', () => {
  it('says the stack drifted and how many resources, linking to its drifts', () => {
    const n = fromSynthetic('synthetic-cloudformation-drift-detection-drifted.json');
    assertReadable(n, 'CloudFormation Drift Detection Status Change');
    assert.equal(n.title, 'Stack orders-api has drifted: 2 resources');
    assert.equal(n.severity, 'medium');
    assert.match(n.links[0]?.url ?? '', /#\/stacks\/drifts\?stackId=/);
    assert.equal(n.threadKey, STACK);
    assert.equal(n.variables.driftedResourceCount, '2');
  });

  it('shows an in-sync stack in green and a running detection as routine', () => {
    const inSync = fromEvent('aws.cloudformation', 'CloudFormation Drift Detection Status Change', { 'stack-id': STACK, 'status-details': { 'stack-drift-status': 'IN_SYNC', 'detection-status': 'DETECTION_COMPLETE' }, 'drift-detection-details': { 'drifted-stack-resource-count': 0 } });
    assert.equal(inSync.title, 'Stack orders-api is in sync with its template');
    assert.equal(inSync.severity, 'success');
    const running = fromEvent('aws.cloudformation', 'CloudFormation Drift Detection Status Change', { 'stack-id': STACK, 'status-details': { 'detection-status': 'DETECTION_IN_PROGRESS' }, 'drift-detection-details': { 'drifted-stack-resource-count': -1 } });
    assert.equal(running.title, 'Drift detection started for stack orders-api');
    assert.equal(running.severity, 'info');
  });

  it('still reads well when the detail is empty', () => {
    assertReadable(fromEvent('aws.cloudformation', 'CloudFormation Drift Detection Status Change', {}), 'CloudFormation Drift Detection Status Change');
  });
});
