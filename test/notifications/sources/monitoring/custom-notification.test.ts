import assert from 'node:assert/strict';
import type { CardSection } from '../../../../src/core/card.js';
import type { Notification } from '../../../../src/core/notification.js';
import { readFixture, readLocalFixture } from '../../../support/fixtures.js';
import { engineWithLog } from './engine-with-log.js';

describe('custom notification card', () => {
  const { engine, log } = engineWithLog();
  const one = (input: Buffer | string): Notification => {
    const [n] = engine.notifications(input);
    assert.ok(n);
    return n;
  };
  const section = (n: Notification, pred: (s: CardSection) => boolean) => n.sections.find(pred);
  afterEach(() => assert.deepEqual(log.warnings, []));

  describe('a valid one', () => {
    const n = () => one(readFixture('custom/reference-complex.json'));

    it('uses the sender title, and the description in the chat client’s own markdown', () => {
      assert.equal(n().title, ':warning: Banana Order processing is down!');
      assert.deepEqual(n().sections[0], { type: 'text', text: 'Banana Order processor application is no longer processing orders. OnCall team has beeen paged.', format: 'client' });
      assert.equal(n().summary, 'Order Processing Update');
    });

    it('lists the next steps as client markdown and the keywords as tags', () => {
      const steps = section(n(), (s) => s.type === 'list' && s.title === 'Next steps');
      assert.ok(steps && steps.type === 'list');
      assert.equal(steps.format, 'client');
      assert.equal(steps.items[0], 'Refer to <http://www.example.com|*diagnosis* runbook>');
      const keywords = section(n(), (s) => s.type === 'text' && s.title === 'Keywords');
      assert.ok(keywords && keywords.type === 'text');
      assert.equal(keywords.text, '`BananaOrderIntake`  `Critical`  `SRE`');
    });

    it('shows the additional context and event type, and threads by threadId', () => {
      const ctx = section(n(), (s) => s.type === 'fields' && s.title === 'Additional context');
      assert.ok(ctx && ctx.type === 'fields');
      assert.deepEqual(ctx.fields.map((f) => [f.label, f.value]), [['Event type', 'BananaOrderAppEvent'], ['priority', 'critical']]);
      assert.equal(n().threadKey, 'OrderProcessing-1');
      assert.deepEqual(n().resources.map((r) => r.id), ['i-04d231f25c18592ea', 'i-0c8c31affab6078fb']);
    });

    it('takes the severity from additionalContext priority', () => {
      assert.equal(n().severity, 'critical');
    });

    it('carries the custom footer', () => {
      assert.equal(n().footer, 'Custom notification delivered by aws-chatops');
    });

    it('exposes additionalContext keys, threadId and eventType as variables', () => {
      const v = n().variables;
      assert.equal(v.priority, 'critical');
      assert.equal(v.threadId, 'OrderProcessing-1');
      assert.equal(v.eventType, 'BananaOrderAppEvent');
      assert.equal(v.notificationId, 'c-weihfjdsf');
    });
  });

  it('makes a title from the description when there is none, without markup', () => {
    const n = one(readFixture('custom/reference-minimal.json'));
    assert.equal(n.title, ':warning: EC2 auto scaling refresh failed for ASG OrderProcessorServiceASG!');
    assert.equal(n.severity, 'info');
    assert.equal(n.threadKey, undefined);
    const text = n.sections[0];
    assert.ok(text && text.type === 'text' && text.format === 'client');
    assert.match(text.text, /\*OrderProcessorServiceASG\*/);
  });

  it('lets a sender’s metadata become a variable but never replace the event source', () => {
    const n = one(readLocalFixture('monitoring/synthetic-custom-allowlist-ip-metadata.json'));
    assert.equal(n.variables.IPAddress, '192.168.0.1');
    assert.equal(n.variables.source, 'custom');
  });

  describe('an invalid one', () => {
    it('says which field is wrong and what is expected, in the title when there is one problem', () => {
      const n = one(readLocalFixture('monitoring/synthetic-custom-invalid-title-too-long.json'));
      assert.equal(n.title, 'Invalid custom notification: content.title is 312 characters; the limit is 250');
      assert.equal(n.severity, 'medium');
      assert.equal(n.threadKey, 'OrderProcessing-2');
    });

    it('still shows the description as sent, and the received JSON collapsed', () => {
      const n = one(readLocalFixture('monitoring/synthetic-custom-invalid-title-too-long.json'));
      const sent = section(n, (s) => s.type === 'text' && s.title === 'Description as sent');
      assert.ok(sent && sent.type === 'text' && sent.format === undefined);
      assert.match(sent.text, /^Order processor stopped taking orders/);
      const code = section(n, (s) => s.type === 'code');
      assert.ok(code && code.type === 'code' && code.collapsed === true);
      assert.equal(JSON.parse(code.code).id, 'c-too-long-title');
    });

    it('lists every problem with the field path', () => {
      const n = one(readLocalFixture('monitoring/synthetic-custom-invalid-several-fields.json'));
      assert.equal(n.title, 'Invalid custom notification: 5 problems');
      const fix = section(n, (s) => s.type === 'list' && s.title === 'What to fix');
      assert.ok(fix && fix.type === 'list');
      assert.deepEqual(fix.items, [
        'version is "2.0"; it must be "1.0"',
        'content.textType is "markdown"; it must be "client-markdown"',
        'content.nextSteps[1] is 351 characters; the limit is 350',
        'content.keywords[1] is a number; it must be a string of up to 75 characters',
        'metadata.additionalContext.rows is a number; it must be a string (additionalContext maps names to string values)',
      ]);
    });

    it('catches a message that says source "custom" but has no version', () => {
      const n = one(readLocalFixture('monitoring/synthetic-custom-invalid-no-version-no-description.json'));
      assert.equal(n.source, 'custom');
      const fix = section(n, (s) => s.type === 'list' && s.title === 'What to fix');
      assert.ok(fix && fix.type === 'list');
      assert.deepEqual(fix.items, ['version is missing; it must be "1.0"', 'content.description is missing; it is required (the message text, a string of 1 to 8,000 characters)']);
    });

    it('refuses a description over 8,000 characters', () => {
      const n = one(JSON.stringify({ version: '1.0', source: 'custom', content: { description: 'x'.repeat(8001) } }));
      assert.equal(n.title, 'Invalid custom notification: content.description is 8,001 characters; the limit is 8,000');
    });

    it('refuses a keyword over 75 characters', () => {
      const n = one(JSON.stringify({ version: '1.0', source: 'custom', content: { description: 'ok', keywords: ['k'.repeat(76)] } }));
      assert.equal(n.title, 'Invalid custom notification: content.keywords[0] is 76 characters; the limit is 75');
    });
  });
});
