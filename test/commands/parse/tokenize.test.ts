import assert from 'node:assert/strict';
import { chatOptionWords, chatToCliText } from '../../../src/commands/parse/chat-text.js';
import { tokenize } from '../../../src/commands/parse/tokenize.js';

const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return 'no error';
};

describe('reading a chat command line like a shell', () => {
  it('keeps unquoted JSON as typed, as AWS Chatbot\'s own examples write it', () => {
    assert.deepEqual(tokenize('lambda invoke --function-name f --payload {"key": "value", "n": [1, 2]} --region eu-west-1'), [
      'lambda', 'invoke', '--function-name', 'f', '--payload', '{"key": "value", "n": [1, 2]}', '--region', 'eu-west-1',
    ]);
    assert.deepEqual(tokenize('ec2 describe-instances --filters [{"Name": "tag:Env", "Values": ["prod"]}]'), ['ec2', 'describe-instances', '--filters', '[{"Name": "tag:Env", "Values": ["prod"]}]']);
  });

  it('reads braces that are not valid JSON the way a shell does', () => {
    assert.deepEqual(tokenize('x --tags {Key=a,Value=b c}'), ['x', '--tags', '{Key=a,Value=b', 'c}']);
    assert.deepEqual(tokenize('x --y {"a": 1}z'), ['x', '--y', '{a:', '1}z']);
  });

  it('splits words on whitespace, also newlines', () => {
    assert.deepEqual(tokenize('ec2  describe-instances\n--instance-ids i-1\ti-2'), ['ec2', 'describe-instances', '--instance-ids', 'i-1', 'i-2']);
  });

  it('keeps single-quoted text literally, backslashes included', () => {
    assert.deepEqual(tokenize(`--value 'a\\,b "c"'`), ['--value', 'a\\,b "c"']);
  });

  it('lets a backslash escape only a quote or a backslash inside double quotes', () => {
    assert.deepEqual(tokenize('--message "He said \\"hi\\" \\n \\\\"'), ['--message', 'He said "hi" \\n \\']);
  });

  it('joins quoted and unquoted parts of one word, and escapes any character outside quotes', () => {
    assert.deepEqual(tokenize(`'single '\\''quoted'\\'' text' multi\\ word`), ["single 'quoted' text", 'multi word']);
  });

  it('keeps an empty quoted word', () => {
    assert.deepEqual(tokenize('--message ""'), ['--message', '']);
  });

  it('refuses an unterminated quote or a trailing backslash as invalid-quoting', () => {
    assert.equal(codeOf(() => tokenize('--message "unterminated')), 'invalid-quoting');
    assert.equal(codeOf(() => tokenize("--message 'open")), 'invalid-quoting');
    assert.equal(codeOf(() => tokenize('a \\')), 'invalid-quoting');
  });
});

describe('undoing what chat keyboards do to a command', () => {
  it('turns smart quotes into plain ones', () => {
    assert.equal(chatToCliText('sns publish --message “hello world” --subject ‘hi’'), `sns publish --message "hello world" --subject 'hi'`);
  });

  it('turns a dash a phone made of -- into -- in front of an option', () => {
    assert.equal(chatToCliText('ec2 describe-instances —instance-ids i-1 –dry-run'), 'ec2 describe-instances --instance-ids i-1 --dry-run');
  });

  it('leaves dashes inside text alone and drops zero-width spaces', () => {
    assert.equal(chatToCliText('sns publish --message "a — b"\u200B'), 'sns publish --message "a — b"');
  });

  it('accepts single-hyphen long options, with or without =value, but not negative numbers', () => {
    assert.deepEqual(chatOptionWords(['-instance-ids', 'i-1', '-max-results=5', '-5', '-']), ['--instance-ids', 'i-1', '--max-results=5', '-5', '-']);
  });
});
