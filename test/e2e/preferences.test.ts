import assert from 'node:assert/strict';
import type { Card } from '../../src/core/card.js';
import { startRealApp, waitFor } from './app-harness.js';

interface MessageJson {
  id: string;
  threadId: string | null;
  from: string;
  card: Card | null;
}

describe('@aws preferences in the sandbox, through the real service', function () {
  this.timeout(90_000);
  let app: Awaited<ReturnType<typeof startRealApp>>;
  const messages = async (): Promise<MessageJson[]> => (await (await fetch(`${app.url}/sandbox/api/channels/sandbox/messages`)).json()) as MessageJson[];
  const alarms = async () => (await messages()).filter((m) => m.from === 'bot' && m.card?.title.startsWith('ALARM: web-prod-high-cpu'));

  /** alice writes `text` in the sandbox channel; resolves with the bot's answer in her message's thread. */
  async function say(text: string): Promise<MessageJson> {
    const res = await fetch(`${app.url}/sandbox/api/channels/sandbox/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: 'alice', text }) });
    assert.equal(res.status, 202);
    const { id } = (await res.json()) as { id: string };
    return waitFor(`the answer to "${text}"`, async () => (await messages()).find((m) => m.threadId === id && m.from === 'bot'));
  }

  /** Sends the sample alarm twice (the same alarm each time) and resolves with the two new cards. */
  async function sameAlarmTwice(): Promise<[MessageJson, MessageJson]> {
    const before = (await alarms()).length;
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${app.url}/api/test-notifications`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ configuration: 'sandbox', sample: 'cloudwatch-alarm' }) });
      assert.equal(res.status, 202);
    }
    const found = await waitFor('two more alarm cards', async () => {
      const all = await alarms();
      return all.length === before + 2 ? all.slice(before) : undefined;
    });
    return [found[0]!, found[1]!];
  }

  before(async () => {
    app = await startRealApp();
  });
  after(async () => {
    await app?.close();
  });

  it('posts each notification on its own after "threading off", and threads again after "threading on"', async () => {
    const off = await say('@aws preferences threading off');
    assert.equal(off.card?.title, 'Threading is off in this channel');

    const [first, second] = await sameAlarmTwice();
    assert.equal(first.threadId, null);
    assert.equal(second.threadId, null, 'the second event about the same alarm is its own message');

    const on = await say('@aws preferences threading on');
    assert.equal(on.card?.title, 'Threading is on in this channel');

    const [third, fourth] = await sameAlarmTwice();
    assert.equal(third.threadId, null);
    assert.equal(fourth.threadId, third.id, 'the next event about the same alarm replies in the thread');
  });

  it('shows the channel preference and where it comes from', async () => {
    const shown = await say('@aws preferences');
    assert.equal(shown.card?.title, 'Notification preferences for this channel');
    const fields = shown.card?.sections.flatMap((s) => (s.type === 'fields' ? s.fields : [])) ?? [];
    assert.equal(fields.find((f) => f.label === 'Threading')?.value, 'On');
    assert.match(fields.find((f) => f.label === 'Comes from')?.value ?? '', /^This channel's preference, set by alice/);
  });
});
