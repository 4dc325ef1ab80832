import assert from 'node:assert/strict';
import { assertReadable, field, fromEvent, fromSynthetic } from './notify.js';

const INCIDENT = 'arn:aws:ssm-incidents::111122223333:incident-record/checkout-outage/6ebcc812-85f5-b7eb-8b2f-283e4d844308';

describe('Incident Manager incident card', () => {
  it('announces a started incident with its impact as severity', () => {
    const n = fromSynthetic('synthetic-incident-manager-start-incident.json');
    assertReadable(n, 'AWS API Call via CloudTrail');
    assert.equal(n.title, 'Incident opened: Checkout error rate above 5%');
    assert.equal(n.severity, 'high');
    assert.equal(field(n, 'Impact'), '2 (High)');
    assert.equal(field(n, 'Response plan'), 'checkout-outage');
    assert.equal(n.threadKey, INCIDENT);
    assert.equal(n.links[0]?.url, 'https://us-east-1.console.aws.amazon.com/systems-manager/incidents/home?region=us-east-1');
    assert.equal(n.variables.incidentArn, INCIDENT);
    assert.equal(n.variables.impact, '2');
  });

  it('threads the resolution with the start and shows it in green', () => {
    const n = fromSynthetic('synthetic-incident-manager-resolve-incident.json');
    assert.equal(n.title, 'Incident resolved: checkout-outage');
    assert.equal(n.severity, 'success');
    assert.equal(n.summary, 'Rolled back release 2024.07.07-3; error rate back under 0.1%.');
    assert.equal(n.threadKey, INCIDENT);
  });

  it('maps impact 1 to critical for an incident-record-shaped event', () => {
    const n = fromSynthetic('synthetic-incident-manager-incident-record-updated.json');
    assertReadable(n, 'SSM Incident Manager Incident Updated');
    assert.equal(n.severity, 'critical');
    assert.equal(field(n, 'Started by'), 'aws.cloudwatch checkout-5xx');
    assert.equal(n.threadKey, INCIDENT);
  });

  it('maps the other impacts to high, medium and low', () => {
    const impacts = [2, 3, 4, 5].map((impact) => fromEvent('aws.ssm-incidents', 'SSM Incident Manager Incident Updated', { arn: INCIDENT, title: 't', impact, status: 'OPEN' }).severity);
    assert.deepEqual(impacts, ['high', 'medium', 'low', 'low']);
  });

  it('still reads well when the detail is empty', () => {
    const n = fromEvent('aws.ssm-incidents', 'SSM Incident Manager Incident Created', {});
    assertReadable(n, 'SSM Incident Manager Incident Created');
    assert.equal(n.title, 'Incident opened');
  });
});
