/** A channel's declared buttons come from every enabled configuration that delivers to it. */
import assert from 'node:assert/strict';
import { channelButtonSettings } from '../../src/config/configurations.js';
import { parseConfigText } from '../../src/config/load-config.js';

const yaml = `configurations:
  - name: alarms
    platform: sandbox
    channelId: ops
    customActions:
      - { name: reboot, buttonText: Reboot, command: ec2 reboot-instances --instance-ids $InstanceId }
    logGroups: { web-high-cpu: [/aws/ec2/web] }
  - name: findings
    platform: sandbox
    channelId: ops
    customActions:
      - { name: Reboot, buttonText: Other reboot, command: ec2 describe-instances }
      - { name: describe, buttonText: Describe, command: ec2 describe-instances }
    logGroups: { web-high-cpu: [/aws/ec2/web, /aws/ec2/app], AWS/EC2: [/aws/ec2/all] }
  - name: off
    platform: sandbox
    channelId: ops
    enabled: false
    customActions:
      - { name: never, buttonText: Never, command: ec2 describe-instances }
  - name: elsewhere
    platform: sandbox
    channelId: other
    customActions:
      - { name: away, buttonText: Away, command: ec2 describe-instances }
`;

describe("a channel's declared buttons", () => {
  const { configurations } = parseConfigText(yaml, { env: {} });

  it('takes the actions of every enabled configuration of the channel, the first of a name winning', () => {
    const { customActions } = channelButtonSettings(configurations, 'sandbox:ops');
    assert.deepEqual(customActions.map((a) => a.buttonText), ['Reboot', 'Describe']);
  });

  it('merges their log groups without repeating one', () => {
    assert.deepEqual(channelButtonSettings(configurations, 'sandbox:ops').logGroups, { 'web-high-cpu': ['/aws/ec2/web', '/aws/ec2/app'], 'AWS/EC2': ['/aws/ec2/all'] });
  });

  it('keeps channels apart', () => {
    assert.deepEqual(channelButtonSettings(configurations, 'sandbox:other').customActions.map((a) => a.name), ['away']);
  });
});
