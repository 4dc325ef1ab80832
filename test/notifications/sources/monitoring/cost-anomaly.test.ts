import assert from 'node:assert/strict';
import type { Notification } from '../../../../src/core/notification.js';
import { readLocalFixture } from '../../../support/fixtures.js';
import { engineWithLog } from './engine-with-log.js';

describe('cost anomaly card', () => {
  const { engine, log } = engineWithLog();
  const one = (input: Buffer | string): Notification => {
    const [n] = engine.notifications(input);
    assert.ok(n);
    return n;
  };
  const field = (n: Notification, label: string) => n.fields.find((f) => f.label === label)?.value;
  const causes = (n: Notification) => {
    const list = n.sections.find((s) => s.type === 'list' && s.title === 'Root causes');
    return list && list.type === 'list' ? list.items : [];
  };
  afterEach(() => assert.deepEqual(log.warnings, []));

  describe('from the SNS message', () => {
    const n = () => one(readLocalFixture('monitoring/synthetic-cost-anomaly-sns-envelope.json'));

    it('is recognised as aws.ce "Anomaly Detected" and says the impact and the service', () => {
      assert.equal(n().source, 'aws.ce');
      assert.equal(n().kind, 'Anomaly Detected');
      assert.equal(n().title, 'Cost anomaly: $1,001.00 over expected spend for Amazon Elastic Compute Cloud - Compute');
      assert.equal(n().summary, 'Spent $1,301.00 against $300.00 expected (333.7% more), 2024-05-11 to 2024-05-13.');
    });

    it('is high for an impact of $1,000 or more', () => {
      assert.equal(n().severity, 'high');
    });

    it('lists the root causes and the monitor', () => {
      assert.deepEqual(causes(n()), [
        'Amazon Elastic Compute Cloud - Compute · us-east-1 · USE1-BoxUsage:m5.4xlarge · account prod (123456789012)',
        'Amazon Elastic Compute Cloud - Compute · us-east-1 · USE1-EBS:VolumeUsage.gp3 · account prod (123456789012)',
      ]);
      assert.equal(field(n(), 'Monitor'), 'AWS services monitor');
      assert.equal(field(n(), 'Largest daily impact'), '$151.00');
    });

    it('links to the anomaly details and threads by anomaly id', () => {
      assert.equal(n().links[0]?.url, 'https://console.aws.amazon.com/cost-management/home#/anomaly-detection/monitors/abcdef12-1234-4ea0-84cc-918a97d736ef/anomalies/12345678-abcd-ef12-3456-987654321a12');
      assert.equal(n().threadKey, 'aws.ce:anomaly:12345678-abcd-ef12-3456-987654321a12');
      assert.equal(n().variables.AnomalyId, '12345678-abcd-ef12-3456-987654321a12');
      assert.equal(n().variables.Service, 'Amazon Elastic Compute Cloud - Compute');
    });
  });

  it('reads the EventBridge event the same way, and is medium under $1,000', () => {
    const n = one(readLocalFixture('monitoring/synthetic-cost-anomaly-eventbridge.json'));
    assert.equal(n.title, 'Cost anomaly: $139.80 over expected spend for Amazon Simple Storage Service');
    assert.equal(n.severity, 'medium');
    assert.equal(n.region, 'us-east-1');
    assert.deepEqual(causes(n), ['Amazon Simple Storage Service · eu-west-1 · EU-Requests-Tier1 · account analytics (210987654321)']);
    assert.equal(n.links[0]?.url, 'https://console.aws.amazon.com/cost-management/home#/anomaly-detection/monitors/abcdef12-1234-4ea0-84cc-918a97d736ef/anomalies/12345678-abcd-ef12-3456-987654321a12');
  });

  it('does not trust a details link that is not the AWS console', () => {
    const message = { accountId: '123456789012', anomalyId: 'a-1', anomalyDetailsLink: 'https://evil.example.com/x', impact: { totalImpact: 12 } };
    const n = one(JSON.stringify(message));
    assert.equal(n.links[0]?.url, 'https://console.aws.amazon.com/cost-management/home#/anomaly-detection/overview');
    assert.equal(n.title, 'Cost anomaly: $12.00 over expected spend');
  });
});
