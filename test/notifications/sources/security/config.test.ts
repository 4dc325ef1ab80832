import assert from 'node:assert/strict';
import { assertReadable, field, fromEvent, fromShared, fromSynthetic } from './notify.js';

describe('AWS Config compliance card', () => {
  it('recognises the SNS notification and reports a return to compliance as success', () => {
    const n = fromShared('sns/config-compliance-change-notification.json');
    assertReadable(n, 'ComplianceChangeNotification');
    assert.equal(n.source, 'aws.config');
    assert.equal(n.title, 'Account 123456789012 is compliant with cloudtrail-enabled');
    assert.equal(n.severity, 'success');
    assert.equal(n.account, '123456789012');
    assert.equal(n.region, 'us-east-2');
    assert.equal(field(n, 'Previously'), 'NON_COMPLIANT');
    assert.equal(n.links[0]?.url, 'https://us-east-2.console.aws.amazon.com/config/home?region=us-east-2#/rules/details?configRuleName=cloudtrail-enabled');
    assert.equal(n.variables.configRuleName, 'cloudtrail-enabled');
    assert.equal(n.variables.complianceType, 'COMPLIANT');
  });

  it('reports a resource that stopped complying as high, with the reason and the resource first', () => {
    const n = fromSynthetic('synthetic-config-rules-compliance-change-non-compliant.json');
    assertReadable(n, 'Config Rules Compliance Change');
    assert.equal(n.title, 'EC2 security group sg-0123456789abcdef0 is not compliant with restricted-ssh');
    assert.equal(n.severity, 'high');
    assert.equal(n.summary, 'Port 22 is open to 0.0.0.0/0.');
    assert.equal(n.links[0]?.label, 'Open resource in AWS Config');
    assert.match(n.links[0]?.url ?? '', /#\/resources\/details\?resourceId=sg-0123456789abcdef0&resourceType=AWS%3A%3AEC2%3A%3ASecurityGroup$/);
    assert.equal(n.threadKey, 'arn:aws:config:us-east-1:123456789012:config-rule/config-rule-ab12cd|AWS::EC2::SecurityGroup|sg-0123456789abcdef0');
    assert.equal(n.variables.resourceId, 'sg-0123456789abcdef0');
  });

  it('grades a resource that was never compliant as medium', () => {
    const n = fromEvent('aws.config', 'Config Rules Compliance Change', {
      configRuleName: 'required-tags',
      resourceType: 'AWS::S3::Bucket',
      resourceId: 'logs',
      newEvaluationResult: { complianceType: 'NON_COMPLIANT' },
      messageType: 'ComplianceChangeNotification',
    });
    assert.equal(n.title, 'S3 bucket logs is not compliant with required-tags');
    assert.equal(n.severity, 'medium');
  });

  it('still reads well when the detail is empty', () => {
    assertReadable(fromEvent('aws.config', 'Config Rules Compliance Change', {}), 'Config Rules Compliance Change');
  });
});

describe('AWS Config configuration item change card', () => {
  it('says which resource changed and lists the first changed properties', () => {
    const n = fromShared('sns/config-configuration-item-change-ec2-instance-updated.json');
    assertReadable(n, 'ConfigurationItemChangeNotification');
    assert.equal(n.title, 'EC2 instance i-007d374c8912e3e90 changed');
    assert.equal(n.severity, 'info');
    assert.equal(n.threadKey, 'AWS::EC2::Instance|i-007d374c8912e3e90');
    const list = n.sections.find((s) => s.type === 'list');
    assert.ok(list && list.type === 'list');
    assert.deepEqual(list.items.slice(0, 2), ['Configuration.NetworkInterfaces.0: removed eni-fde9493f', 'Relationships.0: removed sg-c8b141b4']);
    assert.equal(list.items.at(-1), 'and 1 more');
    assert.equal(field(n, 'Changed properties'), '6 properties');
    assert.equal(n.variables.resourceArn, 'arn:aws:ec2:us-east-2:123456789012:instance/i-007d374c8912e3e90');
    assert.equal(n.variables.changeType, 'UPDATE');
  });

  it('reads the 2014 format, whose configuration item is an array', () => {
    const n = fromShared('sns/config-configuration-item-change-legacy-format.json');
    assert.equal(n.title, 'EC2 volume vol-ce676ccc changed');
    assert.equal(n.account, '123456789012');
    assert.ok(n.sections.some((s) => s.type === 'list' && s.items.includes('Configuration.State: available → in-use')));
  });

  it('reads the EventBridge form the same way', () => {
    const n = fromSynthetic('synthetic-config-configuration-item-change-security-group.json');
    assertReadable(n, 'Config Configuration Item Change');
    assert.equal(n.title, 'EC2 security group sg-0123456789abcdef0 (web) changed');
    assert.ok(n.sections.some((s) => s.type === 'list' && s.items.includes('Configuration.Description: web servers → web servers (temp ssh)')));
    assert.equal(field(n, 'Availability Zone'), undefined);
  });

  it('says where an oversized item was stored', () => {
    const n = fromSynthetic('synthetic-config-oversized-item-change.json');
    assertReadable(n, 'OversizedConfigurationItemChangeNotification');
    assert.equal(n.title, 'IAM policy ANPAEXAMPLE1234567890 (big-policy) changed');
    assert.match(n.summary ?? '', /stored it in S3 \(config-bucket-123456789012\//);
  });

  it('still reads well when the detail is empty', () => {
    const n = fromEvent('aws.config', 'Config Configuration Item Change', {});
    assertReadable(n, 'Config Configuration Item Change');
    assert.equal(n.title, 'Resource changed');
  });
});

describe('AWS Config delivery and evaluation cards', () => {
  it('names the rules whose evaluation started', () => {
    const n = fromShared('sns/config-rules-evaluation-started.json');
    assertReadable(n, 'ConfigRulesEvaluationStarted');
    assert.equal(n.title, 'Config rules evaluation started: iam-password-policy');
    assert.equal(n.severity, 'info');
  });

  it('links a delivered configuration history to its S3 object', () => {
    const n = fromShared('sns/config-configuration-history-delivery-completed.json');
    assertReadable(n, 'ConfigurationHistoryDeliveryCompleted');
    assert.equal(n.title, 'Configuration history for AWS::CloudTrail::Trail delivered to S3');
    assert.match(n.links[0]?.url ?? '', /^https:\/\/s3\.console\.aws\.amazon\.com\/s3\/object\/config-bucket-123456789012-ohio\?region=us-east-2&prefix=AWSLogs%2F/);
  });

  it('threads a snapshot delivery by snapshot id', () => {
    const n = fromShared('sns/config-configuration-snapshot-delivery-started.json');
    assert.equal(n.title, 'Configuration snapshot delivery started');
    assert.equal(n.threadKey, '108e0794-84a7-4cca-a179-76a199ddd11a');
  });

  it('reports a failed snapshot delivery (EventBridge) as high', () => {
    const n = fromEvent('aws.config', 'Config Configuration Snapshot Delivery Status', { messageType: 'ConfigurationSnapshotDeliveryFailed', configSnapshotId: 's-1', failureMessage: 'Access denied to bucket' });
    assertReadable(n, 'Config Configuration Snapshot Delivery Status');
    assert.equal(n.title, 'Configuration snapshot delivery failed');
    assert.equal(n.severity, 'high');
    assert.equal(n.summary, 'Access denied to bucket');
  });
});
