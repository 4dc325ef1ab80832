import assert from 'node:assert/strict';
import { assertReadable, field, fromEvent, fromShared, fromSynthetic } from './notify.js';

const FINDING_ID = 'arn:aws:securityhub:us-east-1:111111111111:subscription/cis-aws-foundations-benchmark/v/1.2.0/1.4/finding/e7d83ca8-6afd-428e-8ab0-e5b5b3b2239f';

describe('Security Hub findings card', () => {
  it('shows the imported finding: title, severity, compliance, control and how to fix it', () => {
    const n = fromShared('eventbridge/securityhub-findings-imported-cis-1-4.json');
    assertReadable(n, 'Security Hub Findings - Imported');
    assert.equal(n.title, '1.4 Ensure access keys are rotated every 90 days or less');
    assert.equal(n.severity, 'medium');
    assert.equal(field(n, 'Severity'), 'MEDIUM');
    assert.equal(field(n, 'Compliance'), 'WARNING');
    assert.equal(field(n, 'Control'), '1.4');
    assert.equal(field(n, 'Product'), 'Security Hub');
    assert.equal(field(n, 'Workflow'), 'NEW');
    assert.equal(field(n, 'Resource'), 'AwsAccount 111111111111');
    assert.equal(n.fields.find((f) => f.label === 'Remediation')?.url, 'https://docs.aws.amazon.com/console/securityhub/standards-cis-1.4/remediation');
    assert.equal(n.threadKey, FINDING_ID);
    assert.equal(n.variables.findingId, FINDING_ID);
    assert.equal(n.variables.complianceStatus, 'WARNING');
  });

  it('links first to that one finding in the Security Hub console', () => {
    const n = fromShared('eventbridge/securityhub-findings-imported-cis-1-4.json');
    const url = new URL(n.links[0]?.url ?? '');
    assert.equal(url.host, 'us-east-1.console.aws.amazon.com');
    const search = new URLSearchParams(url.hash.replace(/^#\/findings\?/, '')).get('search') ?? '';
    assert.equal(decodeURIComponent(search.replace(/^Id=/, '')), `\\operator\\:EQUALS\\:${FINDING_ID}`);
    assert.equal(n.links[1]?.label, 'How to fix');
  });

  it('uses the finding label for severity: informational is info', () => {
    assert.equal(fromShared('eventbridge/securityhub-findings-imported-afsbp-ec2-7.json').severity, 'info');
  });

  it('says which custom action sent the finding', () => {
    const n = fromShared('eventbridge/securityhub-findings-custom-action-mismatch.json');
    assertReadable(n, 'Security Hub Findings - Custom Action');
    assert.equal(n.title, 'CIS 1.3 & 1.4 RR: CloudTrail.1 CloudTrail should be enabled and configured with at least one multi-region trail');
    assert.match(n.summary ?? '', /custom action “CIS 1\.3 & 1\.4 RR”/);
    assert.equal(n.severity, 'high');
    assert.equal(n.variables.actionName, 'CIS 1.3 & 1.4 RR');
  });

  it('summarises the first finding, lists the others and takes the worst severity', () => {
    const n = fromSynthetic('synthetic-securityhub-findings-imported-three.json');
    assert.equal(n.title, 'S3 general purpose buckets should block public access');
    assert.equal(n.severity, 'critical');
    const list = n.sections.find((s) => s.type === 'list');
    assert.ok(list && list.type === 'list');
    assert.equal(list.title, '2 more findings in this event');
    assert.deepEqual(list.items, ['[CRITICAL] EC2 instance i-0abc is communicating with a cryptocurrency mining pool', '[LOW] Hardware MFA should be enabled for the root user']);
    assert.equal(field(n, 'Finding account'), '222222222222');
    assert.equal(n.variables.findingCount, '3');
    assert.equal(n.variables.resourceId, 'arn:aws:s3:::reports-public');
  });

  it('still reads well with no findings at all', () => {
    const n = fromEvent('aws.securityhub', 'Security Hub Findings - Imported', { findings: [] });
    assertReadable(n, 'Security Hub Findings - Imported');
    assert.equal(n.title, 'Security Hub event with no findings');
  });
});

describe('Security Hub insight results card', () => {
  it('shows the insight, what it groups by and the top results', () => {
    const n = fromSynthetic('synthetic-securityhub-insight-results.json');
    assertReadable(n, 'Security Hub Insight Results');
    assert.equal(n.title, 'Security Hub insight “Users with the most findings”: 3 results');
    assert.equal(n.severity, 'info');
    assert.equal(field(n, 'Top result'), 'Admin (7 findings)');
    assert.match(n.links[0]?.url ?? '', /securityhub\/home\?region=us-east-1#\/insights\/arn%3Aaws%3Asecurityhub/);
    assert.equal(n.variables.insightName, 'Users with the most findings');
  });

  it('still reads well when the detail is empty', () => {
    assertReadable(fromEvent('aws.securityhub', 'Security Hub Insight Results', {}), 'Security Hub Insight Results');
  });
});
