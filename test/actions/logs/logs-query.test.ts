import assert from 'node:assert/strict';
import { consoleLink, jsurlText } from '../../../src/actions/logs/console-link.js';
import { LOG_LINES_LIMIT, logsQuery } from '../../../src/actions/logs/logs-query.js';

const WINDOW = { startTime: 1570035540, endTime: 1570035880 };

describe('the Show logs query', () => {
  it('asks for the first 30 entries of the window, oldest first', () => {
    assert.equal(logsQuery(false), 'fields @timestamp, @message, @logStream | sort @timestamp asc | limit 30');
    assert.equal(LOG_LINES_LIMIT, 30);
  });

  it('keeps only entries with Error, Exception or Fail for Show error logs, in any case', () => {
    const query = logsQuery(true);
    assert.equal(query, 'fields @timestamp, @message, @logStream | filter @message like /(?i)(Error|Exception|Fail)/ | sort @timestamp asc | limit 30');
    const pattern = /(?:Error|Exception|Fail)/i; // what the query's /(?i)(…)/ matches
    for (const line of ['ERROR boom', 'java.lang.NullPointerException', 'Task failed', 'error: x']) assert.ok(pattern.test(line), line);
    assert.ok(!pattern.test('INFO all good'));
  });
});

describe('the Logs Insights console link', () => {
  it('opens the same query, window and log group in the alarm\'s Region', () => {
    assert.equal(
      consoleLink('us-east-1', ['/aws/lambda/order-handler'], WINDOW, logsQuery(false)),
      'https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#logsV2:logs-insights$3FqueryDetail$3D~(' +
        "end~'2019-10-02T17*3a04*3a40.000Z~start~'2019-10-02T16*3a59*3a00.000Z~timeType~'ABSOLUTE~tz~'UTC~" +
        "editorString~'fields*20*40timestamp*2c*20*40message*2c*20*40logStream*20*7c*20sort*20*40timestamp*20asc*20*7c*20limit*2030~" +
        "source~(~'*2faws*2flambda*2forder-handler))",
    );
  });

  it('lists every log group', () => {
    assert.match(consoleLink('eu-west-1', ['/a', '/b'], WINDOW, 'fields @message'), /~source~\(~'\*2fa~'\*2fb\)\)$/);
  });

  it('uses the console of China and GovCloud Regions', () => {
    assert.match(consoleLink('cn-north-1', ['/a'], WINDOW, 'q'), /^https:\/\/console\.amazonaws\.cn\/cloudwatch\/home\?region=cn-north-1#/);
    assert.match(consoleLink('us-gov-west-1', ['/a'], WINDOW, 'q'), /^https:\/\/console\.amazonaws-us-gov\.com\//);
  });

  it('escapes values as JSURL does, so nothing in a query can end a value or the URL', () => {
    assert.equal(jsurlText("a'b~c(d)e f/g$h#i%j"), 'a*27b*7ec*28d*29e*20f*2fg!h*23i*25j');
    assert.equal(jsurlText('é→'), '*e9**2192');
    const url = consoleLink('us-east-1', ['/a'], WINDOW, logsQuery(true));
    assert.doesNotMatch(url.slice(url.indexOf('#') + 1), /[\s|/"?&%#]/);
  });
});
