import assert from 'node:assert/strict';
import { consoleLinkFromEvent, withQuery } from '../../../../src/notifications/sources/operations/shared/links.js';
import { statusPhrase } from '../../../../src/notifications/sources/operations/shared/phrases.js';
import { RUN_STATUS, severityOf } from '../../../../src/notifications/sources/operations/shared/severity.js';
import { bytesText } from '../../../../src/notifications/sources/operations/shared/size.js';
import { durationText } from '../../../../src/notifications/sources/operations/shared/time.js';
import { sharedWith } from './operations-card.js';

describe('operations card helpers', () => {
  it('words statuses the way AWS services spell them', () => {
    assert.equal(statusPhrase('Success'), 'succeeded');
    assert.equal(statusPhrase('TIMED_OUT'), 'timed out');
    assert.equal(statusPhrase('TimedOut'), 'timed out');
    assert.equal(statusPhrase('InProgress'), 'is in progress');
    assert.equal(statusPhrase('DeliveryTimedOut'), 'delivery timed out');
    assert.equal(statusPhrase(undefined), undefined);
  });

  it('reads failures as high whatever their spelling', () => {
    for (const s of ['Failed', 'FAILED', 'failure', 'TimedOut', 'TIMED_OUT', 'Cancelled', 'CANCELED', 'ABORTED']) assert.equal(severityOf(s, RUN_STATUS), 'high', s);
    assert.equal(severityOf('Success', RUN_STATUS), 'success');
    assert.equal(severityOf('Pending', RUN_STATUS), 'info');
  });

  it('writes durations and sizes for people', () => {
    assert.equal(durationText(5753), '5.8 s');
    assert.equal(durationText(114_000), '1 min 54 s');
    assert.equal(durationText(7_260_000), '2 h 1 min');
    assert.equal(bytesText(5), '5 bytes');
    assert.equal(bytesText(184662), '180.3 KiB');
  });

  it('adds query parameters after the region and before the fragment', () => {
    assert.equal(withQuery('https://x.console.aws.amazon.com/s3/object/b?region=eu-west-1#f', { prefix: 'a b/c', versionId: undefined }), 'https://x.console.aws.amazon.com/s3/object/b?region=eu-west-1&prefix=a%20b%2Fc#f');
  });

  it('keeps a link from the event only when it points at the AWS console', () => {
    assert.ok(consoleLinkFromEvent('x', 'https://us-west-2.console.aws.amazon.com/codedeploy/home#/deployments/d-1'));
    assert.ok(consoleLinkFromEvent('x', 'https://console.amazonaws.cn/codebuild/home'));
    assert.equal(consoleLinkFromEvent('x', 'https://console.aws.amazon.com.evil.example/phish'), undefined);
    assert.equal(consoleLinkFromEvent('x', 'http://console.aws.amazon.com/codebuild/home'), undefined);
  });

  it('drops an external execution URL that is not a console link from a pipeline card', () => {
    const n = sharedWith('codestar/codepipeline-action-execution-failed-full.json', (d) => {
      (d['execution-result'] as Record<string, unknown>)['external-execution-url'] = 'https://example.com/not-aws';
    });
    assert.equal(n.links.length, 1);
  });
});
