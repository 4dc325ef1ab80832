import assert from 'node:assert/strict';
import { parse, problemLines, SLACK_ITEM } from './helpers.js';

/** YAML for one configuration item with the given extra lines (indented under the item). */
const item = (lines: string) => `configurations:\n  - ${lines.trim().split('\n').map((l) => l.trim()).join('\n    ')}\n`;

describe('validating chatops.yml', () => {
  describe('unknown keys', () => {
    it('rejects a misspelt top-level key and suggests the right one', () => {
      assert.deepEqual(problemLines('configuration: []\n'), [
        'chatops.yml:1:1: configuration: expected one of the keys server, sns, templatesDir, sandbox, permissions, configurations (did you mean "configurations"?); given the unknown key "configuration"',
      ]);
    });

    it('rejects a misspelt key inside a configuration and points at the key', () => {
      const lines = problemLines(`configurations:\n  - name: a\n    platform: sandbox\n    channelId: sandbox\n    snsTopicArn: ["*"]\n`);

      assert.deepEqual(lines, [
        'chatops.yml:5:5: configurations[0].snsTopicArn: expected one of the keys name, enabled, platform, channelId, workspaceId, webhookUrl, snsTopicArns, loggingLevel, tags, threading, snsRawDeliveryToken, accounts, guardrailPolicyArns, protectionPolicy, userRoles, channelType, tenantId, teamId, customActions, logGroups (did you mean "snsTopicArns"?); given the unknown key "snsTopicArn"',
      ]);
    });

    it('rejects an unknown key under server', () => {
      assert.deepEqual(problemLines('server:\n  hots: 0.0.0.0\n'), [
        'chatops.yml:2:3: server.hots: expected one of the keys port, host, dataDir, publicUrl (did you mean "host"?); given the unknown key "hots"',
      ]);
    });

    it('sends databaseUrl to the DATABASE_URL environment variable without showing the value', () => {
      assert.deepEqual(problemLines('databaseUrl: postgres://chatops:hunter2@db:5432/chatops\n'), [
        'chatops.yml:1:1: databaseUrl: expected no databaseUrl in the file: it is a secret, set the DATABASE_URL environment variable instead; given a value (hidden: secrets are never shown)',
      ]);
    });
  });

  describe('server', () => {
    it('rejects a port that is not a number', () => {
      assert.deepEqual(problemLines('server:\n  port: "80"\n'), ['chatops.yml:2:9: server.port: expected a port number 0–65535; given "80"']);
    });

    it('rejects a port above 65535', () => {
      assert.deepEqual(problemLines('server:\n  port: 70000\n'), ['chatops.yml:2:9: server.port: expected a port number 0–65535; given 70000']);
    });

    it('rejects a publicUrl that is not an http(s) URL', () => {
      assert.deepEqual(problemLines('server:\n  publicUrl: chatops.example.com\n'), [
        'chatops.yml:2:14: server.publicUrl: expected an http(s) URL such as https://chatops.example.com; given "chatops.example.com"',
      ]);
    });

    it('rejects an SNS path that does not start with /', () => {
      assert.deepEqual(problemLines('sns:\n  path: sns\n'), ['chatops.yml:2:9: sns.path: expected a URL path starting with / such as /sns; given "sns"']);
    });

    it('rejects a sandbox switch other than auto, true or false', () => {
      assert.deepEqual(problemLines('sandbox:\n  enabled: yes\n'), ['chatops.yml:2:12: sandbox.enabled: expected auto, true or false; given "yes"']);
    });
  });

  describe('configuration names', () => {
    it('requires a name', () => {
      assert.deepEqual(problemLines(item('platform: sandbox\nchannelId: sandbox')), [
        'chatops.yml:2:5: configurations[0].name: expected a configuration name of 1–128 letters, digits, - or _ (required); given nothing',
      ]);
    });

    it('rejects spaces and other characters', () => {
      assert.deepEqual(problemLines(item('name: prod alerts\nplatform: sandbox\nchannelId: sandbox')), [
        'chatops.yml:2:11: configurations[0].name: expected a configuration name of 1–128 letters, digits, - or _; given "prod alerts"',
      ]);
    });

    it('accepts 128 characters and rejects 129', () => {
      assert.equal(parse(item(`name: ${'a'.repeat(128)}\nplatform: sandbox\nchannelId: sandbox`)).configurations[0]?.name.length, 128);
      assert.match(problemLines(item(`name: ${'a'.repeat(129)}\nplatform: sandbox\nchannelId: sandbox`))[0] ?? '', /configurations\[0\]\.name: expected a configuration name of 1–128/);
    });

    it('rejects a name used twice, naming the first use', () => {
      const lines = problemLines(`configurations:\n${SLACK_ITEM}${SLACK_ITEM}`);

      assert.deepEqual(lines, [
        'chatops.yml:6:11: configurations[1].name: expected a name used by no other configuration (names are unique across the file; configurations[0] already uses it); given "prod-alerts"',
      ]);
    });
  });

  describe('platform and channel', () => {
    it('rejects an unknown platform', () => {
      assert.deepEqual(problemLines(item('name: a\nplatform: chime\nchannelId: x')), [
        'chatops.yml:3:15: configurations[0].platform: expected one of slack, teams, sandbox, webhook; given "chime"',
      ]);
    });

    for (const [platform, expected] of [
      ['slack', 'a Slack channel ID like C0123456789, or a channel link https://<workspace>.slack.com/archives/C0123456789'],
      ['teams', 'a Teams channel ID like 19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2, or a channel link https://teams.microsoft.com/l/channel/...'],
      ['sandbox', 'a sandbox channel name like sandbox (1–80 letters, digits, ., _ or -)'],
    ] as const) {
      it(`requires a channelId for ${platform}`, () => {
        assert.deepEqual(problemLines(item(`name: a\nplatform: ${platform}`)), [
          `chatops.yml:2:5: configurations[0].channelId: expected ${expected} (required when platform is ${platform}); given nothing`,
        ]);
      });
    }

    it('rejects a Slack channel ID with other characters', () => {
      assert.deepEqual(problemLines(item('name: a\nplatform: slack\nchannelId: "#alerts"')), [
        'chatops.yml:4:16: configurations[0].channelId: expected a Slack channel ID like C0123456789, or a channel link https://<workspace>.slack.com/archives/C0123456789; given "#alerts"',
      ]);
    });

    it('keeps only the ID of a pasted Slack channel link', () => {
      const config = parse(item('name: a\nplatform: slack\nchannelId: https://example.slack.com/archives/C0123456789'));

      assert.deepEqual(config.configurations[0], {
        name: 'a',
        enabled: true,
        platform: 'slack',
        channelId: 'C0123456789',
        snsTopicArns: [],
        loggingLevel: 'ERROR',
        tags: {},
        threading: 'on',
        accounts: [],
        guardrailPolicyArns: [],
        protectionPolicy: true,
        userRoles: 'allowed',
        customActions: [],
        logGroups: {},
      });
    });

    it('keeps only the decoded ID of a pasted Teams channel link', () => {
      const link = 'https://teams.microsoft.com/l/channel/19%3a0b7f32667e064dd9b25d7969801541f4%40thread.tacv2/General?groupId=x&tenantId=y';
      const config = parse(item(`name: a\nplatform: teams\nchannelId: "${link}"`));

      assert.equal(config.configurations[0]?.platform === 'teams' && config.configurations[0].channelId, '19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2');
    });

    it('rejects a sandbox channel name with spaces', () => {
      assert.match(problemLines(item('name: a\nplatform: sandbox\nchannelId: my channel'))[0] ?? '', /channelId: expected a sandbox channel name like sandbox .*; given "my channel"$/);
    });

    it('rejects a webhookUrl on a Slack configuration without showing it', () => {
      assert.deepEqual(problemLines(item('name: a\nplatform: slack\nchannelId: C0123456789\nwebhookUrl: https://hooks.example.com/T1/B2/secret')), [
        'chatops.yml:5:17: configurations[0].webhookUrl: expected no webhookUrl when platform is slack (only webhook configurations have one); given a value (hidden: secrets are never shown)',
      ]);
    });
  });

  describe('webhook configurations', () => {
    it('require a webhookUrl', () => {
      assert.deepEqual(problemLines(item('name: hook\nplatform: webhook')), [
        'chatops.yml:2:5: configurations[0].webhookUrl: expected an https URL (required when platform is webhook; write ${ENV_VAR} to read it from the environment); given nothing',
      ]);
    });

    it('reject plain http except for localhost', () => {
      assert.deepEqual(problemLines(item('name: hook\nplatform: webhook\nwebhookUrl: http://hooks.example.com/x')), [
        'chatops.yml:4:17: configurations[0].webhookUrl: expected an https URL (plain http is allowed only for localhost); given a value (hidden: secrets are never shown)',
      ]);
      assert.equal(parse(item('name: hook\nplatform: webhook\nwebhookUrl: http://127.0.0.1:9000/hook')).configurations[0]?.platform, 'webhook');
    });

    it('reject a user name or password in the URL', () => {
      assert.match(problemLines(item('name: hook\nplatform: webhook\nwebhookUrl: https://me:pw@hooks.example.com/x'))[0] ?? '', /expected a URL without a user name or password in it; given a value \(hidden/);
    });

    it('have no channelId', () => {
      assert.deepEqual(problemLines(item('name: hook\nplatform: webhook\nwebhookUrl: https://hooks.example.com/x\nchannelId: C0123456789')), [
        'chatops.yml:5:16: configurations[0].channelId: expected no channelId when platform is webhook (the webhook URL decides the channel); given "C0123456789"',
      ]);
    });
  });

  describe('SNS topics', () => {
    const topics = (arns: string) => problemLines(item(`name: a\nplatform: sandbox\nchannelId: sandbox\nsnsTopicArns: ${arns}`));
    const accepts = (arns: string) => parse(item(`name: a\nplatform: sandbox\nchannelId: sandbox\nsnsTopicArns: ${arns}`)).configurations[0]?.snsTopicArns;
    const ARN_EXPECTED =
      'expected an SNS topic ARN like arn:aws:sns:us-east-1:123456789012:my-topic (partition aws, aws-cn or aws-us-gov; a 12-digit account; a topic name of letters, digits, - or _, optionally ending in .fifo), or "*" alone for any topic';

    it('accepts topics in any region and partition, FIFO topics included', () => {
      const arns = ['arn:aws:sns:ap-southeast-2:111122223333:alarms', 'arn:aws-cn:sns:cn-north-1:111122223333:alarms', 'arn:aws-us-gov:sns:us-gov-west-1:111122223333:alarms', 'arn:aws:sns:us-east-1:111122223333:builds.fifo'];

      assert.deepEqual(accepts(JSON.stringify(arns)), arns);
    });

    it('defaults to no topics', () => {
      assert.deepEqual(accepts('[]'), []);
      assert.deepEqual(parse(item('name: a\nplatform: sandbox\nchannelId: sandbox')).configurations[0]?.snsTopicArns, []);
    });

    it('rejects an account that is not 12 digits', () => {
      assert.deepEqual(topics('[arn:aws:sns:us-east-1:1234:alarms]'), [`chatops.yml:5:20: configurations[0].snsTopicArns[0]: ${ARN_EXPECTED}; given "arn:aws:sns:us-east-1:1234:alarms"`]);
    });

    it('rejects the ARN of another service', () => {
      assert.deepEqual(topics('[arn:aws:sqs:us-east-1:111122223333:queue]'), [`chatops.yml:5:20: configurations[0].snsTopicArns[0]: ${ARN_EXPECTED}; given "arn:aws:sqs:us-east-1:111122223333:queue"`]);
    });

    it('rejects a subscription ARN (a topic ARN with an id after it)', () => {
      assert.equal(topics('["arn:aws:sns:us-east-1:111122223333:alarms:3b5c7e8a-59b3-4a6f-9a5e-1c0f2f6e7d44"]').length, 1);
    });

    it('rejects a region that does not belong to the partition', () => {
      assert.deepEqual(topics('[arn:aws-cn:sns:us-east-1:111122223333:alarms]'), [
        'chatops.yml:5:20: configurations[0].snsTopicArns[0]: expected a China region (cn-...) in partition aws-cn, not us-east-1; given "arn:aws-cn:sns:us-east-1:111122223333:alarms"',
      ]);
    });

    it('accepts "*" alone but not next to other topics', () => {
      assert.deepEqual(accepts('["*"]'), ['*']);
      assert.deepEqual(topics('["*", arn:aws:sns:us-east-1:111122223333:alarms]'), [
        'chatops.yml:5:20: configurations[0].snsTopicArns[0]: expected "*" alone (it already means every topic), or a list of topic ARNs without "*"; given "*"',
      ]);
    });

    it('rejects the same topic twice', () => {
      assert.deepEqual(topics('[arn:aws:sns:us-east-1:111122223333:a, arn:aws:sns:us-east-1:111122223333:a]'), [
        'chatops.yml:5:58: configurations[0].snsTopicArns[1]: expected each topic once (the same ARN is already at index 0); given "arn:aws:sns:us-east-1:111122223333:a"',
      ]);
    });

    it('rejects a single ARN not written as a list', () => {
      assert.deepEqual(topics('arn:aws:sns:us-east-1:111122223333:a'), [
        'chatops.yml:5:19: configurations[0].snsTopicArns: expected a list of SNS topic ARNs, or ["*"] for any topic; given "arn:aws:sns:us-east-1:111122223333:a"',
      ]);
    });
  });

  describe('logging level', () => {
    it('defaults to ERROR', () => {
      assert.equal(parse(item('name: a\nplatform: sandbox\nchannelId: sandbox')).configurations[0]?.loggingLevel, 'ERROR');
    });

    it('accepts ERROR, INFO and NONE only', () => {
      assert.equal(parse(item('name: a\nplatform: sandbox\nchannelId: sandbox\nloggingLevel: NONE')).configurations[0]?.loggingLevel, 'NONE');
      assert.deepEqual(problemLines(item('name: a\nplatform: sandbox\nchannelId: sandbox\nloggingLevel: DEBUG')), [
        'chatops.yml:5:19: configurations[0].loggingLevel: expected one of ERROR, INFO, NONE; given "DEBUG"',
      ]);
    });
  });

  describe('tags', () => {
    const tags = (lines: string) => `configurations:\n  - name: a\n    platform: sandbox\n    channelId: sandbox\n    tags:\n${lines}`;

    it('rejects keys starting with aws:, in any case, pointing at the key', () => {
      assert.deepEqual(problemLines(tags('      team: x\n      AWS:team: y\n')), [
        'chatops.yml:7:7: configurations[0].tags.AWS:team: expected a tag key that does not start with "aws:" (that prefix is reserved for AWS use); given the key "AWS:team"',
      ]);
    });

    it('allows 50 tags and rejects 51', () => {
      const many = (n: number) => Array.from({ length: n }, (_, i) => `      k${i}: v\n`).join('');

      assert.equal(Object.keys(parse(tags(many(50))).configurations[0]?.tags ?? {}).length, 50);
      assert.deepEqual(problemLines(tags(many(51))), ['chatops.yml:6:7: configurations[0].tags: expected at most 50 tags; given 51 tags']);
    });

    it('counts key and value lengths in Unicode characters: 128 and 256', () => {
      assert.equal(parse(tags(`      ${'é'.repeat(128)}: ${'ü'.repeat(256)}\n`)).configurations[0]?.platform, 'sandbox');
      assert.deepEqual(problemLines(tags(`      ${'k'.repeat(129)}: v\n      long: ${'v'.repeat(257)}\n`)), [
        `chatops.yml:6:7: configurations[0].tags.${'k'.repeat(129)}: expected a tag key of 1–128 characters; given a key of 129 characters`,
        'chatops.yml:7:13: configurations[0].tags.long: expected a tag value of at most 256 characters; given a value of 257 characters',
      ]);
    });

    it('accepts empty values and the symbols AWS allows', () => {
      assert.deepEqual(parse(tags('      owner: ""\n      path/to: a+b=c@d:e.f_g-h i\n')).configurations[0]?.tags, { owner: '', 'path/to': 'a+b=c@d:e.f_g-h i' });
    });

    it('rejects characters AWS does not allow in tags', () => {
      assert.deepEqual(problemLines(tags('      team: "ops#1"\n')), [
        'chatops.yml:6:13: configurations[0].tags.team: expected a tag value made of Unicode letters, digits, spaces and _ . : / = + - @; given "ops#1"',
      ]);
    });

    it('asks for numbers to be quoted', () => {
      assert.deepEqual(problemLines(tags('      cost-center: 4021\n')), [
        'chatops.yml:6:20: configurations[0].tags.cost-center: expected a tag value in text (put numbers and true/false in quotes); given 4021',
      ]);
    });
  });

  describe('threading and enabled', () => {
    const base = 'name: a\nplatform: sandbox\nchannelId: sandbox\n';

    it('defaults to threading on and enabled', () => {
      const [c] = parse(item(base)).configurations;
      assert.equal(c?.threading, 'on');
      assert.equal(c?.enabled, true);
    });

    it('accepts threading as on/off or true/false', () => {
      assert.equal(parse(item(`${base}threading: "off"`)).configurations[0]?.threading, 'off');
      assert.equal(parse(item(`${base}threading: false`)).configurations[0]?.threading, 'off');
      assert.equal(parse(item(`${base}threading: true`)).configurations[0]?.threading, 'on');
    });

    it('rejects other threading values', () => {
      assert.deepEqual(problemLines(item(`${base}threading: sometimes`)), ['chatops.yml:5:16: configurations[0].threading: expected on or off; given "sometimes"']);
    });

    it('rejects enabled: yes (YAML 1.2 reads it as text)', () => {
      assert.deepEqual(problemLines(item(`${base}enabled: yes`)), ['chatops.yml:5:14: configurations[0].enabled: expected true or false; given "yes"']);
    });
  });

  describe('custom actions', () => {
    /** One sandbox configuration with an account and the given customActions items (flow style). */
    const withActions = (...actions: string[]) =>
      `configurations:\n  - name: ops\n    platform: sandbox\n    channelId: ops\n    accounts:\n      - { id: "123456789012", channelRole: "arn:aws:iam::123456789012:role/chatops" }\n    customActions:\n${actions.map((a) => `      - ${a}\n`).join('')}`;

    it('accepts a command with $Variables that leaves required options for the click to ask', () => {
      const config = parse(withActions('{ name: reboot, buttonText: Reboot, command: "ec2 reboot-instances --instance-ids $InstanceId" }', '{ name: stop, buttonText: Stop, command: "ec2 stop-instances" }'));
      const first = config.configurations[0];
      assert.deepEqual(first?.platform === 'sandbox' && first.customActions.map((a) => a.name), ['reboot', 'stop']);
    });

    it('rejects a misspelt option even when a required one is missing too, as the create dialog does', () => {
      assert.deepEqual(problemLines(withActions('{ name: reboot, buttonText: Reboot, command: "ec2 reboot-instances --instance-idz $InstanceId" }')), [
        'chatops.yml:8:54: configurations[0].customActions[0].command: expected a command this service can run (ec2 reboot-instances has no option --instance-idz. Did you mean --instance-ids? Send "@aws ec2 reboot-instances --help" for its options.); given "ec2 reboot-instances --instance-idz $InstanceId"',
      ]);
    });

    it('rejects a denied command, a service alone and a value of the wrong type', () => {
      const lines = problemLines(withActions('{ name: users, buttonText: Users, command: "iam list-users" }', '{ name: svc, buttonText: Svc, command: ec2 }', '{ name: int, buttonText: Int, command: "ec2 describe-instances --max-results abc" }'));
      assert.equal(lines.length, 3);
      assert.match(lines[0]!, /customActions\[0\]\.command: expected a command this service can run \(iam:ListUsers is never run from chat/);
      assert.match(lines[1]!, /customActions\[1\]\.command: expected a command this service can run \(Say which ec2 operation to run/);
      assert.match(lines[2]!, /customActions\[2\]\.command: expected a command this service can run \(--max-results expects a number; "abc" is not one/);
    });

    it('rejects a Lambda payload that is not JSON and a variable in the service position, once each', () => {
      const lines = problemLines(withActions(`{ name: fn, buttonText: Fn, lambda: { functionName: my-fn, payload: '{"a": $X' } }`, '{ name: var, buttonText: Var, command: "$Service describe-things" }'));
      assert.equal(lines.length, 2);
      assert.match(lines[0]!, /customActions\[0\]\.lambda: expected an action that can be saved \(The payload is not valid JSON/);
      assert.match(lines[1]!, /customActions\[1\]\.command: expected an action that can be saved \(The service and operation \(the first words of the command\) cannot be variables\.\)/);
    });
  });

  describe('reporting', () => {
    it('reports every problem at once, in file order, one line each', () => {
      const lines = problemLines(`configurations:
  - name: bad name
    platform: slack
    loggingLevel: LOUD
    tags: { "aws:x": y }
  - name: ok
    platform: pager
`);
      assert.deepEqual(lines, [
        'chatops.yml:2:5: configurations[0].channelId: expected a Slack channel ID like C0123456789, or a channel link https://<workspace>.slack.com/archives/C0123456789 (required when platform is slack); given nothing',
        'chatops.yml:2:11: configurations[0].name: expected a configuration name of 1–128 letters, digits, - or _; given "bad name"',
        'chatops.yml:4:19: configurations[0].loggingLevel: expected one of ERROR, INFO, NONE; given "LOUD"',
        'chatops.yml:5:13: configurations[0].tags.aws:x: expected a tag key that does not start with "aws:" (that prefix is reserved for AWS use); given the key "aws:x"',
        'chatops.yml:7:15: configurations[1].platform: expected one of slack, teams, sandbox, webhook; given "pager"',
      ]);
    });

    it('starts the message with the file and the number of problems, and ends with what to do', () => {
      try {
        parse('server:\n  port: x\n');
        assert.fail('expected an error');
      } catch (e) {
        const error = e as { code: string; userMessage: string; nextStep: string };
        assert.equal(error.code, 'CONFIG_INVALID');
        assert.equal(error.userMessage.split('\n')[0], 'chatops.yml has 1 problem:');
        assert.equal(error.nextStep, 'Fix the lines above and start again (check with: chatops config validate).');
      }
    });

    it('rejects a file that is a list rather than a mapping', () => {
      assert.deepEqual(problemLines('- a\n- b\n'), ['chatops.yml:1:1: expected a mapping with server, sns, templatesDir, sandbox, permissions and configurations; given a list of 2 items']);
    });
  });

  describe('YAML syntax errors', () => {
    it('give line and column', () => {
      assert.deepEqual(problemLines('server:\n  port: 3978\n  host: a: b\n'), ['chatops.yml:3:9: YAML syntax error: Nested mappings are not allowed in compact mappings']);
    });

    it('report a duplicate key', () => {
      assert.deepEqual(problemLines('server:\n  port: 1\n  port: 2\n'), ['chatops.yml:3:3: YAML syntax error: a key appears twice in the same mapping; expected each key once']);
    });

    it('never echo the source line, which may hold a secret', () => {
      const lines = problemLines('configurations:\n  - webhookUrl: https://hooks.example.com/T1/B2/s3cr3t-token: x\n');

      assert.equal(lines.length, 1);
      assert.doesNotMatch(lines.join('\n'), /s3cr3t-token/);
    });
  });
});
