import assert from 'node:assert/strict';
import { parsedToJson } from '../../../src/commands/parse/parse-result-json.js';
import { parse, refusal } from './parse-support.js';

const params = (line: string) => parsedToJson(parse(line)).params;

describe('converting option values by the model', () => {
  it('reads numbers and refuses text that is not one', () => {
    assert.deepEqual(params('demo put-thing --name a --size 12.5'), { Name: 'a', Size: 12.5 });
    const e = refusal('demo put-thing --name a --size 12x');
    assert.equal(e.code, 'invalid-value');
    assert.match(e.userMessage, /--size expects a number; "12x"/);
  });

  it('checks enum values and lists the allowed ones', () => {
    assert.deepEqual(params('demo put-thing --name a --state ON'), { Name: 'a', State: 'ON' });
    const e = refusal('demo put-thing --name a --state MAYBE');
    assert.equal(e.code, 'invalid-value');
    assert.match(e.userMessage, /one of ON, OFF/);
  });

  it('reads timestamps as ISO-8601 or epoch seconds, in UTC with milliseconds', () => {
    assert.deepEqual(params('demo put-thing --name a --at 2024-01-01T12:30:00+02:00'), { Name: 'a', At: { $timestamp: '2024-01-01T10:30:00.000Z' } });
    assert.deepEqual(params('demo put-thing --name a --at 1704067200.5'), { Name: 'a', At: { $timestamp: '2024-01-01T00:00:00.500Z' } });
    assert.deepEqual(params('demo put-thing --name a --at 2024-01-01'), { Name: 'a', At: { $timestamp: '2024-01-01T00:00:00.000Z' } });
    assert.equal(refusal('demo put-thing --name a --at 2024-13-45').code, 'invalid-value');
  });

  it('sends a blob as the UTF-8 bytes of its text', () => {
    assert.deepEqual(params(`demo put-thing --name a --payload '{"a":1}'`), { Name: 'a', Payload: { $blob: Buffer.from('{"a":1}').toString('base64') } });
  });

  it('reads shorthand for maps and structures, typed by the model', () => {
    assert.deepEqual(params('demo put-thing --name a --tags team=ops,env=prod --config Enabled=true,Limit=5,Labels=x'), {
      Name: 'a',
      Tags: { team: 'ops', env: 'prod' },
      Config: { Enabled: true, Limit: 5, Labels: ['x'] },
    });
  });

  it('reads shorthand lists of structures, one per word', () => {
    assert.deepEqual(params('demo describe-things --filters Name=a,Values=b,c Name=d,Values=e'), {
      Filters: [{ Name: 'a', Values: ['b', 'c'] }, { Name: 'd', Values: ['e'] }],
    });
  });

  it('reads JSON when the value starts with { or [', () => {
    assert.deepEqual(params(`demo describe-things --filters '[{"Name": "a", "Values": ["b"]}]'`), { Filters: [{ Name: 'a', Values: ['b'] }] });
    assert.equal(refusal(`demo describe-things --filters '{"Name": "a"'`).code, 'invalid-json');
  });

  it('takes a bare word for a structure whose only member is a string Value', () => {
    assert.deepEqual(params('demo put-thing --name a --mode fast'), { Name: 'a', Mode: { Value: 'fast' } });
  });

  it('refuses unknown keys, naming the allowed ones', () => {
    const e = refusal('demo describe-things --filters Foo=bar');
    assert.equal(e.code, 'unknown-key');
    assert.match(e.userMessage, /"Foo".*Name, Values/);
  });

  it('reports missing nested members as paths', () => {
    const e = refusal('demo put-thing --name a --config Inner={Port=80}');
    assert.equal(e.code, 'missing-required');
    assert.deepEqual(e.missing, ['Config.Inner.Id']);
  });

  it('refuses shorthand for documents and JSON of the wrong type', () => {
    assert.equal(refusal('demo put-thing --name a --config Any=1').code, 'invalid-shorthand');
    assert.equal(refusal(`demo put-thing --name a --config '{"Limit": "5"}'`).code, 'invalid-value');
  });

  it('takes any JSON for a document', () => {
    assert.deepEqual(params(`demo put-thing --name a --extra '{"k": [1, true]}'`), { Name: 'a', Extra: { k: [1, true] } });
  });

  it('wants exactly one member of a union', () => {
    assert.deepEqual(params('demo put-thing --name a --target Arn=x'), { Name: 'a', Target: { Arn: 'x' } });
    assert.equal(refusal('demo put-thing --name a --target Arn=x,Url=y').code, 'invalid-value');
  });

  it('never reads files or fetches URLs the CLI would fetch', () => {
    assert.equal(refusal('demo put-thing --name file://name.txt').code, 'unsupported-value');
    assert.equal(refusal('demo put-thing --name a --policy https://example.com/policy.json').code, 'unsupported-value');
    assert.deepEqual(params('demo put-thing --name a --hook-url https://example.com/hook'), { Name: 'a', HookUrl: 'https://example.com/hook' });
  });
});
