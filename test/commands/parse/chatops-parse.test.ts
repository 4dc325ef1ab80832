import assert from 'node:assert/strict';
import { runParse } from '../../../src/cli/parse.js';
import { CommandIndex } from '../../../src/commands/schema/command-index.js';
import { fakeCatalog } from './fake-catalog.js';

function run(args: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const code = runParse(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), readStdin: () => stdin }, fakeCatalog());
  return { code, stdout, stderr };
}

describe('chatops parse', () => {
  it('prints the SDK call of a line as JSON and exits 0', () => {
    const { code, stdout } = run(['demo put-thing --name a --at 2024-01-01 --region eu-west-1']);
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(stdout), { service: 'demo', operation: 'PutThing', params: { Name: 'a', At: { $timestamp: '2024-01-01T00:00:00.000Z' } }, region: 'eu-west-1' });
  });

  it('takes several words as already split by the shell', () => {
    assert.deepEqual(JSON.parse(run(['demo', 'get-thing', '-name', 'a b']).stdout).params, { Name: 'a b' });
  });

  it('prints a refusal as {"error"} with the missing options and exits 2', () => {
    const { code, stdout } = run(['demo get-thing']);
    assert.equal(code, 2);
    const { error } = JSON.parse(stdout) as { error: { code: string; message: string; missing: string[] } };
    assert.equal(error.code, 'missing-required');
    assert.deepEqual(error.missing, ['--name']);
    assert.match(error.message, /--name/);
  });

  it('reads one command line per stdin line with --lines, skipping blanks and comments, and exits 0', () => {
    const { code, stdout } = run(['--lines'], '# a comment\ndemo get-thing --name a\n\nnosuch thing\n');
    assert.equal(code, 0);
    const rows = stdout.trim().split('\n').map((l) => JSON.parse(l) as { line: string; error?: { code: string } });
    assert.deepEqual(rows.map((r) => [r.line, r.error?.code]), [['demo get-thing --name a', undefined], ['nosuch thing', 'unknown-service']]);
  });

  it('reads the reference\'s shortcut with its unquoted JSON payload, and refuses a denied operation', () => {
    const index = new CommandIndex();
    const out: string[] = [];
    const io = { stdout: (t: string) => out.push(t), stderr: () => undefined, readStdin: () => '' };
    assert.equal(runParse(['invoke myHelloWorld --payload {"key": "value"}'], io, index), 0);
    assert.deepEqual(JSON.parse(out.pop()!), { service: 'lambda', operation: 'Invoke', params: { FunctionName: 'myHelloWorld', Payload: { $blob: Buffer.from('{"key": "value"}').toString('base64') } } });
    assert.equal(runParse(['kms list-keys'], io, index), 2);
    assert.equal((JSON.parse(out.pop()!) as { error: { code: string } }).error.code, 'denied');
  });
});
