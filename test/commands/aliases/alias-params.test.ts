import assert from 'node:assert/strict';
import { aliasParams, fillParams } from '../../../src/commands/aliases/alias-params.js';
import { tokenize } from '../../../src/commands/parse/tokenize.js';

const AUTOMATION = `ssm start-automation-execution --document-name $name --parameters '{ "AutomationAssumeRole": ["arn:aws:iam::123456789012:role/$role-name"] }'`;

describe('alias $params', () => {
  it('finds the reference example\'s parameters in order of first appearance', () => {
    assert.deepEqual(aliasParams(AUTOMATION), ['name', 'role-name']);
  });

  it('names each parameter once and reads $$ as a literal dollar', () => {
    assert.deepEqual(aliasParams('logs filter-log-events --log-group-name $group --filter-pattern $$x --log-stream-names $group $stream'), ['group', 'stream']);
  });

  it('fills values by name, inside JSON in single quotes too', () => {
    const line = fillParams(AUTOMATION, { name: 'AWS-UpdateLinuxAmi', 'role-name': 'Automation' });
    assert.deepEqual(tokenize(line).slice(3), ['AWS-UpdateLinuxAmi', '--parameters', '{ "AutomationAssumeRole": ["arn:aws:iam::123456789012:role/Automation"] }']);
  });

  it('quotes a value so it stays one word wherever the placeholder sits', () => {
    const line = fillParams(`lambda invoke --function-name $fn --payload "{\\"k\\": \\"$v\\"}" --qualifier '$q'`, { fn: 'my fn', v: 'say "hi"', q: "it's" });
    assert.deepEqual(tokenize(line), ['lambda', 'invoke', '--function-name', 'my fn', '--payload', '{"k": "say "hi""}', '--qualifier', "it's"]);
  });

  it('leaves parameters without a value as they are', () => {
    assert.equal(fillParams('ec2 reboot-instances --instance-ids $instance $$', {}), 'ec2 reboot-instances --instance-ids $instance $');
  });
});
