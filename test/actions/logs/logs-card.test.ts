import assert from 'node:assert/strict';
import { logsCard } from '../../../src/actions/logs/logs-card.js';
import { planLogsQuery } from '../../../src/actions/logs/plan-logs-query.js';
import type { LogLine } from '../../../src/actions/logs/run-logs-query.js';
import type { CodeSection } from '../../../src/core/card.js';
import { renderSlack } from '../../../src/render/slack.js';
import { renderTeams } from '../../../src/render/teams.js';
import { variablesOf } from './alarm-variables.js';

const variables: Record<string, string> = { ...variablesOf('cloudwatch/lambda-alarm-action-single-metric.json'), FunctionName: 'myHelloWorld' };
const line = (i: number, message = `ERROR request ${i} failed`): LogLine => ({ timestamp: `2024-02-17 11:51:${String(i).padStart(2, '0')}.000`, message, stream: '2024/02/17/[$LATEST]abc' });
const codeSections = (card: ReturnType<typeof logsCard>) => card.sections.filter((s): s is CodeSection => s.type === 'code');

describe('the Show logs card', () => {
  const plan = planLogsQuery(variables, { errorsOnly: true });

  it('shows the lines oldest first in a code section, with the window and the log group', () => {
    const card = logsCard(plan, { queryId: 'q', lines: [line(2), line(3, 'Task timed out\nafter 3.00 seconds')], recordsMatched: 2 });
    assert.equal(card.title, 'Error logs for Test alert');
    assert.deepEqual(card.sections[0], {
      type: 'fields',
      fields: [
        { label: 'Window', value: '2024-02-17 11:51:00 → 11:53:09 UTC', short: true },
        { label: 'Log group', value: '/aws/lambda/myHelloWorld', short: true },
      ],
    });
    const [lines] = codeSections(card);
    assert.equal(lines?.title, 'First 2 entries containing Error, Exception or Fail');
    assert.equal(lines?.code, '2024-02-17 11:51:02.000  ERROR request 2 failed\n2024-02-17 11:51:03.000  Task timed out ⏎ after 3.00 seconds');
  });

  it('links to the same query in the console and shows the command that runs it again', () => {
    const card = logsCard(plan, { queryId: 'q', lines: [line(1)] });
    assert.deepEqual(card.actions, [{ type: 'link', label: 'Open in Logs Insights', url: plan.consoleUrl }]);
    const again = codeSections(card).at(-1);
    assert.equal(again?.title, 'Run it again (copy, edit, send)');
    assert.equal(again?.code.split('\n')[0], plan.command);
    assert.match(again?.code ?? '', /^@aws logs start-query --log-group-names \/aws\/lambda\/myHelloWorld --start-time 1708170660 --end-time 1708170789 --query-string ".*" --region eu-west-1\n@aws logs get-query-results/);
  });

  it('says how many matched when there are more than it shows', () => {
    const lines = Array.from({ length: 30 }, (_, i) => line(i));
    assert.equal(codeSections(logsCard(plan, { queryId: 'q', lines, recordsMatched: 112 }))[0]?.title, 'First 30 of 112 entries containing Error, Exception or Fail');
  });

  it('says when the window has no entries', () => {
    const card = logsCard(planLogsQuery(variables, { errorsOnly: false }), { queryId: 'q', lines: [] });
    assert.equal(card.title, 'Logs for Test alert');
    assert.deepEqual(card.sections[1], { type: 'text', text: 'No log entries in this window.' });
  });

  it('says what the lookups could not include', () => {
    const card = logsCard({ ...plan, notes: ['ECS service web in cluster FargateCluster: container sidecar of web:3 logs to us-east-1, not eu-west-1'] }, { queryId: 'q', lines: [line(1)] });
    assert.ok(card.sections.some((s) => s.type === 'text' && s.text === 'Not searched: ECS service web in cluster FargateCluster: container sidecar of web:3 logs to us-east-1, not eu-west-1.'));
  });

  it('cuts very long lines', () => {
    const [lines] = codeSections(logsCard(plan, { queryId: 'q', lines: [line(1, 'x'.repeat(5000))] }));
    assert.equal(lines?.code.length, 300);
    assert.ok(lines?.code.endsWith('…'));
  });

  it('fits Slack and Teams with 30 long lines', () => {
    const card = logsCard(plan, { queryId: 'q', lines: Array.from({ length: 30 }, (_, i) => line(i, `ERROR ${'y'.repeat(400)}`)) });
    assert.ok(renderSlack(card).blocks.length <= 50);
    assert.ok(JSON.stringify(renderTeams(card)).length < 80_000);
  });
});

describe('planning a logs query from a notification', () => {
  it('takes the Region from the notification, else from the alarm ARN, else the channel default', () => {
    assert.equal(planLogsQuery(variables, { errorsOnly: false }).region, 'eu-west-1');
    const { region: _r, ...noRegion } = variables;
    assert.equal(planLogsQuery(noRegion, { errorsOnly: false }).region, 'eu-west-1');
    const sns = variablesOf('cloudwatch/alarm-sns-message-single-metric-alarm.json'); // Region "EXAMPLE", ARN with "REGION"
    assert.equal(planLogsQuery(sns, { errorsOnly: false, configured: { EXAMPLE: ['/app/example'] }, defaultRegion: 'us-west-2' }).region, 'us-west-2');
  });

  it('refuses an alarm with no log group, saying how to name one', () => {
    assert.throws(
      () => planLogsQuery(variablesOf('cloudwatch/eventbridge-alarm-state-change-metric-alarm.json'), { errorsOnly: false }),
      (e: { code?: string; userMessage?: string; nextStep?: string }) => e.code === 'LOGS_NO_LOG_GROUP' && e.userMessage === 'No log group is known for alarm "ServerCpuTooHigh".' && /logGroups/.test(e.nextStep ?? ''),
    );
  });


  it('refuses when no Region is known', () => {
    const sns = variablesOf('cloudwatch/alarm-sns-message-single-metric-alarm.json');
    assert.throws(() => planLogsQuery(sns, { errorsOnly: false, configured: { EXAMPLE: ['/app/example'] } }), /LOGS_NO_REGION/);
  });
});
