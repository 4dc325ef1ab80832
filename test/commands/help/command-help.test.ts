import assert from 'node:assert/strict';
import { asksForCommandHelp, commandHelpCard } from '../../../src/commands/help/command-help.js';
import type { Card, ListSection } from '../../../src/core/card.js';
import { builtIndex } from '../schema/built-index.js';
import { assertFitsBothPlatforms, cardText } from './fits-both-platforms.js';

const help = (line: string): Card => commandHelpCard(line.split(' '), builtIndex().index);
const list = (card: Card, title: RegExp): string[] => {
  const found = card.sections.find((s): s is ListSection => s.type === 'list' && title.test(s.title ?? ''));
  assert.ok(found, `no list titled ${title} in ${card.title}`);
  return found.items;
};

describe('--help for services and operations', function () {
  this.timeout(120_000);
  before(() => builtIndex());

  it('recognises --help and -help after a service', () => {
    assert.ok(asksForCommandHelp(['ec2', '--help']));
    assert.ok(asksForCommandHelp(['ec2', 'describe-instances', '-help']));
    assert.ok(!asksForCommandHelp(['--help']));
    assert.ok(!asksForCommandHelp(['ec2', 'describe-instances']));
  });

  describe('a service', () => {
    it('lists ec2 operations by CLI name, read-only first, cut with counts', () => {
      const card = help('ec2 --help');
      const text = cardText(card);
      assert.equal(card.title, '@aws ec2 --help');
      assert.match(text, /Read-only \(\d+\)/);
      assert.match(text, /Change something \(\d+\)/);
      assert.ok(text.includes('`describe-instances`') || /… and \d+ more/.test(text));
      assert.match(text, /… and \d+ more/);
      assert.match(text, /Describe\/List\/Get operations are read-only/);
      assertFitsBothPlatforms(card);
    });

    it('lists s3api operations, including get-bucket-location', () => {
      const card = help('s3api --help');
      assert.ok(cardText(card).includes('`get-bucket-location`'));
      assertFitsBothPlatforms(card);
    });

    it('fits for every service of the default install', () => {
      for (const service of ['lambda', 'cloudwatch', 'logs', 'ssm', 'rds', 'resource-explorer-2', 'stepfunctions']) assertFitsBothPlatforms(help(`${service} --help`));
    });

    it('suggests s3api for s3', () => {
      const card = help('s3 --help');
      assert.equal(card.title, 'No such AWS service');
      assert.ok(cardText(card).includes('Did you mean `@aws s3api --help`?'));
      assertFitsBothPlatforms(card);
    });

    it('says so when nothing is close', () => {
      assert.ok(cardText(help('zzzzzzzz --help')).includes('No similar name found.'));
    });
  });

  describe('an operation', () => {
    it('lists the enum values of cloudwatch describe-alarms --state-value', () => {
      const card = help('cloudwatch describe-alarms --help');
      const stateValue = list(card, /Optional/).find((line) => line.startsWith('`--state-value`'));
      assert.ok(stateValue);
      assert.ok(stateValue.includes('`ALARM` | `INSUFFICIENT_DATA` | `OK`'), stateValue);
      assert.ok(cardText(card).includes('None: the command runs as it is.'));
      assertFitsBothPlatforms(card);
    });

    it('shows ec2 describe-instances --filters in shorthand form', () => {
      const card = help('ec2 describe-instances --help');
      const filters = list(card, /Optional/).find((line) => line.startsWith('`--filters`'));
      assert.ok(filters?.includes('(list of structures) `Name=string,Values=string,string …`'), filters);
      assert.ok(list(card, /Optional/).some((line) => line.startsWith('`--dry-run` | `--no-dry-run` (boolean)')));
      assertFitsBothPlatforms(card);
    });

    it('marks lambda invoke --function-name required and builds the example from it', () => {
      const card = help('lambda invoke --help');
      assert.deepEqual(list(card, /Required/).map((l) => l.split(' ')[0]), ['`--function-name`']);
      assert.ok(list(card, /Optional/).some((l) => l.startsWith('`--invocation-type` (string): `DryRun` | `Event` | `RequestResponse`')));
      const example = card.sections.find((s) => s.type === 'code');
      assert.deepEqual(example && example.type === 'code' ? example.code : '', '@aws lambda invoke --function-name <function-name>');
      assert.deepEqual(card.actions, [{ type: 'link', label: 'API reference', url: 'https://docs.aws.amazon.com/cli/latest/reference/lambda/invoke.html' }]);
      assertFitsBothPlatforms(card);
    });

    it('names options as the parser takes them, the CLI\'s renames included (eks create-cluster --kubernetes-version)', () => {
      const card = help('eks create-cluster --help');
      assert.ok(list(card, /Optional/).some((l) => l.startsWith('`--kubernetes-version`')));
      assert.ok(!list(card, /Optional/).some((l) => l.startsWith('`--version`')));
    });

    it('answers the invoke shortcut with lambda invoke help', () => {
      assert.equal(help('invoke --help').title, '@aws lambda invoke');
    });

    it('cuts long option lists visibly (ec2 run-instances)', () => {
      const card = help('ec2 run-instances --help');
      const optional = list(card, /Optional options \(\d+\)/);
      assert.match(optional.at(-1) ?? '', /^… and \d+ more in the reference$/);
      assertFitsBothPlatforms(card);
    });

    it('suggests the closest operation for a typo', () => {
      const card = help('ec2 describe-instance --help');
      assert.equal(card.title, 'No such operation');
      assert.ok(cardText(card).includes('`@aws ec2 describe-instances --help`'));
      assertFitsBothPlatforms(card);
    });

    it('fits for operations with deep structures', () => {
      for (const line of ['s3api put-bucket-lifecycle-configuration --help', 'dynamodb put-item --help', 'ecs register-task-definition --help', 'ssm start-automation-execution --help']) {
        assertFitsBothPlatforms(help(line));
      }
    });
  });
});
