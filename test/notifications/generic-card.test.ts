import assert from 'node:assert/strict';
import { NotificationEngine } from '../../src/notifications/engine.js';
import { notificationToCard } from '../../src/notifications/to-card.js';

describe('an event no normaliser knows', () => {
  const engine = new NotificationEngine();
  const event = {
    version: '0',
    id: 'a1b2c3d4-0000-4000-8000-000000000001',
    'detail-type': 'Widget Polished',
    source: 'com.example.widgets',
    account: '123456789012',
    time: '2026-11-23T10:00:00Z',
    region: 'eu-central-1',
    resources: ['arn:aws:widgets:eu-central-1:123456789012:widget/w-42'],
    detail: { status: 'FAILED', reason: 'out of polish', nested: { colour: 'blue' }, list: [1, 2, 3] },
  };

  it('still becomes a readable card with source, where and the most informative fields', () => {
    const [n] = engine.notifications(JSON.stringify(event));
    assert.ok(n);
    assert.equal(n.title, 'Widget Polished: w-42');
    assert.equal(n.account, '123456789012');
    assert.equal(n.region, 'eu-central-1');
    assert.equal(n.severity, 'high');
    assert.deepEqual(
      n.fields.slice(0, 2).map((f) => [f.label, f.value]),
      [
        ['Status', 'FAILED'],
        ['Reason', 'out of polish'],
      ],
    );
    assert.ok(n.fields.some((f) => f.label === 'Colour' && f.value === 'blue'));
  });

  it('attaches the event JSON in a collapsed code section', () => {
    const [n] = engine.notifications(JSON.stringify(event));
    const card = notificationToCard(n!);
    const code = card.sections.find((s) => s.type === 'code');
    assert.ok(code && code.type === 'code' && code.collapsed === true);
    assert.match(code.code, /"out of polish"/);
  });

  it('gives a JSON object that is not an event a card too', () => {
    const [n] = engine.notifications('{"hello": "world"}');
    assert.equal(n?.title, 'Message');
    assert.ok(n?.fields.some((f) => f.value === 'world'));
  });

  it('never says "not supported"', () => {
    const [n] = engine.notifications(JSON.stringify(event));
    assert.doesNotMatch(JSON.stringify(notificationToCard(n!)), /not supported/i);
  });
});
