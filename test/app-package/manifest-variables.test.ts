import assert from 'node:assert/strict';
import { isChatOpsError } from '../../src/core/errors.js';
import { envFilePath, parseEnvFile } from '../../src/teams-package/env-file.js';
import { resolveVariables, substitute, teamsAppIdFor } from '../../src/teams-package/manifest-variables.js';

const BOT_ID = '0bd7a7c4-4ee6-4c9d-a9d4-6b3b71b2b1f9';

describe('Teams manifest placeholders', () => {
  it('derives TEAMS_APP_ID as the UUID v5 of the bot id in our namespace', () => {
    // Python: uuid.uuid5(uuid.UUID('f085947a-2e14-4323-bd80-35d6f2a8d58c'), '0bd7a7c4-4ee6-4c9d-a9d4-6b3b71b2b1f9')
    assert.equal(teamsAppIdFor(BOT_ID), 'f00c4bba-f9a3-5800-afdc-a48493b876a6');
    assert.equal(teamsAppIdFor(BOT_ID.toUpperCase()), teamsAppIdFor(BOT_ID));
  });

  it('prefers BOT_ID and TEAMS_APP_ID when they are set', () => {
    const appId = '11111111-2222-4333-8444-555555555555';
    const { values, notes } = resolveVariables(['BOT_ID', 'TEAMS_APP_ID'], { BOT_ID, CLIENT_ID: appId, TEAMS_APP_ID: appId });
    assert.deepEqual(values, { BOT_ID, TEAMS_APP_ID: appId });
    assert.deepEqual(notes, []);
  });

  it('names every other missing variable', () => {
    assert.throws(
      () => resolveVariables(['BOT_ID', 'BOT_DOMAIN', 'TEAMS_APP_ID'], { CLIENT_ID: BOT_ID, BOT_DOMAIN: ' ' }),
      (e) => isChatOpsError(e) && e.code === 'TEAMS_PACKAGE_MISSING_VARIABLE' && e.userMessage === 'The manifest needs BOT_DOMAIN, which is not set.',
    );
  });

  it('fills placeholders inside strings and leaves everything else alone', () => {
    const filled = substitute({ a: 'api://botid-${{BOT_ID}}', n: 1, list: ['${{BOT_ID}}', true], other: '${{UNKNOWN}}' }, { BOT_ID: 'x' });
    assert.deepEqual(filled, { a: 'api://botid-x', n: 1, list: ['x', true], other: '${{UNKNOWN}}' });
  });

  it('reads KEY=VALUE env files with comments, export and quotes', () => {
    assert.deepEqual(parseEnvFile('# comment\n\nexport A=1\nB = "two words"\nC=\'x=y\'\r\nnot a line\n  # D=4\n'), { A: '1', B: 'two words', C: 'x=y' });
  });

  it('reads env/.env.<name> for a toolkit environment name, and a path as given', () => {
    assert.equal(envFilePath('dev'), 'env/.env.dev');
    assert.equal(envFilePath('./secrets/teams.env'), './secrets/teams.env');
  });
});
