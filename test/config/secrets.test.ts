import assert from 'node:assert/strict';
import { parseConfigText } from '../../src/config/load-config.js';
import { collectSecrets, makeRedactor, redactConfig, redactSecrets } from '../../src/config/redact.js';
import { configErrorOf, parse } from './helpers.js';

const webhook = (url: string) => `configurations:\n  - name: hook\n    platform: webhook\n    webhookUrl: "${url}"\n    snsTopicArns: ["*"]\n`;

describe('secrets', () => {
  describe('${NAME} in a webhook URL', () => {
    it('is replaced with the environment variable', () => {
      const config = parse(webhook('https://hooks.example.com/services/${HOOK_PATH}'), { HOOK_PATH: 'T000/B000/abc123' });

      assert.deepEqual(config.configurations[0], {
        name: 'hook',
        enabled: true,
        platform: 'webhook',
        webhookUrl: 'https://hooks.example.com/services/T000/B000/abc123',
        snsTopicArns: ['*'],
        loggingLevel: 'ERROR',
        tags: {},
        threading: 'on',
      });
    });

    it('can be the whole URL', () => {
      const config = parse(webhook('${TEAMS_WEBHOOK}'), { TEAMS_WEBHOOK: 'https://example.webhook.office.com/webhookb2/abc' });

      assert.equal(config.configurations[0]?.platform === 'webhook' && config.configurations[0].webhookUrl, 'https://example.webhook.office.com/webhookb2/abc');
    });

    it('fails, naming the variable, when it is not set', () => {
      assert.deepEqual(configErrorOf(() => parse(webhook('${MISSING_HOOK}'))).lines(), [
        'chatops.yml:4:17: configurations[0].webhookUrl: expected the environment variable MISSING_HOOK to be set (webhookUrl refers to ${MISSING_HOOK}); given MISSING_HOOK is not set',
      ]);
    });

    it('fails on a malformed reference', () => {
      assert.match(configErrorOf(() => parse(webhook('https://x.example.com/${not a name}'))).lines()[0] ?? '', /expected references written as \$\{NAME\}.*; given a malformed reference$/);
    });

    it('is not applied outside webhook URLs', () => {
      assert.deepEqual(configErrorOf(() => parse('server:\n  host: ${HOST}\n', { HOST: '0.0.0.0' })).lines(), [
        'chatops.yml:2:9: server.host: expected a host name or IP address to listen on, such as 127.0.0.1 or 0.0.0.0; given "${HOST}"',
      ]);
    });
  });

  describe('in errors', () => {
    const env = { HOOK_TOKEN: 'tok-9f8e7d6c5b4a', SLACK_BOT_TOKEN: 'xoxb-222-333-sekretvalue', SLACK_SIGNING_SECRET: 'sig-0a1b2c3d4e5f' };

    it('never show a webhook URL built from the environment when it is invalid', () => {
      const error = configErrorOf(() => parse(webhook('http://hooks.example.com/${HOOK_TOKEN}'), env));

      assert.match(error.userMessage, /configurations\[0\]\.webhookUrl: expected an https URL/);
      assert.doesNotMatch(error.userMessage, /tok-9f8e7d6c5b4a/);
    });

    it('never show a webhook URL written in the file', () => {
      const error = configErrorOf(() => parse(webhook('http://hooks.example.com/T1/B2/literal-secret-token'), env));

      assert.doesNotMatch(error.userMessage, /literal-secret-token/);
    });

    it('never show an environment secret, even one pasted into the file', () => {
      const error = configErrorOf(() => parse('configurations:\n  - name: a\n    platform: "xoxb-222-333-sekretvalue"\n    channelId: sandbox\n', env));

      assert.match(error.userMessage, /configurations\[0\]\.platform: expected one of slack, teams, sandbox, webhook; given "\[redacted:SLACK_BOT_TOKEN\]"/);
      assert.doesNotMatch(error.userMessage, /sekretvalue/);
    });

    it('never show an invalid DATABASE_URL', () => {
      const error = configErrorOf(() => parse('', { DATABASE_URL: 'mysql://root:hunter2@db/x' }));

      assert.doesNotMatch(error.userMessage, /hunter2/);
    });
  });

  describe('redactSecrets', () => {
    it('replaces the values of secret variables with their names', () => {
      const text = redactSecrets('token xoxb-1-2-aaaaaa and secret sig-123456', { SLACK_BOT_TOKEN: 'xoxb-1-2-aaaaaa', SLACK_SIGNING_SECRET: 'sig-123456' });

      assert.equal(text, 'token [redacted:SLACK_BOT_TOKEN] and secret [redacted:SLACK_SIGNING_SECRET]');
    });

    it('replaces the whole DATABASE_URL, and its password on its own', () => {
      const env = { DATABASE_URL: 'postgres://app:pa55word@db:5432/chatops' };

      assert.equal(redactSecrets('cannot connect to postgres://app:pa55word@db:5432/chatops', env), 'cannot connect to [redacted:DATABASE_URL]');
      assert.equal(redactSecrets('password pa55word rejected', env), 'password [redacted:DATABASE_URL] rejected');
    });

    it('replaces URL-encoded secrets too', () => {
      assert.equal(redactSecrets(`?secret=${encodeURIComponent('a&b=c/d')}`, { CLIENT_SECRET: 'a&b=c/d' }), '?secret=[redacted:CLIENT_SECRET]');
    });

    it('replaces anything shaped like a Slack token', () => {
      assert.equal(redactSecrets('got xoxb-0000-1111-abcdefg back', {}), 'got [redacted:slack-token] back');
    });

    it('leaves text without secrets alone', () => {
      assert.equal(redactSecrets('nothing to hide', { SLACK_BOT_TOKEN: 'xoxb-1-2-aaaaaa' }), 'nothing to hide');
    });
  });

  describe('redactConfig', () => {
    const env = {
      SLACK_BOT_TOKEN: 'xoxb-1-2-aaaaaa',
      SLACK_SIGNING_SECRET: 'sig-123456',
      CLIENT_ID: 'teams-app-id',
      CLIENT_SECRET: 'teams-secret-123',
      CHATOPS_ADMIN_TOKEN: 'admin-token-0123456789',
      DATABASE_URL: 'postgres://app:pa55word@db:5432/chatops',
      HOOK: 'T000/B000/hooksecret',
    };

    it('prints the effective configuration with every secret hidden', () => {
      const config = parseConfigText(webhook('https://hooks.example.com/services/${HOOK}'), { env, cwd: '/srv' });
      const printed = JSON.stringify(redactConfig(config));

      for (const secret of ['xoxb-1-2-aaaaaa', 'sig-123456', 'teams-secret-123', 'admin-token-0123456789', 'pa55word', 'hooksecret']) {
        assert.ok(!printed.includes(secret), `${secret} was printed`);
      }
      const redacted = redactConfig(config) as { databaseUrl: string; configurations: Array<{ webhookUrl: string }>; env: { slack: { botToken: string }; teams: { clientId: string } } };
      assert.equal(redacted.databaseUrl, 'postgres://[redacted]@db:5432/chatops');
      assert.equal(redacted.configurations[0]?.webhookUrl, 'https://hooks.example.com/[redacted]');
      assert.equal(redacted.env.slack.botToken, '[set]');
      assert.equal(redacted.env.teams.clientId, 'teams-app-id');
    });

    it('gives loggers every secret of the running configuration', () => {
      const config = parseConfigText(webhook('https://hooks.example.com/services/${HOOK}'), { env, cwd: '/srv' });
      const redact = makeRedactor(config);

      assert.ok(collectSecrets(config).includes('https://hooks.example.com/services/T000/B000/hooksecret'));
      assert.equal(redact('POST /services/T000/B000/hooksecret failed'), 'POST [redacted:secret] failed');
      assert.equal(redact('admin-token-0123456789'), '[redacted:secret]');
    });
  });
});
