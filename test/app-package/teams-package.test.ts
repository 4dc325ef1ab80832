import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readZip } from './read-zip.js';

const BOT_ID = '3f1c2b7e-9d4a-4c11-8e2f-6a5b4c3d2e1f';
const TEAMS_APP_ID = 'a9e8d7c6-b5a4-4321-9fed-cba987654321';

/** Runs `chatops teams-package` from the repository root with only the given variables set. */
function teamsPackage(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['dist/src/cli.js', 'teams-package', ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } });
}

const made: string[] = [];
const outDir = () => {
  made.push(mkdtempSync(join(tmpdir(), 'chatops-teams-package-')));
  return made.at(-1)!;
};

describe('chatops teams-package', function () {
  this.timeout(60_000);
  after(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('builds a zip with exactly manifest.json, color.png and outline.png, the manifest filled in and validated', () => {
    const zipPath = join(outDir(), 'appPackage.zip');
    const r = teamsPackage(['--out', zipPath], { BOT_ID, TEAMS_APP_ID });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Manifest valid against the Teams manifest schema v1\.25/);
    const entries = readZip(readFileSync(zipPath));
    assert.deepEqual(entries.map((e) => e.name), ['manifest.json', 'color.png', 'outline.png']);
    const text = entries[0]!.data.toString('utf8');
    assert.doesNotMatch(text, /\$\{\{/);
    const manifest = JSON.parse(text) as { id: string; bots: { botId: string }[]; webApplicationInfo: { id: string; resource: string } };
    assert.equal(manifest.id, TEAMS_APP_ID);
    assert.equal(manifest.bots[0]!.botId, BOT_ID);
    assert.deepEqual(manifest.webApplicationInfo, { id: BOT_ID, resource: `api://botid-${BOT_ID}` });
    assert.ok(entries[1]!.data.equals(readFileSync('appPackage/color.png')));
    assert.ok(entries[2]!.data.equals(readFileSync('appPackage/outline.png')));
    assert.equal(readFileSync(join(zipPath, '..', 'manifest.json'), 'utf8'), text, 'the filled manifest is written beside the zip');
  });

  it('takes the bot id from CLIENT_ID and derives the same app id from it every time', () => {
    const first = join(outDir(), 'a.zip');
    const second = join(outDir(), 'b.zip');
    const r = teamsPackage(['--out', first], { CLIENT_ID: BOT_ID });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /BOT_ID from CLIENT_ID; TEAMS_APP_ID derived from BOT_ID/);
    const again = teamsPackage(['--out', second], { CLIENT_ID: BOT_ID });
    assert.equal(again.status, 0, again.stderr);
    const ids = [first, second].map((p) => (JSON.parse(readZip(readFileSync(p))[0]!.data.toString('utf8')) as { id: string; bots: { botId: string }[] }));
    assert.equal(ids[0]!.bots[0]!.botId, BOT_ID);
    assert.equal(ids[0]!.id, ids[1]!.id);
    assert.notEqual(ids[0]!.id, BOT_ID);
    assert.ok(readFileSync(first).equals(readFileSync(second)), 'the same inputs give the same zip');
  });

  it('reads the ids from a toolkit env file given with --env, over the environment', () => {
    const dir = outDir();
    writeFileSync(join(dir, '.env.dev'), `# written by atk provision\nTEAMSFX_ENV=dev\nTEAMS_APP_ID=${TEAMS_APP_ID}\nBOT_ID="${BOT_ID}"\n`);
    const r = teamsPackage(['--out', join(dir, 'app.zip'), '--env', join(dir, '.env.dev')], { BOT_ID: '00000000-0000-0000-0000-00000000000f' });
    assert.equal(r.status, 0, r.stderr);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { id: string; bots: { botId: string }[] };
    assert.deepEqual([manifest.id, manifest.bots[0]!.botId], [TEAMS_APP_ID, BOT_ID]);
  });

  it('keeps the environment\'s value where the env file leaves a variable empty (before provision)', () => {
    const dir = outDir();
    writeFileSync(join(dir, '.env.dev'), 'TEAMSFX_ENV=dev\nTEAMS_APP_ID=\nBOT_ID=\n');
    const r = teamsPackage(['--out', join(dir, 'app.zip'), '--env', join(dir, '.env.dev')], { BOT_ID, TEAMS_APP_ID });
    assert.equal(r.status, 0, r.stderr);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { id: string; bots: { botId: string }[] };
    assert.deepEqual([manifest.id, manifest.bots[0]!.botId], [TEAMS_APP_ID, BOT_ID]);
  });

  it('exits 2 naming BOT_ID and the next step when neither BOT_ID nor CLIENT_ID is set, and writes nothing', () => {
    const zipPath = join(outDir(), 'appPackage.zip');
    const r = teamsPackage(['--out', zipPath]);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^TEAMS_PACKAGE_MISSING_VARIABLE: The manifest needs BOT_ID, which is not set\. Set BOT_ID \(or CLIENT_ID\) .+--env dev.+\n$/);
    assert.equal(existsSync(zipPath), false);
  });

  it('exits 2 when the bot id is not a GUID', () => {
    const r = teamsPackage(['--out', join(outDir(), 'x.zip')], { BOT_ID: 'my-bot' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^TEAMS_PACKAGE_BAD_ID: BOT_ID must be a GUID/);
  });

  it('exits 2 when the env file cannot be read', () => {
    const r = teamsPackage(['--out', join(outDir(), 'x.zip'), '--env', '/nonexistent/.env.dev'], { BOT_ID });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^TEAMS_PACKAGE_ENV_FILE_UNREADABLE: The env file \/nonexistent\/\.env\.dev could not be read \(ENOENT\)/);
  });
});
