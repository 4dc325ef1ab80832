import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/load-config.js';
import { configErrorOf, REPO_ROOT } from './helpers.js';

const SAMPLE = join(REPO_ROOT, 'chatops.sample.yml');
const env = { FINANCE_WEBHOOK_URL: 'https://hooks.example.com/services/T000/B000/XXXXXXXX' };

describe('chatops.sample.yml', () => {
  it('is a valid configuration with one configuration per platform', () => {
    const config = loadConfig({ path: SAMPLE, env, cwd: REPO_ROOT });

    assert.deepEqual(
      config.configurations.map((c) => [c.name, c.platform]),
      [
        ['sandbox', 'sandbox'],
        ['prod-alerts', 'slack'],
        ['deployments', 'teams'],
        ['finance-budgets', 'webhook'],
      ],
    );
  });

  it('shows tags, logging levels and threading', () => {
    const config = loadConfig({ path: SAMPLE, env, cwd: REPO_ROOT });
    const slack = config.configurations[1];

    assert.deepEqual(slack?.tags, { team: 'platform', environment: 'production', 'cost-center': '4021' });
    assert.equal(slack?.loggingLevel, 'INFO');
    assert.equal(config.configurations[2]?.threading, 'off');
  });

  it('shows accounts, roles and guardrails on the Slack configuration, and the permissions section', () => {
    const config = loadConfig({ path: SAMPLE, env, cwd: REPO_ROOT });
    const slack = config.configurations[1];

    assert.ok(slack && slack.platform === 'slack');
    assert.deepEqual(slack.accounts.map((a) => [a.name, a.id, a.channelRole, a.userRoles.length]), [
      ['production', '111122223333', 'arn:aws:iam::111122223333:role/ChatOpsChannelRole', 2],
      ['staging', '444455556666', 'arn:aws:iam::444455556666:role/ChatOpsChannelRole', 0],
    ]);
    assert.deepEqual([slack.userRoles, slack.channelType, slack.protectionPolicy], ['allowed', 'private', false]);
    assert.deepEqual(slack.guardrailPolicyArns, ['arn:aws:iam::aws:policy/CloudWatchReadOnlyAccess', 'arn:aws:iam::aws:policy/AWSSupportAccess']);
    assert.deepEqual(config.permissions, { requireUserRolesInAccounts: [] });
  });

  it('asks for the webhook secret when it is not in the environment', () => {
    const error = configErrorOf(() => loadConfig({ path: SAMPLE, env: {}, cwd: REPO_ROOT }));

    assert.deepEqual(error.lines().map((l) => l.replace(/^[^ ]+ /, '')), [
      'configurations[3].webhookUrl: expected the environment variable FINANCE_WEBHOOK_URL to be set (webhookUrl refers to ${FINANCE_WEBHOOK_URL}); given FINANCE_WEBHOOK_URL is not set',
    ]);
  });
});
