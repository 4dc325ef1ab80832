import assert from 'node:assert/strict';
import { field, shared, sharedWith } from './operations-card.js';

describe('EC2 instance state cards', () => {
  it('says which instance is now in which state, trimming the id the sample pads', () => {
    const n = shared('eventbridge/ec2-instance-state-change-notification.json');
    assert.equal(n.title, 'EC2 instance i-1234567890abcdef0 is now terminated');
    assert.equal(n.severity, 'medium');
    assert.equal(n.service, 'Amazon EC2');
    assert.equal(n.account, '111122223333');
    assert.equal(n.region, 'us-west-1');
    assert.equal(n.links[0]?.url, 'https://us-west-1.console.aws.amazon.com/ec2/home?region=us-west-1#InstanceDetails:instanceId=i-1234567890abcdef0');
    assert.equal(n.threadKey, 'aws.ec2:instance/i-1234567890abcdef0');
    assert.equal(n.variables.InstanceId, 'i-1234567890abcdef0');
    assert.equal(n.variables.State, 'terminated');
  });

  it('is routine while pending, green when running, medium when stopped', () => {
    assert.equal(shared('eventbridge/ec2-instance-state-change-notification-2.json').severity, 'info');
    const running = sharedWith('eventbridge/ec2-instance-state-change-notification-2.json', (d) => (d.state = 'running'));
    assert.equal(running.title, 'EC2 instance i-abcd1111 is now running');
    assert.equal(running.severity, 'success');
    assert.equal(sharedWith('eventbridge/ec2-instance-state-change-notification-2.json', (d) => (d.state = 'stopped')).severity, 'medium');
  });

  it('reads the Powertools sample (instance_id) and says it was replayed', () => {
    const n = shared('eventbridge/generic-eventbridge-event-powertools.json');
    assert.equal(n.title, 'EC2 instance i-1234567890abcdef0 is now terminated');
    assert.equal(field(n, 'Instance'), 'i-1234567890abcdef0');
    assert.ok(n.sections.some((s) => s.type === 'text' && s.text.includes('replay "replay_archive"')));
  });
});
