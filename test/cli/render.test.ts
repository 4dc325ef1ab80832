import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturePath } from '../support/fixtures.js';

const cli = (args: string[], input?: Buffer | string) => spawnSync(process.execPath, ['dist/src/cli.js', ...args], { encoding: 'utf8', input });

describe('chatops render', () => {
  it('prints Slack Block Kit by default', () => {
    const r = cli(['render', fixturePath('eventbridge/ec2-instance-state-change-notification.json')]);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { text: string; blocks: unknown[] };
    assert.equal(typeof out.text, 'string');
    assert.ok(Array.isArray(out.blocks) && out.blocks.length > 0);
  });

  it('prints the Adaptive Card for teams and the Card for neutral', () => {
    const file = fixturePath('cloudwatch/alarm-sns-message-single-metric-alarm.json');
    const teams = cli(['render', file, '--platform', 'teams']);
    assert.equal(teams.status, 0, teams.stderr);
    assert.equal((JSON.parse(teams.stdout) as { type: string }).type, 'AdaptiveCard');
    const neutral = cli(['render', file, '--platform', 'neutral']);
    assert.equal(neutral.status, 0, neutral.stderr);
    assert.equal(typeof (JSON.parse(neutral.stdout) as { title: string }).title, 'string');
  });

  it('reads an SNS envelope, a plain-text message and standard input', () => {
    assert.equal(cli(['render', fixturePath('sns/notification-sigv1-sha1-hello-world.json')]).status, 0);
    assert.equal(cli(['render', fixturePath('sns/raw-delivery-body-plain-text.txt')]).status, 0);
    const r = cli(['render', '-', '--platform', 'neutral'], 'Disk almost full on db-1');
    assert.equal(r.status, 0, r.stderr);
    assert.equal((JSON.parse(r.stdout) as { title: string }).title, 'Disk almost full on db-1');
  });

  it('exits 2 with one coded line on stderr for a missing file', () => {
    const r = cli(['render', '/nonexistent/event.json']);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^INPUT_UNREADABLE: .+\n$/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
  });

  it('exits 2 for input that is neither JSON nor text', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'chatops-')), 'image.png');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    const r = cli(['render', file]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^INPUT_UNREADABLE: /);
  });

  it('exits 2 for an unknown platform', () => {
    const r = cli(['render', fixturePath('custom/reference-minimal.json'), '--platform', 'irc']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^RENDER_BAD_PLATFORM: /);
  });
});
