import assert from 'node:assert/strict';
import { graphemeCount, validateAction, type ActionField } from '../../src/actions/validate-action.js';
import type { ActionCriterion, ActionTarget, NewCustomAction } from '../../src/ports/custom-actions.js';

type Input = Pick<NewCustomAction, 'name' | 'buttonText' | 'target' | 'criteria'>;
const REBOOT: Input = {
  name: 'Reboot instance',
  buttonText: '🔄 Reboot',
  target: { kind: 'cli', command: 'ec2 reboot-instances --instance-ids $InstanceId' },
  criteria: [{ variable: 'InstanceId', operator: 'HAS_VALUE' }],
};
const lambda = (functionName: string, payload = '{"alarm": "$AlarmName"}', region?: string): ActionTarget => ({ kind: 'lambda', functionName, payload, ...(region ? { region } : {}) });
const fields = (input: Partial<Input>): ActionField[] => validateAction({ ...REBOOT, ...input }).map((p) => p.field);
const messages = (input: Partial<Input>): string[] => validateAction({ ...REBOOT, ...input }).map((p) => p.message);

describe('validating a custom action', () => {
  it('accepts a well-formed CLI action', () => {
    assert.deepEqual(validateAction(REBOOT), []);
  });

  describe('name', () => {
    for (const name of ['a', 'Reboot_instance-2', 'x'.repeat(64)]) it(`accepts ${JSON.stringify(name.slice(0, 20))}`, () => assert.deepEqual(fields({ name }), []));
    for (const [name, words] of [['', /needs a name/], ['x'.repeat(65), /65 characters; the limit is 64/], ['reboot!', /only letters, digits/], ['ré', /only letters/]] as const) {
      it(`refuses ${JSON.stringify(name.slice(0, 20))}`, () => assert.match(messages({ name }).join(' '), words));
    }
  });

  describe('button text', () => {
    it('counts emoji as one character each, as a person would', () => {
      assert.equal(graphemeCount('👍🏽 Ok'), 4);
      assert.equal(graphemeCount('👨‍👩‍👧‍👦'), 1);
    });
    for (const buttonText of ['🔄 Reboot', '👨‍👩‍👧‍👦'.repeat(20), 'x'.repeat(20)]) it(`accepts ${JSON.stringify(buttonText)}`, () => assert.deepEqual(fields({ buttonText }), []));
    for (const [buttonText, words] of [['', /needs text/], ['  ', /needs text/], ['x'.repeat(21), /21 characters; the limit is 20/], ['🔄'.repeat(21), /21 characters/], ['a\nb', /one line/]] as const) {
      it(`refuses ${JSON.stringify(buttonText)}`, () => assert.match(messages({ buttonText }).join(' '), words));
    }
  });

  describe('CLI command', () => {
    const cli = (command: string): Partial<Input> => ({ target: { kind: 'cli', command } });
    for (const command of ['ec2 describe-instances', 'ssm start-automation-execution --document-name $name --parameters InstanceId=$InstanceId', 'lambda invoke --function-name f --payload {"id": "$InstanceId"}']) {
      it(`accepts ${command}`, () => assert.deepEqual(messages(cli(command)), []));
    }
    const bad: [string, RegExp][] = [
      ['', /command is empty/],
      ['   ', /command is empty/],
      ['@aws ec2 describe-instances', /Leave out "@aws"/],
      ['ec2 describe-instances --filters "Name=x', /double quote/],
      ['$Service describe-instances', /service and operation/],
      ['ec2 $Operation --instance-ids i-1', /service and operation/],
      ['ec2 reboot-instances --$Flag', /part of an option name/],
    ];
    for (const [command, words] of bad) it(`refuses ${JSON.stringify(command)}`, () => assert.match(messages(cli(command)).join(' '), words));
  });

  describe('Lambda function and payload', () => {
    const good = [
      'my-function',
      'my-function:prod',
      'my-function:$LATEST',
      '123456789012:function:my-function',
      '123456789012:function:my-function:7',
      'arn:aws:lambda:us-west-2:123456789012:function:my-function',
      'arn:aws-us-gov:lambda:us-gov-west-1:123456789012:function:my-function:live',
      'arn:aws-cn:lambda:cn-north-1:123456789012:function:f',
      'f'.repeat(64),
    ];
    for (const name of good) it(`accepts ${name}`, () => assert.deepEqual(messages({ target: lambda(name) }), []));
    const bad: [string, RegExp][] = [
      ['', /is empty/],
      ['my function', /not a Lambda function name or ARN/],
      ['my-function:prod:extra', /not a Lambda function name or ARN/],
      ['arn:aws:s3:::bucket', /not a Lambda function name or ARN/],
      ['12345:function:f', /not a Lambda function name or ARN/],
      ['f'.repeat(65), /65 characters; Lambda allows 64/],
      [`arn:aws:lambda:us-west-2:123456789012:function:${'f'.repeat(140)}`, /limit is 170/],
    ];
    for (const [name, words] of bad) it(`refuses ${JSON.stringify(name.slice(0, 40))}`, () => assert.match(messages({ target: lambda(name) }).join(' '), words));

    it('accepts a payload that is JSON once each $Variable is a string, inside or outside quotes', () => {
      assert.deepEqual(messages({ target: lambda('f', '{"alarm": "$AlarmName", "threshold": $Threshold, "ids": [$InstanceId]}') }), []);
    });
    for (const [payload, words] of [['', /payload is empty/], ['{"alarm": $AlarmName', /not valid JSON/], ['{alarm: "$AlarmName"}', /not valid JSON/]] as const) {
      it(`refuses the payload ${JSON.stringify(payload)}`, () => assert.match(messages({ target: lambda('f', payload) }).join(' '), words));
    }
    it('refuses a Region that is not a code, or that differs from the ARN', () => {
      assert.match(messages({ target: lambda('f', '{}', 'Ireland') }).join(' '), /not a Region code/);
      assert.match(messages({ target: lambda('arn:aws:lambda:us-west-2:123456789012:function:f', '{}', 'eu-west-1') }).join(' '), /in us-west-2, but the Region chosen is eu-west-1/);
    });
  });

  describe('display criteria', () => {
    const has = (variable: string): ActionCriterion => ({ variable, operator: 'HAS_VALUE' });
    it('accepts up to five', () => assert.deepEqual(fields({ criteria: Array.from({ length: 5 }, (_, i) => has(`V${i}`)) }), []));
    const bad: [ActionCriterion[], RegExp][] = [
      [Array.from({ length: 6 }, (_, i) => has(`V${i}`)), /6 display criteria; the limit is 5/],
      [[has('')], /Criterion 1: the variable name/],
      [[has('Instance Id')], /Criterion 1: the variable name/],
      [[has('x'.repeat(101))], /1 to 100 letters/],
      [[has('InstanceId'), { variable: 'AlarmState', operator: 'EQUALS' }], /Criterion 2: "equals" needs a value/],
      [[{ variable: 'AlarmState', operator: 'EQUALS', value: 'x'.repeat(1025) }], /1025 characters; the limit is 1024/],
      [[{ variable: 'InstanceId', operator: 'HAS_VALUE', value: 'i-1' }], /"has value" takes no value/],
      [[{ variable: 'InstanceId', operator: 'CONTAINS' as never }], /"has value" or "equals"/],
    ];
    for (const [criteria, words] of bad) it(`refuses ${words.source}`, () => assert.match(messages({ criteria }).join(' '), words));
    it('accepts EQUALS with a value of 1024 characters', () => assert.deepEqual(fields({ criteria: [{ variable: 'AlarmState', operator: 'EQUALS', value: 'x'.repeat(1024) }] }), []));
  });

  it('reports every problem at once, each under its field', () => {
    const problems = validateAction({ name: '', buttonText: 'x'.repeat(30), target: { kind: 'cli', command: '' }, criteria: [has2()] });
    assert.deepEqual(problems.map((p) => p.field), ['name', 'buttonText', 'target', 'criteria']);
  });
});

function has2(): ActionCriterion {
  return { variable: 'bad name', operator: 'HAS_VALUE' };
}
