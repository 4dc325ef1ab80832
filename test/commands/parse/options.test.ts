import assert from 'node:assert/strict';
import { parse, refusal } from './parse-support.js';

describe('parsing options like the AWS CLI', () => {
  it('reads <service> <operation> and --option value pairs', () => {
    assert.deepEqual(parse('demo get-thing --name a --revision 2').params, { Name: 'a', Revision: '2' });
  });

  it('accepts --option=value and a unique prefix of an option', () => {
    assert.deepEqual(parse('demo get-thing --name=a --rev 2').params, { Name: 'a', Revision: '2' });
  });

  it('names the candidates of an ambiguous prefix', () => {
    const e = refusal('demo describe-things --max 5');
    assert.equal(e.code, 'ambiguous-option');
    assert.match(e.userMessage, /--max-results or --max-items/);
  });

  it('lets the last occurrence of an option win, lists included', () => {
    assert.deepEqual(parse('demo describe-things --thing-ids a b --thing-ids c').params, { ThingIds: ['c'] });
  });

  it('reads global options anywhere, abbreviated too', () => {
    const parsed = parse('--region eu-west-1 demo --out table describe-things --query Things[0]');
    assert.deepEqual([parsed.region, parsed.output, parsed.query], ['eu-west-1', 'table', 'Things[0]']);
  });

  it('checks --output, --region and --query', () => {
    assert.equal(refusal('demo describe-things --output yaml').code, 'invalid-value');
    assert.equal(refusal("demo describe-things --region 'not a region'").code, 'invalid-region');
    assert.equal(refusal("demo describe-things --query 'Things[?'").code, 'invalid-query');
  });

  it('refuses globals that would change credentials or endpoints, and ignores --no-paginate', () => {
    assert.equal(refusal('demo describe-things --profile prod').code, 'unsupported-option');
    assert.equal(refusal('demo describe-things --endpoint-url http://localhost:4566').code, 'unsupported-option');
    assert.deepEqual(parse('demo describe-things --no-paginate').params, {});
  });

  it('reads booleans as --flag and --no-flag, the last one winning', () => {
    assert.deepEqual(parse('demo describe-things --dry-run').params, { DryRun: true });
    assert.deepEqual(parse('demo describe-things --dry-run --no-dry-run').params, { DryRun: false });
  });

  it('refuses a value after a switch as an unknown option', () => {
    const e = refusal('demo describe-things --dry-run false');
    assert.equal(e.code, 'unknown-option');
    assert.match(e.userMessage, /"false"/);
  });

  it('takes list values as separate words; a comma does not split them; no value is an empty list', () => {
    assert.deepEqual(parse('demo describe-things --thing-ids a b').params, { ThingIds: ['a', 'b'] });
    assert.deepEqual(parse('demo describe-things --thing-ids a,b').params, { ThingIds: ['a,b'] });
    assert.deepEqual(parse('demo describe-things --thing-ids').params, { ThingIds: [] });
  });

  it('maps --page-size and --starting-token to the paginator and keeps --max-items out of the params', () => {
    const parsed = parse('demo describe-things --page-size 50 --starting-token t1 --max-items 10');
    assert.deepEqual(parsed.params, { MaxResults: 50, NextToken: 't1' });
    assert.equal(parsed.maxItems, 10);
  });

  it('refuses mixing the API\'s own paging options with the CLI\'s, as the CLI does', () => {
    assert.equal(refusal('demo describe-things --next-token a --starting-token b').code, 'conflicting-options');
    assert.equal(refusal('demo describe-things --max-results 5 --max-items 10').code, 'conflicting-options');
    assert.deepEqual(parse('demo describe-things --max-results 5 --next-token a').params, { MaxResults: 5, NextToken: 'a' });
  });

  it('reports missing required options with their help line', () => {
    const e = refusal('demo get-thing --revision 1');
    assert.equal(e.code, 'missing-required');
    assert.deepEqual(e.missing, ['--name']);
    assert.match(e.userMessage, /The name of the thing/);
  });

  it('reports an option without its value', () => {
    assert.equal(refusal('demo get-thing --name').code, 'missing-value');
  });

  it('suggests the closest option for an unknown one', () => {
    const e = refusal('demo get-thing --name a --revison 1');
    assert.equal(e.code, 'unknown-option');
    assert.match(e.userMessage, /Did you mean --revision/);
  });

  it('suggests the closest service and operation', () => {
    const service = refusal('dem describe-things');
    assert.equal(service.code, 'unknown-service');
    assert.match(service.userMessage, /demo/);
    const operation = refusal('demo describe-thingz');
    assert.equal(operation.code, 'unknown-operation');
    assert.match(operation.userMessage, /describe-things/);
  });

  it('names CLI-only commands as such', () => {
    assert.equal(refusal('s3 ls').code, 'unsupported-command');
    assert.equal(refusal('demo wait thing-exists').code, 'unsupported-command');
    assert.equal(refusal('demo describe-things --help').code, 'unsupported-command');
  });
});
