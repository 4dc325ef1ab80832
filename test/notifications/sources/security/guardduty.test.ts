import assert from 'node:assert/strict';
import { assertReadable, field, fromEvent, fromShared, fromSynthetic } from './notify.js';

describe('GuardDuty finding card', () => {
  it('grades GuardDuty severity numbers as low, medium and critical', () => {
    assert.equal(fromShared('eventbridge/guardduty-finding-recon-port-probe-low-partial.json').severity, 'low');
    assert.equal(fromShared('eventbridge/guardduty-finding-recon-port-probe-medium-partial.json').severity, 'medium');
    assert.equal(fromShared('eventbridge/guardduty-finding-recon-port-probe-high-partial.json').severity, 'critical');
    assert.equal(fromSynthetic('synthetic-guardduty-finding-api-call-access-key.json').severity, 'high');
  });

  it('reads a partial envelope (no source, id, account or time) as a GuardDuty finding', () => {
    const n = fromShared('eventbridge/guardduty-finding-recon-port-probe-high-partial.json');
    assertReadable(n, 'GuardDuty Finding');
    assert.equal(n.source, 'aws.guardduty');
    assert.equal(n.title, 'SAMPLE Unprotected port on EC2 instance i-123123123 is being probed');
    assert.equal(n.account, '123456789');
    assert.equal(n.region, 'us-east-1');
    assert.equal(n.time, '2020-01-03T01:02:03Z');
    assert.equal(n.threadKey, 'sample-id-2');
    assert.equal(field(n, 'Severity'), 'Critical (9)');
    assert.equal(field(n, 'Count'), '1234');
    assert.equal(n.links[0]?.url, 'https://us-east-1.console.aws.amazon.com/guardduty/home?region=us-east-1#/findings?macros=current&fId=sample-id-2');
  });

  it('says which instance is probed, on which port, from where', () => {
    const n = fromSynthetic('synthetic-guardduty-finding-port-probe-instance.json');
    assertReadable(n, 'GuardDuty Finding');
    assert.equal(field(n, 'Resource'), 'EC2 instance i-0a1b2c3d4e5f67890 (web-1)');
    assert.equal(field(n, 'Action'), 'Port probe on port 22 (SSH) from 198.51.100.7 (Frankfurt, Germany)');
    assert.equal(field(n, 'Finding type'), 'Recon:EC2/PortProbeUnprotectedPort');
    assert.deepEqual(
      n.links.map((l) => l.label),
      ['Open finding in GuardDuty', 'Open EC2 instance'],
    );
    assert.equal(n.threadKey, '16afba5c5c43e07c9e3e5e2e544e95df');
    assert.equal(n.variables.instanceId, 'i-0a1b2c3d4e5f67890');
    assert.equal(n.variables.remoteIp, '198.51.100.7');
    assert.equal(n.variables.localPort, '22');
    assert.equal(n.variables.findingType, 'Recon:EC2/PortProbeUnprotectedPort');
  });

  it('names the access key, its user and the API called from a malicious IP', () => {
    const n = fromSynthetic('synthetic-guardduty-finding-api-call-access-key.json');
    assert.equal(field(n, 'Resource'), 'Access key AKIAIOSFODNN7EXAMPLE of deploy-bot');
    assert.equal(field(n, 'Action'), 'API call ListBuckets (s3.amazonaws.com) from 203.0.113.50 (Netherlands)');
    assert.equal(n.links[1]?.label, 'Open IAM user');
    assert.equal(n.variables.accessKeyId, 'AKIAIOSFODNN7EXAMPLE');
    assert.equal(n.variables.userName, 'deploy-bot');
    assert.equal(n.variables.api, 'ListBuckets');
  });

  it('still reads well when the detail is empty', () => {
    const n = fromEvent('aws.guardduty', 'GuardDuty Finding', {});
    assertReadable(n, 'GuardDuty Finding');
    assert.equal(n.title, 'GuardDuty finding');
    assert.equal(n.severity, 'medium');
  });
});

describe('GuardDuty Malware Protection object scan card', () => {
  it('says malware was found in which object, with the S3 object first', () => {
    const n = fromShared('eventbridge/guardduty-malware-protection-s3-object-scan-threats-found.json');
    assertReadable(n, 'GuardDuty Malware Protection Object Scan Result');
    assert.equal(n.title, 'Malware found in s3://amzn-s3-demo-bucket/APKAEIBAERJR2EXAMPLE');
    assert.equal(n.severity, 'high');
    assert.equal(field(n, 'Threats'), 'EICAR-Test-File (not a virus)');
    assert.match(n.links[0]?.url ?? '', /^https:\/\/s3\.console\.aws\.amazon\.com\/s3\/object\/amzn-s3-demo-bucket\?region=us-east-1&prefix=APKAEIBAERJR2EXAMPLE/);
    assert.equal(n.threadKey, 's3://amzn-s3-demo-bucket/APKAEIBAERJR2EXAMPLE');
    assert.equal(n.variables.bucketName, 'amzn-s3-demo-bucket');
    assert.equal(n.variables.threatName, 'EICAR-Test-File (not a virus)');
  });

  it('treats a clean object as routine', () => {
    const n = fromEvent('aws.guardduty', 'GuardDuty Malware Protection Object Scan Result', {
      scanStatus: 'COMPLETED',
      resourceType: 'S3_OBJECT',
      s3ObjectDetails: { bucketName: 'uploads', objectKey: 'a.pdf' },
      scanResultDetails: { scanResultStatus: 'NO_THREATS_FOUND', threats: null },
    });
    assert.equal(n.title, 'No malware found in s3://uploads/a.pdf');
    assert.equal(n.severity, 'info');
  });

  it('still reads well when the detail is empty', () => {
    assertReadable(fromEvent('aws.guardduty', 'GuardDuty Malware Protection Object Scan Result', {}), 'GuardDuty Malware Protection Object Scan Result');
  });
});

describe('GuardDuty announcement card', () => {
  it('recognises the announcements topic and names the new finding type', () => {
    const n = fromShared('sns/guardduty-announcement-new-findings.json');
    assert.equal(n.source, 'aws.guardduty');
    assert.equal(n.kind, 'GuardDuty Announcement');
    assert.equal(n.title, 'GuardDuty announcement: new finding types');
    assert.equal(n.severity, 'info');
    assert.match(n.summary ?? '', /^UnauthorizedAccess:EC2\/TorClient: This finding informs you/);
    assert.match(n.links[0]?.url ?? '', /guardduty_unauthorized\.html$/);
    assert.equal(n.variables.announcementType, 'NEW_FINDINGS');
  });

  it("does not show the AWS-owned topic's account as yours", () => {
    const n = fromShared('sns/guardduty-announcement-new-features.json');
    assert.equal(n.title, 'GuardDuty announcement: new features');
    assert.ok(!n.account);
    assert.equal(n.variables.account, undefined);
  });
});
