import assert from 'node:assert/strict';
import type { AliasDeps } from '../../../src/commands/aliases/alias-deps.js';
import { aliasCommand } from '../../../src/commands/aliases/alias-command.js';
import { ALIAS_LIMITS } from '../../../src/commands/aliases/alias-limits.js';
import { completeAlias, runAlias } from '../../../src/commands/aliases/run-alias.js';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import { tokenize } from '../../../src/commands/parse/tokenize.js';
import type { Card } from '../../../src/core/card.js';
import { isChatOpsError } from '../../../src/core/errors.js';
import { builtIndex } from '../schema/built-index.js';
import { assertFitsBothPlatforms, cardText } from '../help/fits-both-platforms.js';

/** `@aws alias …` as typed after "alias". */
async function alias(args: string, deps: AliasDeps): Promise<Card> {
  const outcome = await aliasCommand(args, tokenize(args), deps);
  assert.equal(outcome.kind, 'card');
  return outcome.kind === 'card' ? outcome.card : (undefined as never);
}

const fails = (code: string) => (e: unknown) => isChatOpsError(e) && e.code === code;

describe('command aliases', function () {
  this.timeout(120_000);
  let deps: AliasDeps;
  beforeEach(() => {
    deps = { aliases: createMemoryStore().aliases, index: builtIndex().index, channelKey: 'slack:C0123', by: 'alice' };
  });

  describe('alias create', () => {
    it('saves the reference\'s automation example and shows its parameters in order', async () => {
      const card = await alias(`create automation ssm start-automation-execution --document-name $name --parameters '{ "AutomationAssumeRole": ["arn:aws:iam::123456789012:role/$role-name"] }'`, deps);
      assert.equal(card.title, 'Alias "automation" saved');
      assert.ok(cardText(card).includes('`$name`, `$role-name`'));
      assert.ok(cardText(card).includes('@aws run automation <name> <role-name>'));
      assert.match((await deps.aliases.get('slack:C0123', 'automation'))?.command ?? '', /^ssm start-automation-execution .*role\/\$role-name"\] }'$/);
      assertFitsBothPlatforms(card);
    });

    it('accepts a shortcut as the command', async () => {
      await alias('create hello invoke myHelloWorld', deps);
      assert.equal((await deps.aliases.get('slack:C0123', 'hello'))?.command, 'invoke myHelloWorld');
    });

    it('matches names without case', async () => {
      await alias('create Alarms cloudwatch describe-alarms --state-value ALARM', deps);
      assert.ok(await deps.aliases.get('slack:C0123', 'alarms'));
    });

    it('refuses a name with other characters than letters, digits, - and _', async () => {
      await assert.rejects(alias('create my.alias ec2 describe-instances', deps), fails('ALIAS_NAME_INVALID'));
    });

    it('refuses a name over the reference\'s 100 characters', async () => {
      await assert.rejects(alias(`create ${'a'.repeat(101)} ec2 describe-instances`, deps), fails('ALIAS_NAME_TOO_LONG'));
      await alias(`create ${'a'.repeat(100)} ec2 describe-instances`, deps);
    });

    it('refuses a command over the reference\'s 5,000 characters', async () => {
      const long = `ec2 describe-instances --instance-ids ${'i-0123456789 '.repeat(400)}`.trim();
      assert.ok(long.length > ALIAS_LIMITS.commandLength);
      await assert.rejects(alias(`create big ${long}`, deps), fails('ALIAS_COMMAND_TOO_LONG'));
    });

    it('refuses a command that does not start with a service and operation, with suggestions', async () => {
      await assert.rejects(alias('create x s3 ls', deps), (e: unknown) => fails('ALIAS_COMMAND_INVALID')(e) && /Did you mean s3api/.test((e as Error).message));
      await assert.rejects(alias('create x ec2 describe-instance', deps), (e: unknown) => fails('ALIAS_COMMAND_INVALID')(e) && /describe-instances/.test((e as Error).message));
      await assert.rejects(alias('create x ec2 --help', deps), fails('ALIAS_COMMAND_INVALID'));
      await assert.rejects(alias('create x', deps), fails('ALIAS_COMMAND_MISSING'));
      await assert.rejects(alias('create', deps), fails('ALIAS_NAME_MISSING'));
    });

    it('refuses a name the channel already uses', async () => {
      await alias('create restart ec2 reboot-instances --instance-ids $id', deps);
      await assert.rejects(alias('create restart ec2 stop-instances --instance-ids $id', deps), fails('ALIAS_EXISTS'));
    });

    it('refuses more than the channel\'s limit of aliases', async () => {
      for (let i = 0; i < ALIAS_LIMITS.perChannel; i++) await deps.aliases.create({ channelKey: 'slack:C0123', name: `a${i}`, command: 'sqs list-queues', createdBy: 'bob' }, ALIAS_LIMITS.perChannel);
      await assert.rejects(alias('create one-more sqs list-queues', deps), fails('ALIAS_LIMIT_REACHED'));
    });
  });

  describe('alias list and delete', () => {
    it('says when the channel has no aliases', async () => {
      assert.equal((await alias('list', deps)).title, 'No aliases in this channel');
    });

    it('lists the channel\'s aliases by name with their commands, cut visibly when long', async () => {
      for (let i = 0; i < 40; i++) await alias(`create q${String(i).padStart(2, '0')} sqs get-queue-attributes --queue-url $url --attribute-names All`, deps);
      const card = await alias('list', deps);
      assert.equal(card.title, 'Aliases of this channel (40)');
      assert.ok(cardText(card).includes('**q00**: `sqs get-queue-attributes --queue-url $url --attribute-names All`'));
      assert.match(cardText(card), /… and 11 more/);
      assertFitsBothPlatforms(card);
    });

    it('keeps aliases to their channel', async () => {
      await alias('create alarms cloudwatch describe-alarms', deps);
      assert.equal((await alias('list', { ...deps, channelKey: 'teams:19:other' })).title, 'No aliases in this channel');
    });

    it('deletes an alias and suggests a close name for an unknown one', async () => {
      await alias('create restart ec2 reboot-instances --instance-ids $id', deps);
      await assert.rejects(alias('delete restrt', deps), (e: unknown) => fails('ALIAS_UNKNOWN')(e) && /Did you mean restart\?/.test((e as Error).message));
      assert.equal((await alias('delete restart', deps)).title, 'Alias "restart" deleted');
      assert.deepEqual(await deps.aliases.list('slack:C0123'), []);
    });

    it('answers alias help and a bare alias with the Aliases help page', async () => {
      assert.equal((await alias('help', deps)).title, 'aws-chatops help: Aliases');
      assert.equal((await alias('', deps)).title, 'aws-chatops help: Aliases');
      await assert.rejects(alias('rename a b', deps), fails('ALIAS_SUBCOMMAND_UNKNOWN'));
    });
  });

  describe('run', () => {
    beforeEach(async () => {
      await alias(`create automation ssm start-automation-execution --document-name $name --parameters '{ "AutomationAssumeRole": ["arn:aws:iam::123456789012:role/$role-name"] }'`, deps);
    });
    const run = (line: string) => runAlias(tokenize(line), deps);
    const parameters = (line: string) => tokenize(line).slice(-1)[0];

    it('assigns values by position, as the reference\'s @aws run automation val1 val2', async () => {
      const expansion = await run('automation val1 val2');
      assert.deepEqual(expansion.missing, []);
      assert.deepEqual(expansion.values, { name: 'val1', 'role-name': 'val2' });
      assert.equal(expansion.commandLine, `ssm start-automation-execution --document-name val1 --parameters '{ "AutomationAssumeRole": ["arn:aws:iam::123456789012:role/val2"] }'`);
    });

    it('assigns values by name, as @aws run automation --name val1 --role-name val2', async () => {
      const expansion = await run('automation --role-name val2 --name val1');
      assert.deepEqual(expansion.values, { name: 'val1', 'role-name': 'val2' });
      assert.equal(parameters(expansion.commandLine), '{ "AutomationAssumeRole": ["arn:aws:iam::123456789012:role/val2"] }');
    });

    it('fills the parameters left after the named ones by position', async () => {
      assert.deepEqual((await run('automation --role-name r doc')).values, { 'role-name': 'r', name: 'doc' });
    });

    it('returns the parameters still missing for the dialog to ask, and completes the line with the answers', async () => {
      const expansion = await run('Automation val1');
      assert.deepEqual(expansion.missing, ['role-name']);
      assert.match(expansion.commandLine, /role\/\$role-name/);
      assert.match(completeAlias(expansion, { 'role-name': 'Ops' }), /--document-name val1 .*role\/Ops"/);
    });

    it('adds --region, --query and --output to the command', async () => {
      const expansion = await run('automation a b --region eu-west-1 --query "Automation ExecutionId"');
      assert.deepEqual(tokenize(expansion.commandLine).slice(-4), ['--region', 'eu-west-1', '--query', 'Automation ExecutionId']);
      assert.match(completeAlias(expansion, {}), /--region eu-west-1 --query 'Automation ExecutionId'$/);
    });

    it('refuses too many values, an unknown parameter and a name without value', async () => {
      await assert.rejects(run('automation a b c'), (e: unknown) => fails('ALIAS_TOO_MANY_VALUES')(e) && /takes 2 values \(\$name, \$role-name\); 3 given/.test((e as Error).message));
      await assert.rejects(run('automation --nme a'), (e: unknown) => fails('ALIAS_PARAM_UNKNOWN')(e) && /--name, --role-name/.test((e as Error).message));
      await assert.rejects(run('automation --name'), fails('ALIAS_VALUE_MISSING'));
    });

    it('suggests a close alias for an unknown name', async () => {
      await assert.rejects(run('automaton x'), (e: unknown) => fails('ALIAS_UNKNOWN')(e) && /Did you mean automation\?/.test((e as Error).message));
      await assert.rejects(run(''), fails('ALIAS_NAME_MISSING'));
    });

    it('runs through @aws alias run NAME as well', async () => {
      const outcome = await aliasCommand('run automation a b', tokenize('run automation a b'), deps);
      assert.equal(outcome.kind === 'run' ? outcome.expansion.commandLine.startsWith('ssm start-automation-execution --document-name a ') : false, true);
    });
  });
});
