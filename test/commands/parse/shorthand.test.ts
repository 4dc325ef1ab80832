import assert from 'node:assert/strict';
import { parseShorthand, ShorthandSyntaxError } from '../../../src/commands/parse/shorthand.js';

describe('shorthand syntax', () => {
  it('reads key=value pairs', () => {
    assert.deepEqual(parseShorthand('Key=Env,Value=prod'), { Key: 'Env', Value: 'prod' });
  });

  it('reads a csv list and backtracks when the next word is a key', () => {
    assert.deepEqual(parseShorthand('Name=state,Values=running,stopped'), { Name: 'state', Values: ['running', 'stopped'] });
    assert.deepEqual(parseShorthand('Values=a,b,Name=x'), { Values: ['a', 'b'], Name: 'x' });
  });

  it('reads explicit lists and nested structures', () => {
    assert.deepEqual(parseShorthand('TagSet=[{Key=env,Value=prod},{Key=team,Value=ops}]'), { TagSet: [{ Key: 'env', Value: 'prod' }, { Key: 'team', Value: 'ops' }] });
    assert.deepEqual(parseShorthand('awsvpcConfiguration={subnets=[subnet-1,subnet-2],assignPublicIp=ENABLED}'), {
      awsvpcConfiguration: { subnets: ['subnet-1', 'subnet-2'], assignPublicIp: 'ENABLED' },
    });
  });

  it('keeps commas in quoted values and escaped commas, and ignores spaces around = and ,', () => {
    assert.deepEqual(parseShorthand('Key=Note,Value="a, b, c"'), { Key: 'Note', Value: 'a, b, c' });
    assert.deepEqual(parseShorthand('Key=Path,Value=a\\,b'), { Key: 'Path', Value: 'a,b' });
    assert.deepEqual(parseShorthand('Key = Env , Value = prod'), { Key: 'Env', Value: 'prod' });
  });

  it('reads Key= as the empty string', () => {
    assert.deepEqual(parseShorthand('Key=Empty,Value='), { Key: 'Empty', Value: '' });
  });

  it('refuses a repeated key and an unclosed list', () => {
    assert.throws(() => parseShorthand('Name=a,Name=b'), (e: unknown) => e instanceof ShorthandSyntaxError && /appears twice/.test(e.problem));
    assert.throws(() => parseShorthand('Name=a,Values=[b'), ShorthandSyntaxError);
  });

  it('refuses values read from files (key@=file://…)', () => {
    assert.throws(() => parseShorthand('Body@=file://secret.txt'), (e: unknown) => (e as { code?: string }).code === 'unsupported-value');
  });

  it('gives keys such as __proto__ their own property', () => {
    const parsed = parseShorthand('__proto__=x');
    assert.equal(Object.getPrototypeOf(parsed), Object.prototype);
    assert.equal(parsed.__proto__, 'x');
  });
});
