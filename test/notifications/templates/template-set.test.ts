import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChatOpsError } from '../../../src/core/errors.js';
import { builtInTemplatesDir, NotificationEngine } from '../../../src/notifications/engine.js';
import { TemplateSet } from '../../../src/notifications/templates/template-set.js';
import { notificationToCard } from '../../../src/notifications/to-card.js';
import { renderSlack } from '../../../src/render/slack.js';
import { renderTeams } from '../../../src/render/teams.js';

function templatesDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'chatops-templates-'));
  for (const [rel, text] of Object.entries(files)) {
    const full = join(dir, rel);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, text);
  }
  return dir;
}

const widgetEvent = (detail: Record<string, unknown>) =>
  JSON.stringify({ version: '0', id: 'e-1', 'detail-type': 'Widget Polished', source: 'com.example.widgets', account: '123456789012', time: '2026-11-23T10:00:00Z', region: 'eu-central-1', resources: [], detail });

describe('notification templates', () => {
  it('word a card from a directory named in the configuration, without code changes', () => {
    const dir = templatesDir({
      'com.example.widgets/Widget Polished.yml': [
        'title: "Widget {{detail.name}} polished to {{upper detail.shine}}"',
        'summary: "{{default detail.note \'no note\'}}"',
        'fields:',
        '  - label: Shine',
        '    value: "{{detail.shine}}"',
        '    short: true',
        '  - label: Empty is left out',
        '    value: "{{detail.missing}}"',
      ].join('\n'),
    });
    const engine = new NotificationEngine({ templatesDir: dir });
    const [n] = engine.notifications(widgetEvent({ name: 'w-42', shine: 'mirror' }));
    assert.equal(n?.title, 'Widget w-42 polished to MIRROR');
    assert.equal(n?.summary, 'no note');
    assert.deepEqual(n?.fields, [{ label: 'Shine', value: 'mirror', short: true }]);
  });

  it('override a built-in template at the same path', () => {
    const builtIn = new NotificationEngine();
    const keys = builtIn.templates.keys;
    if (keys.length === 0) return; // no built-in templates yet
    const key = keys[0]!;
    const dir = templatesDir({ [`${key}.yml`]: 'title: "Overridden"' });
    assert.equal(new NotificationEngine({ templatesDir: dir }).templates.find(...(key.split('/') as [string, string]))?.file, join(dir, `${key}.yml`));
  });

  it('cannot be turned into structure by a hostile event', () => {
    const dir = templatesDir({
      'com.example.widgets/Widget Polished.yml': 'title: "{{detail.name}}"\nsummary: "{{detail.note}}"\nfields:\n  - label: Link\n    value: x\n    url: "{{detail.url}}"\n',
    });
    const engine = new NotificationEngine({ templatesDir: dir });
    const hostile = {
      name: '{{constructor.constructor "return process"}}"}],"blocks":[{"type":"divider"}',
      note: '<!channel> <https://evil.example|click> [x](javascript:alert(1)) **bold** {{#each this}}',
      url: 'javascript:alert(1)',
      __proto__: { polluted: true },
    };
    const [n] = engine.notifications(widgetEvent(hostile));
    assert.ok(n);
    // Data is substituted once, literally; Handlebars never evaluates it.
    assert.equal(n.title, hostile.name);
    assert.equal(n.summary, hostile.note);
    // A non-https URL from the event is dropped, not linked.
    assert.equal(n.fields[0]?.url, undefined);
    const card = notificationToCard(n);
    assert.equal(card.title, hostile.name);
    const slack = renderSlack(card);
    assert.ok(!JSON.stringify(slack.blocks).includes('<!channel>'), 'mention must be escaped on Slack');
    assert.equal(renderTeams(card).type, 'AdaptiveCard');
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('stop the start with an error naming the file when one is broken', () => {
    const dir = templatesDir({ 'com.example.widgets/Widget Polished.yml': 'title: "{{#if}}"' });
    assert.throws(
      () => new NotificationEngine({ templatesDir: dir }),
      (e: unknown) => e instanceof ChatOpsError && e.code === 'TEMPLATE_INVALID' && /Widget Polished\.yml/.test(e.userMessage),
    );
    const dir2 = templatesDir({ 'com.example.widgets/Widget Polished.yml': 'titel: "typo"' });
    assert.throws(
      () => new NotificationEngine({ templatesDir: dir2 }),
      (e: unknown) => e instanceof ChatOpsError && e.code === 'TEMPLATE_INVALID' && /titel/.test(e.userMessage),
    );
  });

  it('ship every built-in template valid, though the service compiles them on first use', () => {
    const eager = TemplateSet.load([builtInTemplatesDir()]);
    assert.ok(eager.keys.length > 50, `${eager.keys.length} built-in templates`);
    const lazy = new NotificationEngine().templates;
    assert.deepEqual(lazy.keys, eager.keys);
    for (const key of lazy.keys) assert.equal(lazy.find(...(key.split('/') as [string, string]))?.key, key);
  });

  it('refuse a templates directory that does not exist', () => {
    assert.throws(() => new NotificationEngine({ templatesDir: '/nonexistent/templates' }), (e: unknown) => e instanceof ChatOpsError && e.code === 'TEMPLATE_DIR_NOT_FOUND');
  });
});
