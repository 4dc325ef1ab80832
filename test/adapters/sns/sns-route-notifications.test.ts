import assert from 'node:assert/strict';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import type { InboxAddResult, NewInboxEvent, Store } from '../../../src/ports/store.js';
import { readFixture } from '../../support/fixtures.js';
import { FixedCertificateSource, notificationFields } from '../../support/sns-signing.js';
import { errorOf, FINANCE_TOPIC, OPS_TOPIC, type SnsHarness, startSnsHarness } from './sns-harness.js';

describe('SNS endpoint: notifications', () => {
  let sns: SnsHarness;
  afterEach(async () => sns?.close());

  describe('a signed Notification', () => {
    it('is stored in the inbox, exactly as received, and answered 200', async () => {
      sns = await startSnsHarness();
      const fields = notificationFields({ TopicArn: OPS_TOPIC, Subject: 'ALARM: "cpu-high"' });
      const body = sns.sign(fields);

      const res = await sns.post('/sns', body);

      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), { result: 'accepted', messageId: fields.MessageId });
      const stored = await sns.store.inbox.get(fields.MessageId);
      assert.equal(stored?.kind, 'notification');
      assert.equal(stored?.topicArn, OPS_TOPIC);
      assert.equal(stored?.body, body);
      assert.equal(stored?.configuration, undefined);
      assert.equal(sns.accepted, 1, 'the worker is woken');
      assert.deepEqual(sns.metrics.sns, ['accepted']);
    });

    it('is answered only after its inbox row is committed', async () => {
      const gate = new GatedStore(createMemoryStore());
      sns = await startSnsHarness({ store: gate.store });
      const fields = notificationFields();
      let answered = false;

      const response = sns.post('/sns', sns.sign(fields)).then((res) => ((answered = true), res));
      await gate.addCalled;
      assert.equal(answered, false, 'no answer while the commit is pending');
      assert.equal(await sns.store.inbox.get(fields.MessageId), undefined);
      gate.release();

      assert.equal((await response).status, 200);
      assert.ok(await sns.store.inbox.get(fields.MessageId));
    });

    it('accepts the real SNS-signed fixture with its real certificate', async () => {
      const name = 'sns/notification-sigv1-sha1-hello-world';
      sns = await startSnsHarness({ certificates: new FixedCertificateSource(readFixture(`${name}.pem`).toString('utf8')) });
      const res = await sns.post('/sns', readFixture(`${name}.json`).toString('utf8'));
      assert.equal(res.status, 200);
      assert.ok(await sns.store.inbox.get('792cda85-518f-5dd3-9163-81d851212f3a'));
    });

    it('is accepted with SignatureVersion 1 too', async () => {
      sns = await startSnsHarness();
      assert.equal((await sns.post('/sns', sns.sign(notificationFields(), '1'))).status, 200);
    });
  });

  describe('duplicates', () => {
    it('stores a MessageId once and answers the repeat 200 "duplicate"', async () => {
      sns = await startSnsHarness();
      const body = sns.sign(notificationFields({ MessageId: 'dup-1' }));

      const first = await sns.post('/sns', body);
      const again = await sns.post('/sns', body);

      assert.deepEqual(await first.json(), { result: 'accepted', messageId: 'dup-1' });
      assert.equal(again.status, 200);
      assert.deepEqual(await again.json(), { result: 'duplicate', messageId: 'dup-1' });
      assert.deepEqual(await sns.store.inbox.depth(), { pending: 1, processing: 0, done: 0, failed: 0 });
      assert.deepEqual(sns.metrics.sns, ['accepted', 'duplicate']);
      assert.equal(sns.accepted, 1);
    });

    it('accepts exactly one of simultaneous deliveries of the same MessageId', async () => {
      sns = await startSnsHarness();
      const body = sns.sign(notificationFields({ MessageId: 'dup-2' }));
      const answers = await Promise.all(Array.from({ length: 8 }, async () => ((await (await sns.post('/sns', body)).json()) as { result: string }).result));
      assert.deepEqual(answers.sort(), ['accepted', 'duplicate', 'duplicate', 'duplicate', 'duplicate', 'duplicate', 'duplicate', 'duplicate']);
    });
  });

  describe('when the store is unavailable', () => {
    it('answers 503 with a coded error, so SNS delivers again', async () => {
      sns = await startSnsHarness();
      await sns.store.close();

      const res = await sns.post('/sns', sns.sign(notificationFields()));

      assert.equal(res.status, 503);
      assert.equal((await errorOf(res)).code, 'SNS_STORE_UNAVAILABLE');
      assert.deepEqual(sns.metrics.sns, ['rejected:SNS_STORE_UNAVAILABLE']);
      assert.equal(sns.accepted, 0);
    });
  });

  describe('bad requests', () => {
    const cases: Array<[string, string, number, string, RegExp?]> = [
      ['a body that is not JSON', 'This is a test message.', 400, 'SNS_BAD_REQUEST', /not JSON/],
      ['an empty body', '', 400, 'SNS_BAD_REQUEST', /empty/],
      ['an envelope without a MessageId', JSON.stringify({ Type: 'Notification', Message: 'x' }), 400, 'SNS_ENVELOPE_INVALID', /MessageId: is required/],
      ['an unknown Type', JSON.stringify({ Type: 'Surprise' }), 400, 'SNS_ENVELOPE_INVALID', /Type: must be Notification/],
      ['a JSON string', '"hello"', 400, 'SNS_BAD_REQUEST'],
      ['deeply nested JSON', '['.repeat(5000) + ']'.repeat(5000), 400, 'SNS_BAD_REQUEST'],
      ['a __proto__ key', '{"__proto__": {"Type": "Notification"}}', 400, 'SNS_ENVELOPE_INVALID'],
    ];
    for (const [what, body, status, code, words] of cases) {
      it(`answers ${what} with ${status} ${code}`, async () => {
        sns = await startSnsHarness();
        const res = await sns.post('/sns', body);
        assert.equal(res.status, status);
        const error = await errorOf(res);
        assert.equal(error.code, code);
        if (words) assert.match(error.message, words);
        assert.deepEqual(sns.metrics.sns, [`rejected:${code}`]);
      });
    }

    it('answers a body over the limit with 413', async () => {
      sns = await startSnsHarness();
      const res = await sns.post('/sns', 'x'.repeat(1024 * 1024 + 1));
      assert.equal(res.status, 413);
      assert.equal((await errorOf(res)).code, 'SNS_BODY_TOO_LARGE');
    });

    it('logs each rejection once, at warn, with its code and never the body', async () => {
      sns = await startSnsHarness();
      await sns.post('/sns', 'secret-looking body 1234');
      await sns.post('/sns', JSON.stringify({ Type: 'Notification', Message: 'secret-looking body 5678' }));
      const warnings = sns.logger.lines.filter((l) => l.level === 'warn');
      assert.deepEqual(warnings.map((l) => l.fields?.code), ['SNS_BAD_REQUEST', 'SNS_ENVELOPE_INVALID']);
      assert.doesNotMatch(JSON.stringify(sns.logger.lines), /secret-looking/);
    });

    it('keeps serving after any of them', async () => {
      sns = await startSnsHarness();
      for (const body of ['\u0000\u0001', '{', 'null', '[]', '{"Type":"Notification","MessageId":{}}', Buffer.from([0xff, 0xfe, 0xfd]).toString('latin1')]) {
        assert.ok((await sns.post('/sns', body)).status < 500);
      }
      assert.equal((await sns.post('/sns', sns.sign(notificationFields()))).status, 200);
    });
  });

  describe('forged envelopes', () => {
    it('answers a replay with an altered Message with 403 SNS_SIGNATURE_DENIED and stores nothing', async () => {
      sns = await startSnsHarness();
      const fields = notificationFields();
      const forged = { ...(JSON.parse(sns.sign(fields)) as Record<string, unknown>), Message: 'rm -rf /' };

      const res = await sns.post('/sns', JSON.stringify(forged));

      assert.equal(res.status, 403);
      assert.equal((await errorOf(res)).code, 'SNS_SIGNATURE_DENIED');
      assert.equal(await sns.store.inbox.get(fields.MessageId), undefined);
      assert.deepEqual(sns.metrics.sns, ['rejected:SNS_SIGNATURE_DENIED']);
    });

    it('answers a SigningCertURL off the SNS hosts with 403 and never fetches it', async () => {
      const certificates = new FixedCertificateSource('unused');
      sns = await startSnsHarness({ certificates });
      const signed = JSON.parse(sns.sign(notificationFields())) as Record<string, unknown>;
      const res = await sns.post('/sns', JSON.stringify({ ...signed, SigningCertURL: 'https://sns.us-east-1.amazonaws.com.evil.com/x.pem' }));
      assert.equal(res.status, 403);
      assert.equal((await errorOf(res)).code, 'SNS_CERTIFICATE_URL_DENIED');
      assert.deepEqual(certificates.requested, []);
    });

    it('answers the unsigned documentation example with 403', async () => {
      sns = await startSnsHarness();
      const res = await sns.post('/sns', readFixture('sns/notification-docs-example-my-first-message.json').toString('utf8'));
      assert.equal(res.status, 403);
    });
  });

  describe('per-configuration paths', () => {
    it('routes a Notification on /sns/<configuration> to that configuration only', async () => {
      sns = await startSnsHarness();
      const fields = notificationFields({ TopicArn: OPS_TOPIC });

      const res = await sns.post('/sns/ops', sns.sign(fields));

      assert.equal(res.status, 200);
      const stored = await sns.store.inbox.get(`${fields.MessageId}@ops`);
      assert.equal(stored?.configuration, 'ops');
    });

    it('keeps the same message delivered to two configuration paths apart', async () => {
      sns = await startSnsHarness();
      const body = sns.sign(notificationFields({ TopicArn: OPS_TOPIC, MessageId: 'shared-1' }));
      assert.equal(((await (await sns.post('/sns/ops', body)).json()) as { result: string }).result, 'accepted');
      assert.equal(((await (await sns.post('/sns/everything', body)).json()) as { result: string }).result, 'accepted');
      assert.equal(((await (await sns.post('/sns', body)).json()) as { result: string }).result, 'accepted');
      assert.ok(await sns.store.inbox.get('shared-1@ops'));
      assert.ok(await sns.store.inbox.get('shared-1@everything'));
      assert.ok(await sns.store.inbox.get('shared-1'));
    });

    it('refuses a topic the configuration does not subscribe to with 403', async () => {
      sns = await startSnsHarness();
      const res = await sns.post('/sns/ops', sns.sign(notificationFields({ TopicArn: FINANCE_TOPIC })));
      assert.equal(res.status, 403);
      const error = await errorOf(res);
      assert.equal(error.code, 'SNS_TOPIC_FORBIDDEN');
      assert.match(error.message, /"ops" does not subscribe to topic arn:aws:sns:us-east-2:111122223333:finance-budgets/);
    });

    it('answers an unknown configuration with 404', async () => {
      sns = await startSnsHarness();
      const res = await sns.post('/sns/nope', sns.sign(notificationFields()));
      assert.equal(res.status, 404);
      assert.equal((await errorOf(res)).code, 'SNS_CONFIGURATION_NOT_FOUND');
    });

    it('listens on sns.path from the configuration', async () => {
      sns = await startSnsHarness({ yaml: 'sns:\n  path: /hooks/aws\nconfigurations:\n  - name: ops\n    platform: sandbox\n    channelId: ops\n    snsTopicArns: ["*"]\n' });
      assert.equal((await sns.post('/hooks/aws', sns.sign(notificationFields()))).status, 200);
      assert.equal((await sns.post('/hooks/aws/ops', sns.sign(notificationFields()))).status, 200);
      assert.equal((await sns.post('/sns', sns.sign(notificationFields()))).status, 404);
    });
  });
});

/** A store whose first inbox.add waits until the test releases it. */
class GatedStore {
  readonly store: Store;
  readonly addCalled: Promise<void>;
  private open!: () => void;
  private called!: () => void;

  constructor(inner: Store) {
    const opened = new Promise<void>((resolve) => (this.open = resolve));
    this.addCalled = new Promise<void>((resolve) => (this.called = resolve));
    const add = async (events: readonly NewInboxEvent[]): Promise<InboxAddResult[]> => {
      this.called();
      await opened;
      return inner.inbox.add(events);
    };
    this.store = Object.assign(Object.create(inner) as Store, { inbox: { ...inner.inbox, add } });
  }

  release(): void {
    this.open();
  }
}
