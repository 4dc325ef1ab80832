/**
 * `@aws` commands through Teams: activities into /api/messages, answers through the fake Bot
 * Connector, forms as Adaptive Card inputs with Action.Execute, and the SDK signing requests to
 * a local endpoint that answers like AWS.
 */
import assert from 'node:assert/strict';
import { executeInvoke, mentionMessage } from '../adapters/teams/support/synthetic-activities.js';
import { validateAdaptiveCard } from '../support/adaptive-card-validator.js';
import { withRoleSessions } from '../support/aws-endpoint/role-sessions.js';
import { useAwsEndpoint } from '../support/aws-endpoint/use-aws-endpoint.js';
import { ec2Error, ec2Reply } from '../support/aws-endpoint/replies.js';
import { FAKE_TEAMS, type FakeTeamsMessage } from '../support/teams-connector/index.js';
import { waitFor } from './app-harness.js';
import { startTeamsRig, type TeamsTestRig } from './teams-harness.js';

const STOPPING = '<instancesSet><item><instanceId>i-0abc1234</instanceId><currentState><code>64</code><name>stopping</name></currentState><previousState><code>16</code><name>running</name></previousState></item></instancesSet>';

interface AcNode {
  type?: string;
  id?: string;
  data?: { actionId?: string };
  [key: string]: unknown;
}

/** Every element and action of an Adaptive Card, depth first. */
function nodes(value: unknown, out: AcNode[] = []): AcNode[] {
  if (Array.isArray(value)) value.forEach((v) => nodes(v, out));
  else if (value && typeof value === 'object') {
    out.push(value as AcNode);
    Object.values(value).forEach((v) => nodes(v, out));
  }
  return out;
}

describe('@aws commands in Teams', function () {
  this.timeout(60_000);
  let rig: TeamsTestRig;
  const aws = useAwsEndpoint(withRoleSessions((req) => (req.operation === 'StopInstances' ? ec2Reply('StopInstances', STOPPING) : ec2Error('InvalidAction', String(req.operation), 400))));
  const stops = () => aws.endpoint.requests.filter((r) => r.operation === 'StopInstances').length;
  const inThread = (root: string) => rig.connector.messages(FAKE_TEAMS.channelId).filter((m) => m.threadId === root && m.id !== root);
  const button = (m: FakeTeamsMessage, verb: string) => nodes(m.card).find((n) => n.type === 'Action.Execute' && new RegExp(`^dlg\\.[^.]+\\.${verb}`).test(n.data?.actionId ?? ''));

  before(async () => {
    rig = await startTeamsRig();
  });

  after(async () => {
    await rig?.close();
  });

  it('asks for the missing option with a card form, confirms, and runs once on Run', async () => {
    const root = '1795470000001';
    assert.equal((await rig.send(mentionMessage(rig.connector.url, 'ec2 stop-instances', { id: root }))).status, 200);
    const question = await waitFor('the question', async () => inThread(root)[0]);
    assert.deepEqual(validateAdaptiveCard(question.card), []);
    const input = nodes(question.card).find((n) => n.type === 'Input.Text');
    assert.ok(input?.id, `a text input in ${JSON.stringify(question.card)}`);
    const next = button(question, 'next');
    assert.ok(next?.data?.actionId, 'a Next button');

    // Teams sends the inputs' values with the button's data.
    const answered = await rig.send(executeInvoke(rig.connector.url, question.id, { ...next.data, [input.id]: 'i-0abc1234' }, { threadRoot: root }));
    assert.equal(answered.status, 200);
    const confirm = await waitFor('the confirmation', async () => inThread(root).find((m) => button(m, 'run')));
    assert.match(JSON.stringify(confirm.card), /stop-instances --instance-ids i-0abc1234/);
    assert.equal(stops(), 0, 'nothing runs before Run');

    const run = button(confirm, 'run')!;
    assert.equal((await rig.send(executeInvoke(rig.connector.url, confirm.id, { ...run.data }, { threadRoot: root }))).status, 200);
    const result = await waitFor('the result', async () => inThread(root).find((m) => /stopping/.test(JSON.stringify(m.card ?? ''))));
    assert.deepEqual(validateAdaptiveCard(result.card), []);
    assert.equal(stops(), 1);
  });
});
