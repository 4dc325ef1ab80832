import assert from 'node:assert/strict';
import { PLACEHOLDER_SOURCE } from '../../src/actions/placeholders.js';
import { resolveCommand, resolvePayload, resolveTarget, targetVariables } from '../../src/actions/resolve.js';
import { aliasParams } from '../../src/commands/aliases/alias-params.js';
import { tokenize } from '../../src/commands/parse/tokenize.js';
import { isChatOpsError } from '../../src/core/errors.js';
import { variablesOf } from './fixture-notification.js';

const EC2_ALARM = 'cloudwatch/eventbridge-alarm-state-change-metric-alarm.json';
const CODEBUILD = 'eventbridge/codebuild-build-state-change.json';
const CUSTOM = 'custom/reference-complex.json';

describe('resolving a custom action', () => {
  describe('a CLI command, from real notifications', () => {
    const cases: { fixture: string; command: string; resolved: string; words: string[] }[] = [
      {
        fixture: EC2_ALARM,
        command: 'ec2 reboot-instances --instance-ids $InstanceId --region $region',
        resolved: 'ec2 reboot-instances --instance-ids i-12345678901234567 --region us-east-1',
        words: ['ec2', 'reboot-instances', '--instance-ids', 'i-12345678901234567', '--region', 'us-east-1'],
      },
      {
        fixture: EC2_ALARM,
        command: 'cloudwatch describe-alarm-history --alarm-name "$AlarmName" --start-date $ReasonStartDate',
        resolved: 'cloudwatch describe-alarm-history --alarm-name ServerCpuTooHigh --start-date 2019-10-02T16:59:00.000Z',
        words: ['cloudwatch', 'describe-alarm-history', '--alarm-name', 'ServerCpuTooHigh', '--start-date', '2019-10-02T16:59:00.000Z'],
      },
      {
        fixture: CODEBUILD,
        command: 'logs tail $LogGroup --log-stream-names $LogStream',
        resolved: 'logs tail /aws/codebuild/my-sample-project --log-stream-names 8745a7a9-c340-456a-9166-edf953571bEX',
        words: ['logs', 'tail', '/aws/codebuild/my-sample-project', '--log-stream-names', '8745a7a9-c340-456a-9166-edf953571bEX'],
      },
      {
        fixture: CUSTOM,
        command: 'sns publish --topic-arn arn:aws:sns:us-east-1:123456789012:pager --message "Escalated: $summary ($priority)"',
        resolved: "sns publish --topic-arn arn:aws:sns:us-east-1:123456789012:pager --message 'Escalated: Order Processing Update (critical)'",
        words: ['sns', 'publish', '--topic-arn', 'arn:aws:sns:us-east-1:123456789012:pager', '--message', 'Escalated: Order Processing Update (critical)'],
      },
      {
        fixture: EC2_ALARM,
        command: `lambda invoke --function-name triage --payload {"alarm": "$AlarmName", "instance": "$InstanceId"}`,
        resolved: `lambda invoke --function-name triage --payload {"alarm": "ServerCpuTooHigh", "instance": "i-12345678901234567"}`,
        words: ['lambda', 'invoke', '--function-name', 'triage', '--payload', '{"alarm": "ServerCpuTooHigh", "instance": "i-12345678901234567"}'],
      },
    ];
    for (const c of cases) {
      it(`fills ${c.command.split(' ').slice(0, 2).join(' ')} from ${c.fixture}`, () => {
        const variables = variablesOf(c.fixture);
        const r = resolveCommand(c.command, variables);
        assert.deepEqual(r.missing, []);
        assert.equal(r.resolved, c.resolved);
        assert.deepEqual(tokenize(r.resolved), c.words);
      });
    }
  });

  it('names the variables the notification lacks and leaves them in the preview', () => {
    const r = resolveCommand('ec2 reboot-instances --instance-ids $InstanceId --region $region', variablesOf(CUSTOM));
    assert.deepEqual(r.missing, ['InstanceId', 'region']);
    assert.equal(r.resolved, "ec2 reboot-instances --instance-ids '$InstanceId' --region '$region'");
  });

  it('resolves once the dialog has supplied the missing value', () => {
    const r = resolveCommand('ec2 reboot-instances --instance-ids $InstanceId', { ...variablesOf(CUSTOM), InstanceId: 'i-04d231f25c18592ea' });
    assert.deepEqual(r, { resolved: 'ec2 reboot-instances --instance-ids i-04d231f25c18592ea', missing: [] });
  });

  it('counts a blank value as missing', () => {
    assert.deepEqual(resolveCommand('ec2 start-instances --instance-ids $InstanceId', { InstanceId: '  ' }).missing, ['InstanceId']);
  });

  it('keeps "$$" as a literal "$"', () => {
    assert.deepEqual(tokenize(resolveCommand("ssm get-parameter --name '$$HOME' --region $region", { region: 'eu-west-1' }).resolved), ['ssm', 'get-parameter', '--name', '$HOME', '--region', 'eu-west-1']);
  });

  describe('injection attempts stay one word', () => {
    const template = 'ec2 reboot-instances --instance-ids $InstanceId --region us-east-1';
    const attempts: { value: string; instanceWords: string[] }[] = [
      { value: 'a b', instanceWords: ['--instance-ids', 'a b'] },
      { value: "'; rm -rf / #", instanceWords: ['--instance-ids', "'; rm -rf / #"] },
      { value: '"; --dry-run "', instanceWords: ['--instance-ids', '"; --dry-run "'] },
      { value: 'i-1 --dry-run', instanceWords: ['--instance-ids', 'i-1 --dry-run'] },
      { value: '$(reboot)', instanceWords: ['--instance-ids', '$(reboot)'] },
      { value: 'a\\ b\\', instanceWords: ['--instance-ids', 'a\\ b\\'] },
      { value: 'line1\nline2', instanceWords: ['--instance-ids', 'line1\nline2'] },
      { value: '{"a": 1}', instanceWords: ['--instance-ids', '{"a": 1}'] },
      { value: '--dry-run', instanceWords: ['--instance-ids=--dry-run'] },
      { value: '--region=eu-west-1', instanceWords: ['--instance-ids=--region=eu-west-1'] },
      { value: '-5', instanceWords: ['--instance-ids', '-5'] },
    ];
    for (const a of attempts) {
      it(`keeps ${JSON.stringify(a.value)} the value of --instance-ids`, () => {
        const { resolved } = resolveCommand(template, { InstanceId: a.value });
        assert.deepEqual(tokenize(resolved), ['ec2', 'reboot-instances', ...a.instanceWords, '--region', 'us-east-1']);
      });
    }

    it('keeps a value one word inside double quotes', () => {
      const { resolved } = resolveCommand('sns publish --topic-arn t --message "Alarm: $AlarmName"', { AlarmName: '" --subject "x' });
      assert.deepEqual(tokenize(resolved), ['sns', 'publish', '--topic-arn', 't', '--message', 'Alarm: " --subject "x']);
    });

    it('keeps a value one word inside single quotes', () => {
      const { resolved } = resolveCommand("sns publish --topic-arn t --message 'Alarm: $AlarmName'", { AlarmName: "' --subject 'x" });
      assert.deepEqual(tokenize(resolved), ['sns', 'publish', '--topic-arn', 't', '--message', "Alarm: ' --subject 'x"]);
    });

    it('keeps a value data inside a JSON word: it cannot add a key', () => {
      const { resolved } = resolveCommand('lambda invoke --function-name f --payload {"alarm": "$AlarmName"}', { AlarmName: 'x", "admin": true, "y": "' });
      const words = tokenize(resolved);
      assert.equal(words.length, 6);
      assert.deepEqual(JSON.parse(words[5]!), { alarm: 'x", "admin": true, "y": "' });
    });

    it('refuses a value that would become an option where it cannot be attached to one', () => {
      assert.throws(
        () => resolveCommand('s3 ls $Path', { Path: '--recursive' }),
        (e: unknown) => isChatOpsError(e) && e.code === 'custom-action-unsafe-value' && /\$Path/.test(e.userMessage),
      );
      assert.throws(() => resolveCommand('ec2 reboot-instances --instance-ids $A $B', { A: 'i-1', B: '--dry-run' }), (e: unknown) => isChatOpsError(e) && e.code === 'custom-action-unsafe-value');
    });

    it('refuses a variable in an option name', () => {
      assert.throws(() => resolveCommand('ec2 reboot-instances --$Flag', { Flag: 'dry-run' }), (e: unknown) => isChatOpsError(e) && e.code === 'custom-action-variable-in-option');
    });

    it('lets a value follow "=" in an option, where it can only be the value', () => {
      const { resolved } = resolveCommand('ec2 reboot-instances --instance-ids=$InstanceId', { InstanceId: '--dry-run' });
      assert.deepEqual(tokenize(resolved), ['ec2', 'reboot-instances', '--instance-ids=--dry-run']);
    });
  });

  describe('a Lambda payload', () => {
    it('fills variables from a real alarm: escaped inside strings, a JSON string elsewhere', () => {
      const payload = '{"alarm": "$AlarmName", "threshold": $Threshold, "where": "$region/$InstanceId", "literal": "$$5"}';
      const r = resolvePayload(payload, variablesOf(EC2_ALARM));
      assert.deepEqual(r.missing, []);
      assert.deepEqual(JSON.parse(r.resolved), { alarm: 'ServerCpuTooHigh', threshold: '50', where: 'us-east-1/i-12345678901234567', literal: '$5' });
    });

    const hostile = ['x", "admin": true, "y": "', 'back\\slash', 'new\nline', '} ] {', 'x\u2028y'];
    for (const value of hostile) {
      it(`keeps ${JSON.stringify(value)} a string value`, () => {
        const r = resolvePayload('{"inside": "<$V>", "outside": $V, "list": [$V]}', { V: value });
        assert.deepEqual(JSON.parse(r.resolved), { inside: `<${value}>`, outside: value, list: [value] });
      });
    }

    it('names missing variables', () => {
      const r = resolveTarget({ kind: 'lambda', functionName: 'f', payload: '{"id": "$InstanceId", "p": "$priority"}' }, variablesOf(CUSTOM));
      assert.deepEqual(r.missing, ['InstanceId']);
    });
  });

  it('uses the alias placeholder syntax', () => {
    const samples = ['a $x $role-name $$y $x-', 'b ${x} $1 $_a-b-c', '{"k": "$Name-2"}'];
    for (const s of samples) {
      const names = [...s.matchAll(new RegExp(PLACEHOLDER_SOURCE, 'g'))].flatMap((m) => (m[1] ? [m[1]] : []));
      assert.deepEqual([...new Set(names)], aliasParams(s));
      assert.deepEqual(targetVariables({ kind: 'cli', command: s }), aliasParams(s));
    }
  });
});
