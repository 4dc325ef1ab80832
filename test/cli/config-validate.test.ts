import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runConfigValidate, runConfigValidateArgs } from '../../src/cli/config-validate.js';
import { REPO_ROOT, tempDir } from '../config/helpers.js';

/** Collects what a command writes. */
function capture() {
  const out = { stdout: '', stderr: '' };
  return { out, stdout: { write: (t: string) => (out.stdout += t) }, stderr: { write: (t: string) => (out.stderr += t) } };
}

describe('chatops config validate', () => {
  let dir: string;
  let remove: () => void;
  beforeEach(() => ({ dir, remove } = tempDir()));
  afterEach(() => remove());

  it('says OK with the number of configurations per platform and exits 0', () => {
    const io = capture();
    const env = { FINANCE_WEBHOOK_URL: 'https://hooks.example.com/x/y/z', SLACK_BOT_TOKEN: 'xoxb-1-2-abcdef', SLACK_SIGNING_SECRET: 's', CLIENT_ID: 'a', CLIENT_SECRET: 'b' };

    const code = runConfigValidate({ path: join(REPO_ROOT, 'chatops.sample.yml'), env, cwd: REPO_ROOT, ...io });

    assert.equal(code, 0);
    assert.equal(io.out.stdout, 'OK: chatops.sample.yml: 4 configurations (slack: 1, teams: 1, sandbox: 1, webhook: 1)\n');
    assert.equal(io.out.stderr, '');
  });

  it('validates the built-in default when there is no chatops.yml', () => {
    const io = capture();

    assert.equal(runConfigValidate({ env: {}, cwd: dir, ...io }), 0);
    assert.equal(io.out.stdout, 'OK: (built-in default): 1 configuration (slack: 0, teams: 0, sandbox: 1, webhook: 0)\n');
  });

  it('prints warnings on stderr and still exits 0', () => {
    const io = capture();
    writeFileSync(join(dir, 'chatops.yml'), 'configurations:\n  - name: a\n    platform: slack\n    channelId: C0123456789\n    enabled: false\n');

    assert.equal(runConfigValidate({ env: {}, cwd: dir, ...io }), 0);
    assert.equal(io.out.stdout, 'OK: chatops.yml: 1 configuration (slack: 1, teams: 0, sandbox: 0, webhook: 0; 1 disabled)\n');
  });

  it('prints every problem and exits 1 for an invalid file', () => {
    const io = capture();
    writeFileSync(join(dir, 'bad.yml'), 'server:\n  port: x\nconfigurations:\n  - name: a\n    platform: pager\n');

    const code = runConfigValidate({ path: 'bad.yml', env: {}, cwd: dir, ...io });

    assert.equal(code, 1);
    assert.equal(io.out.stdout, '');
    assert.equal(
      io.out.stderr,
      [
        'bad.yml has 2 problems:',
        'bad.yml:2:9: server.port: expected a port number 0–65535; given "x"',
        'bad.yml:5:15: configurations[0].platform: expected one of slack, teams, sandbox, webhook; given "pager"',
        'Fix the lines above and start again (check with: chatops config validate).',
        '',
      ].join('\n'),
    );
  });

  it('exits 1 when the named file does not exist', () => {
    const io = capture();

    assert.equal(runConfigValidate({ path: 'nope.yml', env: {}, cwd: dir, ...io }), 1);
    assert.match(io.out.stderr, /^Configuration file not found: nope\.yml\n/);
  });

  it('prints JSON with --json', () => {
    const io = capture();
    writeFileSync(join(dir, 'bad.yml'), 'server:\n  port: x\n');

    assert.equal(runConfigValidateArgs(['--config', 'bad.yml', '--json'], { env: {}, cwd: dir, ...io }), 1);
    const report = JSON.parse(io.out.stdout) as { ok: boolean; code: string; problems: Array<{ line: number; column: number; path: string }> };
    assert.equal(report.ok, false);
    assert.equal(report.code, 'CONFIG_INVALID');
    assert.deepEqual(report.problems.map((p) => [p.line, p.column, p.path]), [[2, 9, 'server.port']]);
  });

  it('exits 2 for an unknown argument', () => {
    const io = capture();

    assert.equal(runConfigValidateArgs(['--verbose'], { env: {}, cwd: dir, ...io }), 2);
    assert.equal(io.out.stderr, 'unexpected argument: --verbose\nusage: chatops config validate [--config FILE] [--json]\n');
  });
});
