import assert from 'node:assert/strict';
import { readEnv } from '../../src/config/env.js';

describe('environment variables', () => {
  it('configure nothing when empty: no Slack, no Teams, log level info', () => {
    const { env, problems, warnings } = readEnv({});

    assert.equal(env.slackConfigured, false);
    assert.equal(env.teamsConfigured, false);
    assert.equal(env.slackMode, undefined);
    assert.equal(env.logLevel, 'info');
    assert.deepEqual(problems, []);
    assert.deepEqual(warnings, []);
  });

  it('count empty values as unset', () => {
    assert.equal(readEnv({ SLACK_BOT_TOKEN: '', PORT: '' }).env.slackConfigured, false);
  });

  it('configure Slack over HTTP with a bot token and a signing secret', () => {
    const { env, problems } = readEnv({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'sig' });

    assert.equal(env.slackConfigured, true);
    assert.equal(env.slackMode, 'http');
    assert.deepEqual(problems, []);
  });

  it('configure Slack in Socket Mode with an app token, no signing secret needed', () => {
    const { env, problems } = readEnv({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_APP_TOKEN: 'xapp-1-abc' });

    assert.equal(env.slackMode, 'socket');
    assert.deepEqual(problems, []);
  });

  it('configure Slack for OAuth installs with a client id and secret', () => {
    const { env } = readEnv({ SLACK_CLIENT_ID: '123.456', SLACK_CLIENT_SECRET: 'shh', SLACK_SIGNING_SECRET: 'sig' });

    assert.equal(env.slackConfigured, true);
  });

  it('refuse Slack over HTTP without a signing secret', () => {
    assert.deepEqual(readEnv({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc' }).problems.map((p) => `${p.path}: ${p.text}`), [
      "SLACK_SIGNING_SECRET: expected the Slack app's signing secret (needed to verify Slack requests over HTTP; or set SLACK_APP_TOKEN for Socket Mode); given nothing (not set)",
    ]);
  });

  it('refuse a Slack client id without its secret', () => {
    assert.match(readEnv({ SLACK_CLIENT_ID: '123.456' }).problems[0]?.text ?? '', /SLACK_CLIENT_ID and SLACK_CLIENT_SECRET set together/);
  });

  it('configure Teams with CLIENT_ID and CLIENT_SECRET, and warn when only one is set', () => {
    assert.equal(readEnv({ CLIENT_ID: 'id', CLIENT_SECRET: 'secret', TENANT_ID: 'tenant' }).env.teamsConfigured, true);
    assert.deepEqual(readEnv({ CLIENT_ID: 'id' }).warnings, ['Teams is not configured: CLIENT_ID is set but CLIENT_SECRET is not.']);
  });

  it('read DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS as a boolean and warn when it is on', () => {
    const on = readEnv({ DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS: 'true' });

    assert.equal(on.env.teams.dangerouslyAllowUnauthenticatedRequests, true);
    assert.match(on.warnings[0] ?? '', /incoming Teams requests are not authenticated/);
    assert.equal(readEnv({ DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS: '0' }).env.teams.dangerouslyAllowUnauthenticatedRequests, false);
    assert.deepEqual(readEnv({ DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS: 'maybe' }).problems.map((p) => p.text), ['expected true or false; given "maybe"']);
  });

  it('reject a PORT that is not a port number', () => {
    assert.deepEqual(readEnv({ PORT: '99999' }).problems.map((p) => `${p.source}: ${p.path}: ${p.text}`), ['environment: PORT: expected a port number 0–65535; given "99999"']);
  });

  it('read LOG_LEVEL in any case and reject unknown levels', () => {
    assert.equal(readEnv({ LOG_LEVEL: 'DEBUG' }).env.logLevel, 'debug');
    assert.deepEqual(readEnv({ LOG_LEVEL: 'verbose' }).problems.map((p) => p.text), ['expected one of debug, info, warn, error; given "verbose"']);
  });

  it('reject a DATABASE_URL that is not PostgreSQL, without showing it', () => {
    const { problems } = readEnv({ DATABASE_URL: 'mysql://root:pw@db/chatops' });

    assert.deepEqual(problems.map((p) => p.text), ['expected a PostgreSQL URL such as postgres://user:password@host:5432/chatops; given a value (hidden: secrets are never shown)']);
  });

  it('reject a short CHATOPS_ADMIN_TOKEN, without showing it', () => {
    assert.deepEqual(readEnv({ CHATOPS_ADMIN_TOKEN: 'letmein' }).problems.map((p) => p.text), [
      'expected a token of at least 16 characters (for example: openssl rand -hex 32); given a value (hidden: secrets are never shown)',
    ]);
  });

  it('keep SLACK_API_URL, CHATOPS_CONFIG and SNS_CERTIFICATE_DIR as given', () => {
    const { env } = readEnv({ SLACK_API_URL: 'http://127.0.0.1:4000/api/', CHATOPS_CONFIG: 'prod.yml', SNS_CERTIFICATE_DIR: '/certs' });

    assert.equal(env.slack.apiUrl, 'http://127.0.0.1:4000/api/');
    assert.equal(env.configPath, 'prod.yml');
    assert.equal(env.snsCertificateDir, '/certs');
  });

  it('reads where commands run and how long they may take, and refuses a timeout that is not a number of seconds', () => {
    const { env, problems } = readEnv({ AWS_DEFAULT_REGION: 'eu-west-1', CHATOPS_COMMAND_TIMEOUT_SECONDS: '30' });
    assert.deepEqual([env.awsRegion, env.commandTimeoutSeconds, problems], ['eu-west-1', 30, []]);
    assert.equal(readEnv({ AWS_REGION: 'us-west-2', AWS_DEFAULT_REGION: 'eu-west-1' }).env.awsRegion, 'us-west-2');
    const wrong = readEnv({ CHATOPS_COMMAND_TIMEOUT_SECONDS: 'soon' });
    assert.match(wrong.problems.map((p) => `${p.path}: ${p.text}`).join(), /CHATOPS_COMMAND_TIMEOUT_SECONDS: .*1 to 300/);
    assert.equal(wrong.env.commandTimeoutSeconds, undefined);
  });
});
