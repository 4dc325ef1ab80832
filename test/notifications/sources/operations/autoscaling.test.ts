import assert from 'node:assert/strict';
import { field, local, shared } from './operations-card.js';

describe('Auto Scaling cards', () => {
  it('says which group launched which instance, linking to the group’s activity', () => {
    const n = shared('eventbridge/autoscaling-ec2-instance-launch-successful.json');
    assert.equal(n.title, 'Auto Scaling group my-auto-scaling-group launched i-1234567890abcdef0');
    assert.equal(n.severity, 'info');
    assert.equal(field(n, 'Placement'), 'us-west-2b · subnet-12345678');
    assert.equal(n.links[0]?.url, 'https://us-west-2.console.aws.amazon.com/ec2/home?region=us-west-2#AutoScalingGroupDetails:id=my-auto-scaling-group;view=activity');
    assert.equal(n.threadKey, 'aws.autoscaling:instance/i-1234567890abcdef0');
    assert.deepEqual(n.resources, [{ id: 'i-1234567890abcdef0', type: 'AWS::EC2::Instance' }]);
    assert.equal(n.variables.AutoScalingGroupName, 'my-auto-scaling-group');
  });

  it('is high when a termination fails, with the status message', () => {
    const n = shared('eventbridge/autoscaling-ec2-instance-terminate-unsuccessful.json');
    assert.equal(n.title, 'Auto Scaling group my-auto-scaling-group failed to terminate i-1234567890abcdef0');
    assert.equal(n.severity, 'high');
    assert.equal(n.summary, 'message-text');
  });

  it('is high when a launch fails, and says why', () => {
    const n = local('synthetic-autoscaling-ec2-instance-launch-unsuccessful.json');
    assert.equal(n.title, 'Auto Scaling group web-asg failed to launch an instance');
    assert.equal(n.severity, 'high');
    assert.match(n.summary ?? '', /^We currently do not have sufficient m5.large capacity/);
    assert.equal(n.threadKey, 'aws.autoscaling:activity/2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d');
  });

  it('gives a lifecycle hook everything complete-lifecycle-action needs', () => {
    const n = shared('eventbridge/autoscaling-ec2-instance-launch-lifecycle-action.json');
    assert.equal(n.title, 'i-1234567890abcdef0 is waiting at launch hook my-lifecycle-hook in my-asg');
    assert.deepEqual(
      { hook: n.variables.LifecycleHookName, token: n.variables.LifecycleActionToken, group: n.variables.AutoScalingGroupName, instance: n.variables.InstanceId },
      { hook: 'my-lifecycle-hook', token: '87654321-4321-4321-4321-210987654321', group: 'my-asg', instance: 'i-1234567890abcdef0' },
    );
    const terminate = shared('eventbridge/autoscaling-ec2-instance-terminate-lifecycle-action.json');
    assert.equal(terminate.title, 'i-1234567890abcdef0 is waiting at terminate hook my-lifecycle-hook in my-asg');
    assert.equal(terminate.threadKey, n.threadKey);
  });

  it('says a terminated instance was terminated', () => {
    assert.equal(shared('eventbridge/autoscaling-ec2-instance-terminate-successful.json').title, 'Auto Scaling group my-auto-scaling-group terminated i-1234567890abcdef0');
  });
});
