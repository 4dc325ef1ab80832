import assert from 'node:assert/strict';
import { field, local, shared } from './operations-card.js';

describe('CloudWatch Synthetics canary cards', () => {
  it('shows a passing run in green, threaded by canary', () => {
    const n = shared('eventbridge/synthetics-canary-testrun-successful.json');
    assert.equal(n.title, 'Canary events-bb-1 passed');
    assert.equal(n.severity, 'success');
    assert.equal(field(n, 'Run time'), '20 s');
    assert.equal(n.links[0]?.url, 'https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#synthetics:canary/detail/events-bb-1');
    assert.equal(n.threadKey, 'aws.synthetics:canary/123456789012/us-east-1/events-bb-1');
    assert.equal(n.variables.CanaryName, 'events-bb-1');
  });

  it('puts the failure reason in the title of a failed run, in the same thread', () => {
    const n = local('synthetic-synthetics-canary-testrun-failure.json');
    assert.equal(n.title, 'Canary events-bb-1 failed: Error: net::ERR_NAME_NOT_RESOLVED');
    assert.equal(n.severity, 'high');
    assert.equal(n.threadKey, 'aws.synthetics:canary/123456789012/us-east-1/events-bb-1');
  });

  it('reports a canary state change', () => {
    const n = local('synthetic-synthetics-canary-status-change.json');
    assert.equal(n.title, 'Canary events-bb-1 is now stopped');
    assert.equal(n.severity, 'info');
    assert.equal(field(n, 'Previous state'), 'UPDATING');
  });
});
