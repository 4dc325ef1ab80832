import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/load-config.js';
import { configErrorOf, REPO_ROOT } from './helpers.js';
import { actionCommand } from '../../src/actions/action-command.js';
import { showsOn } from '../../src/actions/criteria.js';
import { logGroupsFor } from '../../src/actions/logs/index.js';
import { validateAction } from '../../src/actions/validate-action.js';
import { NotificationEngine } from '../../src/notifications/engine.js';
import { readFixture } from '../support/fixtures.js';

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

  it('shows a CLI custom action with criteria, a Lambda one and log groups on the Slack configuration', () => {
    const config = loadConfig({ path: SAMPLE, env, cwd: REPO_ROOT });
    const slack = config.configurations[1];

    assert.ok(slack && slack.platform === 'slack' && slack.accounts.length > 0, 'the actions are on a configuration with accounts (others get no buttons)');
    assert.deepEqual(
      slack.customActions.map((a) => [a.name, a.target.kind, a.criteria.map((c) => `${c.variable} ${c.operator} ${c.value ?? ''}`.trim())]),
      [
        ['alarm-history', 'cli', ['AlarmName HAS_VALUE', 'AlarmState EQUALS ALARM']],
        ['open-incident', 'lambda', ['AlarmState EQUALS ALARM']],
      ],
    );
    assert.deepEqual(slack.logGroups, { 'prod-api-high-latency': ['/ecs/prod-api', '/aws/rds/instance/prod-db/error'], 'AWS/EC2': ['/ec2/prod/app'] });
    for (const action of slack.customActions) assert.deepEqual(validateAction(action), [], `${action.name} passes the checks of the Create an action dialog too`);
  });

  it('puts its actions on an alarm in ALARM, filled in from the alarm, and not on one back to OK', () => {
    const slack = loadConfig({ path: SAMPLE, env, cwd: REPO_ROOT }).configurations[1];
    assert.ok(slack && slack.platform === 'slack');
    const engine = new NotificationEngine();
    const [alarm] = engine.notifications(readFixture('cloudwatch/eventbridge-alarm-state-change-metric-alarm.json'));
    const [ok] = engine.notifications(readFixture('cloudwatch/alarm-sns-message-metric-ok-dbmigrationrequired.json'));
    assert.ok(alarm && ok);

    assert.deepEqual(slack.customActions.map((a) => [showsOn(a, alarm.variables), showsOn(a, ok.variables)]), [[true, false], [true, false]]);
    assert.deepEqual(
      slack.customActions.map((a) => actionCommand(a.target, alarm.variables)),
      [
        { resolved: 'cloudwatch describe-alarm-history --alarm-name ServerCpuTooHigh --history-item-type StateUpdate --max-records 5', missing: [] },
        { resolved: 'lambda invoke --function-name open-incident --payload {"alarm": "ServerCpuTooHigh", "state": "ALARM", "account": "123456789012", "region": "us-east-1"} --region us-east-1', missing: [] },
      ],
    );
    assert.deepEqual(logGroupsFor(alarm.variables, slack.logGroups).groups, ['/ec2/prod/app'], 'an AWS/EC2 alarm gets the namespace\'s log groups');
  });

  it('asks for the webhook secret when it is not in the environment', () => {
    const error = configErrorOf(() => loadConfig({ path: SAMPLE, env: {}, cwd: REPO_ROOT }));

    assert.deepEqual(error.lines().map((l) => l.replace(/^[^ ]+ /, '')), [
      'configurations[3].webhookUrl: expected the environment variable FINANCE_WEBHOOK_URL to be set (webhookUrl refers to ${FINANCE_WEBHOOK_URL}); given FINANCE_WEBHOOK_URL is not set',
    ]);
  });
});
