import assert from 'node:assert/strict';
import { assertReadable, field, fromEvent, fromShared, fromSynthetic } from './notify.js';

const ARN = 'arn:aws:health:us-west-2::event/AWS_EC2_INSTANCE_STORE_DRIVE_PERFORMANCE_DEGRADED_90353408594353980';

describe('AWS Health event card', () => {
  it('says in words what is wrong with which service, and which resources are affected', () => {
    const n = fromShared('eventbridge/health-ec2-instance-store-drive-performance-degraded.json');
    assertReadable(n, 'AWS Health Event');
    assert.equal(n.title, 'EC2 issue: Instance store drive performance degraded');
    assert.equal(n.severity, 'high');
    assert.equal(n.summary, 'A description of the event will be provided here');
    assert.equal(field(n, 'Affected resources'), 'i-abcd1111 (stage=prod, app=my-app)');
    assert.equal(field(n, 'Start'), '2016-06-05 15:10:09 UTC');
    assert.equal(n.threadKey, ARN);
    assert.equal(n.links[0]?.url, `https://health.aws.amazon.com/health/home#/account/event-log?eventID=${ARN}&eventTab=details`);
    assert.equal(n.variables.eventTypeCode, 'AWS_EC2_INSTANCE_STORE_DRIVE_PERFORMANCE_DEGRADED');
    assert.equal(n.variables.entityValue, 'i-abcd1111');
  });

  it('threads updates of one Health event together', () => {
    const a = fromShared('eventbridge/health-ec2-instance-store-drive-performance-degraded.json');
    const b = fromShared('eventbridge/health-ec2-instance-store-drive-performance-degraded-2.json');
    assert.equal(a.threadKey, b.threadKey);
  });

  it('reports a closed issue as resolved, in green', () => {
    const n = fromSynthetic('synthetic-health-issue-closed.json');
    assert.equal(n.title, 'LAMBDA issue resolved: Operational issue');
    assert.equal(n.severity, 'success');
    assert.equal(field(n, 'End'), '2024-03-10 14:05:00 UTC');
  });

  it('flags an upcoming scheduled change as medium', () => {
    const n = fromSynthetic('synthetic-health-scheduled-change-upcoming.json');
    assert.equal(n.title, 'EC2 scheduled change: Instance retirement scheduled');
    assert.equal(n.severity, 'medium');
    assert.equal(n.variables.affectedEntities, 'i-0123456789abcdef0,i-0fedcba9876543210');
  });

  it('still reads well when the detail is empty', () => {
    const n = fromEvent('aws.health', 'AWS Health Event', {});
    assertReadable(n, 'AWS Health Event');
    assert.equal(n.title, 'AWS Health event');
  });
});
