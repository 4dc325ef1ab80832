import assert from 'node:assert/strict';
import type { Notification } from '../../../../src/core/notification.js';
import { operationsSources } from '../../../../src/notifications/sources/operations/index.js';
import { card, engine } from './operations-card.js';

const kinds = operationsSources.flatMap((def) => def.matches.map((m) => ({ id: def.id, source: m.source, detailType: m.detailType ?? '' })));

function envelope(source: string, detailType: string, detail: unknown, resources: unknown[] = []): string {
  return JSON.stringify({ version: '0', id: 'partial-1', 'detail-type': detailType, source, account: '123456789012', time: '2024-03-14T10:00:00Z', region: 'eu-west-1', resources, detail });
}

function assertReadable(n: Notification, what: string): void {
  const texts = [n.title, n.summary ?? '', ...n.fields.flatMap((f) => [f.label, f.value])];
  for (const t of texts) {
    assert.doesNotMatch(t, /undefined|NaN|\[object Object\]|\bnull\b/, `${what}: "${t}"`);
    assert.equal(t, t.trim(), `${what}: untrimmed "${t}"`);
    assert.doesNotMatch(t, / {2}/, `${what}: double space in "${t}"`);
  }
  assert.ok(n.title.length > 3, `${what}: title "${n.title}"`);
  assert.notEqual(n.title, n.kind, `${what}: the title only repeats the detail type`);
  assert.match(n.links[0]?.url ?? '', /^https:\/\/eu-west-1\.console\.aws\.amazon\.com\//, `${what}: console link`);
  assert.equal(n.account, '123456789012');
  assert.equal(n.region, 'eu-west-1');
}

describe('operations cards for partial and malformed events', () => {
  it('has a template for every kind it reads', () => {
    const missing = kinds.filter((k) => !engine.templates.find(k.source, k.detailType)).map((k) => `${k.source}/${k.detailType}`);
    assert.deepEqual(missing, []);
  });

  for (const k of kinds) {
    describe(`${k.source} / ${k.detailType}`, () => {
      it('reads well with an empty detail', () => {
        assertReadable(card(envelope(k.source, k.detailType, {})), 'empty detail');
      });

      it('reads well when detail is not an object and resources are not ARNs', () => {
        assertReadable(card(envelope(k.source, k.detailType, 'unexpected', ['not-an-arn', 42])), 'string detail');
        assertReadable(card(envelope(k.source, k.detailType, null)), 'null detail');
        assertReadable(card(envelope(k.source, k.detailType, { status: { nested: true }, state: 12, name: ['x'] })), 'odd field types');
      });
    });
  }

  it('reads a CodeStar message with an empty detail for each developer tool', () => {
    for (const [source, detailType] of [
      ['aws.codepipeline', 'CodePipeline Pipeline Execution State Change'],
      ['aws.codebuild', 'CodeBuild Build State Change'],
      ['aws.codedeploy', 'CodeDeploy Deployment State-change Notification'],
    ] as const) {
      const n = card(JSON.stringify({ account: '123456789012', detailType, region: 'eu-west-1', source, time: '2024-03-14T10:00:00Z', notificationRuleArn: 'arn:aws:codestar-notifications:eu-west-1:123456789012:notificationrule/abc', detail: {}, resources: [], additionalAttributes: {} }));
      assertReadable(n, `CodeStar ${detailType}`);
    }
  });
});
