import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, parseConfigText } from '../../src/config/load-config.js';
import { configErrorOf, parse, SLACK_ITEM, tempDir } from './helpers.js';

describe('loading the configuration', () => {
  let dir: string;
  let remove: () => void;
  beforeEach(() => ({ dir, remove } = tempDir()));
  afterEach(() => remove());

  describe('without a file', () => {
    it('uses the built-in sandbox configuration that receives every topic', () => {
      const config = loadConfig({ env: {}, cwd: dir });

      assert.deepEqual(config.source, { kind: 'default', display: '(built-in default)' });
      assert.deepEqual(config.configurations, [
        {
          name: 'sandbox',
          enabled: true,
          platform: 'sandbox',
          channelId: 'sandbox',
          snsTopicArns: ['*'],
          loggingLevel: 'ERROR',
          tags: {},
          threading: 'on',
          accounts: [{ name: 'local', userRoles: [], serviceCredentials: true }],
          guardrailPolicyArns: [],
          protectionPolicy: true,
          userRoles: 'allowed',
          customActions: [],
          logGroups: {},
        },
      ]);
      assert.equal(config.sandbox.enabled, true);
    });

    it('listens on 127.0.0.1:3978 and keeps data in .data under the working directory', () => {
      const config = loadConfig({ env: {}, cwd: dir });

      assert.deepEqual(config.server, { port: 3978, host: '127.0.0.1', dataDir: join(dir, '.data') });
      assert.deepEqual(config.sns, { path: '/sns' });
      assert.equal(config.databaseUrl, undefined);
    });

    it('takes the port from PORT', () => {
      assert.equal(loadConfig({ env: { PORT: '8080' }, cwd: dir }).server.port, 8080);
    });

    it('points out a chatops.yaml that was probably meant to be chatops.yml', () => {
      writeFileSync(join(dir, 'chatops.yaml'), 'configurations: []\n');

      const config = loadConfig({ env: {}, cwd: dir });

      assert.equal(config.source.kind, 'default');
      assert.match(config.warnings[0] ?? '', /Found chatops\.yaml but the default file name is chatops\.yml/);
    });
  });

  describe('from a file', () => {
    it('reads chatops.yml from the working directory', () => {
      writeFileSync(join(dir, 'chatops.yml'), `configurations:\n${SLACK_ITEM}`);

      const config = loadConfig({ env: {}, cwd: dir });

      assert.deepEqual(config.source, { kind: 'file', path: join(dir, 'chatops.yml'), display: 'chatops.yml' });
      assert.deepEqual(config.configurations.map((c) => c.name), ['prod-alerts']);
    });

    it('reads the file named by --config, then by CHATOPS_CONFIG', () => {
      writeFileSync(join(dir, 'a.yml'), 'configurations: []\n');
      writeFileSync(join(dir, 'b.yml'), 'configurations: []\n');

      assert.equal(loadConfig({ path: 'a.yml', env: { CHATOPS_CONFIG: 'b.yml' }, cwd: dir }).source.display, 'a.yml');
      assert.equal(loadConfig({ env: { CHATOPS_CONFIG: 'b.yml' }, cwd: dir }).source.display, 'b.yml');
    });

    it('fails with CONFIG_NOT_FOUND when the named file does not exist', () => {
      const error = configErrorOf(() => loadConfig({ path: 'missing.yml', env: {}, cwd: dir }));

      assert.equal(error.code, 'CONFIG_NOT_FOUND');
      assert.equal(error.userMessage, 'Configuration file not found: missing.yml\nmissing.yml: file not found (named by --config)');
    });

    it('fails with CONFIG_NOT_FOUND when CHATOPS_CONFIG names a missing file, and says so', () => {
      const error = configErrorOf(() => loadConfig({ env: { CHATOPS_CONFIG: 'gone.yml' }, cwd: dir }));

      assert.equal(error.code, 'CONFIG_NOT_FOUND');
      assert.match(error.userMessage, /named by CHATOPS_CONFIG/);
    });

    it('fails with CONFIG_UNREADABLE when the path is a directory', () => {
      mkdirSync(join(dir, 'conf.yml'));

      const error = configErrorOf(() => loadConfig({ path: 'conf.yml', env: {}, cwd: dir }));

      assert.equal(error.code, 'CONFIG_UNREADABLE');
      assert.match(error.userMessage, /conf\.yml: cannot read the file: it is a directory, not a file/);
    });

    it('names a file outside the working directory by its absolute path', () => {
      const error = configErrorOf(() => parseConfigText('bogus: 1\n', { file: '/etc/chatops/chatops.yml', env: {}, cwd: dir }));

      assert.match(error.lines()[0] ?? '', /^\/etc\/chatops\/chatops\.yml:1:1: bogus:/);
    });

    it('treats a section whose lines are all commented out as absent', () => {
      const config = parse('server:\n  # port: 9000\nsns:\nsandbox:\nconfigurations:\n');

      assert.equal(config.server.port, 3978);
      assert.equal(config.sns.path, '/sns');
      assert.deepEqual(config.configurations, []);
    });

    it('treats an empty file as no configurations, with a warning', () => {
      const config = parse('');

      assert.deepEqual(config.configurations, []);
      assert.match(config.warnings.join('\n'), /no channel configurations: notifications will not be delivered anywhere/);
    });
  });

  describe('paths', () => {
    it('resolves paths written in the file against the file, and defaults against the working directory', () => {
      const config = parseConfigText('templatesDir: ./templates\nsns:\n  certificateDir: certs\n', { file: '/etc/chatops/chatops.yml', env: {}, cwd: '/srv' });

      assert.equal(config.templatesDir, '/etc/chatops/templates');
      assert.equal(config.sns.certificateDir, '/etc/chatops/certs');
      assert.equal(config.server.dataDir, '/srv/.data');
    });

    it('lets SNS_CERTIFICATE_DIR win over the file', () => {
      const config = parseConfigText('sns:\n  certificateDir: certs\n', { file: '/etc/chatops/chatops.yml', env: { SNS_CERTIFICATE_DIR: '/var/certs' }, cwd: '/srv' });

      assert.equal(config.sns.certificateDir, '/var/certs');
    });
  });

  describe('precedence', () => {
    it('prefers the port in the file over PORT', () => {
      assert.equal(parse('server:\n  port: 9000\n', { PORT: '8080' }).server.port, 9000);
    });

    it('lets overrides win over the file and the environment', () => {
      const config = parseConfigText('server:\n  port: 9000\n  host: 0.0.0.0\n', {
        env: { PORT: '8080', SNS_CERTIFICATE_DIR: '/var/certs' },
        cwd: '/srv',
        overrides: { server: { port: 0, dataDir: 'tmp-data' }, sns: { certificateDir: 'my-certs' } },
      });

      assert.equal(config.server.port, 0);
      assert.equal(config.server.host, '0.0.0.0');
      assert.equal(config.server.dataDir, '/srv/tmp-data');
      assert.equal(config.sns.certificateDir, '/srv/my-certs');
    });

    it('validates overrides like the file', () => {
      const error = configErrorOf(() => parseConfigText('', { env: {}, cwd: '/srv', overrides: { server: { port: 70000 } } }));

      assert.match(error.lines()[0] ?? '', /server\.port: expected a port number 0–65535; given 70000$/);
    });
  });

  describe('the sandbox switch', () => {
    const slack = { SLACK_BOT_TOKEN: 'xoxb-1111-2222-abcdef', SLACK_SIGNING_SECRET: 'signing-secret-value' };

    it('is on by default when neither Slack nor Teams is configured', () => {
      assert.equal(parse('').sandbox.enabled, true);
    });

    it('is off by default once Slack is configured', () => {
      assert.deepEqual(parse('', slack).sandbox, { enabled: false, setting: 'auto' });
    });

    it('is off by default once Teams is configured', () => {
      assert.equal(parse('', { CLIENT_ID: 'app-id', CLIENT_SECRET: 'teams-client-secret' }).sandbox.enabled, false);
    });

    it('can be forced on next to Slack', () => {
      assert.deepEqual(parse('sandbox:\n  enabled: true\n', slack).sandbox, { enabled: true, setting: true });
    });

    it('warns that sandbox configurations will not deliver while the sandbox is off', () => {
      const config = parse('sandbox:\n  enabled: false\nconfigurations:\n  - name: s\n    platform: sandbox\n    channelId: sandbox\n');

      assert.deepEqual(config.warnings, ['chatops.yml: configurations[0] "s" (sandbox) will not deliver: the sandbox is off (sandbox.enabled: false).']);
    });
  });
});
