import assert from 'node:assert/strict';
import { commandWord, copyCommand, resultsCommand } from '../../../src/actions/logs/copy-command.js';
import { logsQuery } from '../../../src/actions/logs/logs-query.js';
import { parseCommandLine } from '../../../src/commands/parse/parse-command.js';
import { CommandIndex } from '../../../src/commands/schema/command-index.js';
import { addressedText } from '../../../src/commands/respond.js';

const index = new CommandIndex();
const WINDOW = { startTime: 1570035540, endTime: 1570035880 };

/** The copied line as the command engine reads it when sent back in chat. */
function sentBack(line: string) {
  const text = addressedText(line);
  assert.ok(text !== undefined, `"${line}" does not address @aws`);
  return parseCommandLine(text, index);
}

describe('the copyable command that re-runs a logs query', () => {
  for (const errorsOnly of [false, true]) {
    it(`parses back to the same StartQuery (${errorsOnly ? 'error logs' : 'all logs'}), query string not taken for --query`, () => {
      const line = copyCommand('us-east-1', ['/aws/lambda/order-handler', '/app/orders'], WINDOW, logsQuery(errorsOnly));
      const parsed = sentBack(line);
      assert.equal(parsed.service, 'logs');
      assert.equal(parsed.operation, 'StartQuery');
      assert.deepEqual(parsed.params, { logGroupNames: ['/aws/lambda/order-handler', '/app/orders'], startTime: 1570035540, endTime: 1570035880, queryString: logsQuery(errorsOnly) });
      assert.equal(parsed.region, 'us-east-1');
      assert.equal(parsed.query, undefined);
    });
  }

  it('reads like the reference\'s example', () => {
    assert.equal(
      copyCommand('us-east-1', ['/aws/lambda/fn'], WINDOW, logsQuery(false)),
      '@aws logs start-query --log-group-names /aws/lambda/fn --start-time 1570035540 --end-time 1570035880 --query-string "fields @timestamp, @message, @logStream | sort @timestamp asc | limit 30" --region us-east-1',
    );
  });

  it('adds --limit when asked, and it parses', () => {
    const parsed = sentBack(copyCommand('eu-west-1', ['/a'], WINDOW, 'fields @message', 30));
    assert.equal(parsed.params.limit, 30);
  });

  it('keeps a query with quotes and backslashes one word', () => {
    const query = 'fields @message | filter @message like "say \\"hi\\"" | limit 5';
    assert.equal(sentBack(copyCommand('us-east-1', ['/a'], WINDOW, query)).params.queryString, query);
  });

  it('quotes only what needs it', () => {
    assert.equal(commandWord('/aws/lambda/fn'), '/aws/lambda/fn');
    assert.equal(commandWord('a b'), '"a b"');
    assert.equal(commandWord('x"y\\z'), '"x\\"y\\\\z"');
  });

  it('names the follow-up that fetches the results, which parses too', () => {
    const line = resultsCommand('us-east-1', '12ab3456-12ab-123a-789e-1234567890ab');
    assert.equal(line, '@aws logs get-query-results --query-id 12ab3456-12ab-123a-789e-1234567890ab --region us-east-1');
    assert.deepEqual(sentBack(line).params, { queryId: '12ab3456-12ab-123a-789e-1234567890ab' });
    assert.equal(resultsCommand('us-east-1'), '@aws logs get-query-results --query-id <query id> --region us-east-1');
  });
});
