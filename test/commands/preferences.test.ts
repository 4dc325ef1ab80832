import assert from 'node:assert/strict';
import { createMemoryStore } from '../../src/adapters/store/memory-store.js';
import { respondToChat } from '../../src/commands/respond.js';
import { parsePreferences } from '../../src/commands/preferences.js';
import { parseConfigText } from '../../src/config/index.js';
import type { Card, CardSection } from '../../src/core/card.js';
import type { ChatEvent } from '../../src/core/chat-event.js';
import { checkSlackLimits } from '../../src/render/slack-limits.js';
import { renderSlack } from '../../src/render/slack.js';
import { renderTeams } from '../../src/render/teams.js';
import type { Store } from '../../src/ports/store.js';
import { validateAdaptiveCard } from '../support/adaptive-card-validator.js';
import { FakeChat } from '../support/fake-chat.js';

const TOPIC = 'arn:aws:sns:us-east-1:123456789012:alarms';
const CONFIGURATIONS = parseConfigText(
  `configurations:
  - name: ops
    platform: sandbox
    channelId: ops
    snsTopicArns: ["${TOPIC}"]
  - name: ops-copy
    platform: sandbox
    channelId: ops
    threading: "off"
    snsTopicArns: ["${TOPIC}"]
  - name: old-ops
    platform: sandbox
    channelId: ops
    enabled: false
    snsTopicArns: ["${TOPIC}"]
  - name: team
    platform: slack
    channelId: C0123456789
    snsTopicArns: ["${TOPIC}"]
`,
  { env: {} },
).configurations;

describe('@aws preferences: reading the words', function () {
  const cases: [string, ReturnType<typeof parsePreferences>][] = [
    ['', { kind: 'show' }],
    ['   ', { kind: 'show' }],
    ['threading on', { kind: 'threading', threading: 'on' }],
    ['  Threading   OFF ', { kind: 'threading', threading: 'off' }],
    ['threading default', { kind: 'threading', threading: 'default' }],
    ['help', { kind: 'usage' }],
  ];
  for (const [words, expected] of cases) {
    it(`reads "${words}" as ${JSON.stringify(expected)}`, function () {
      assert.deepEqual(parsePreferences(words), expected);
    });
  }

  const wrong: [string, RegExp][] = [
    ['threading', /on, off or default/],
    ['threading sometimes', /"sometimes" is not a threading setting/],
    ['threading on please', /takes nothing after "on"/],
    ['colour blue', /"colour" is not a preference/],
  ];
  for (const [words, problem] of wrong) {
    it(`answers "${words}" with the usage and what was wrong`, function () {
      const parsed = parsePreferences(words);
      assert.equal(parsed.kind, 'usage');
      assert.match(parsed.kind === 'usage' ? (parsed.problem ?? '') : '', problem);
    });
  }
});

describe('@aws preferences in a channel', function () {
  let store: Store;
  let chat: FakeChat;
  let n = 0;

  beforeEach(function () {
    store = createMemoryStore();
    chat = new FakeChat('sandbox');
  });

  /** alice (or `user`) writes `text` in a channel; returns the card the bot answered with, in her message's thread. */
  async function say(text: string, where: { platform?: ChatEvent['platform']; channelId?: string; user?: string } = {}): Promise<Card> {
    const messageId = `u${++n}`;
    const user = where.user ?? 'alice';
    await respondToChat(
      { platform: where.platform ?? 'sandbox', channelId: where.channelId ?? 'ops', messageId, user: { id: user, name: user }, text },
      { chat, preferences: store.preferences, configurations: CONFIGURATIONS },
    );
    const answer = chat.posts.at(-1);
    assert.equal(answer?.replyTo, messageId, 'the answer goes in the thread of the question');
    assert.deepEqual(checkSlackLimits(renderSlack(answer.card!)), []);
    assert.deepEqual(validateAdaptiveCard(renderTeams(answer.card!)), []);
    return answer.card!;
  }

  const field = (card: Card, label: string) => card.sections.flatMap((s) => (s.type === 'fields' ? s.fields : [])).find((f) => f.label === label)?.value;
  const text = (card: Card) => card.sections.map((s: CardSection) => (s.type === 'text' ? s.text : s.type === 'list' ? s.items.join('\n') : '')).join('\n');

  it('shows threading as each configuration sets it, and which configurations deliver here', async function () {
    const card = await say('@aws preferences');
    assert.equal(card.title, 'Notification preferences for this channel');
    assert.equal(field(card, 'Threading'), 'On for ops, off for ops-copy');
    assert.match(field(card, 'Comes from') ?? '', /^Each configuration's threading setting/);
    assert.match(text(card), /`ops` \(sandbox\) — its own setting: threading on/);
    assert.match(text(card), /`ops-copy` \(sandbox\) — its own setting: threading off/);
    assert.doesNotMatch(text(card), /old-ops|team/, 'disabled configurations and other channels are not listed');
  });

  it('turns threading off for the channel and says what that means', async function () {
    const card = await say('@aws preferences threading off');
    assert.equal(card.title, 'Threading is off in this channel');
    assert.match(text(card), /each notification is now its own message/);
    assert.match(text(card), /Set by alice/);
    const stored = await store.preferences.get('sandbox:ops');
    assert.deepEqual(stored?.preferences, { threading: 'off' });
    assert.equal(stored?.updatedBy, 'alice');
  });

  it('turns threading on for the channel and says what that means', async function () {
    const card = await say('@aws preferences threading on', { user: 'bob' });
    assert.equal(card.title, 'Threading is on in this channel');
    assert.match(text(card), /now threaded by alarm, finding or pipeline run/);
    assert.deepEqual((await store.preferences.get('sandbox:ops'))?.preferences, { threading: 'on' });
  });

  it('shows a channel preference with who set it, and which configurations it overrides', async function () {
    await say('@aws preferences threading off');
    const card = await say('@aws preferences', { user: 'bob' });
    assert.equal(field(card, 'Threading'), 'Off');
    assert.match(field(card, 'Comes from') ?? '', /^This channel's preference, set by alice on \d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
    assert.match(text(card), /`ops` \(sandbox\) — its own setting: threading on, overridden here/);
    assert.match(text(card), /`ops-copy` \(sandbox\) — its own setting: threading off$/m);
  });

  it('goes back to the configurations with "default"', async function () {
    await say('@aws preferences threading off');
    const card = await say('@aws preferences threading default', { user: 'bob' });
    assert.equal(card.title, 'Threading follows the configurations again');
    assert.match(text(card), /bob removed this channel's threading preference/);
    assert.match(text(card), /on for ops, off for ops-copy/);
    assert.equal((await store.preferences.get('sandbox:ops'))?.preferences.threading, undefined);
  });

  it('changes nothing with "default" when the channel has no preference', async function () {
    const card = await say('@aws preferences threading default');
    assert.equal(card.title, 'Nothing to change');
    assert.equal(await store.preferences.get('sandbox:ops'), undefined);
  });

  it('keeps channels apart: a Slack channel\'s preference is its own', async function () {
    await say('@aws preferences threading off', { platform: 'slack', channelId: 'C0123456789' });
    assert.deepEqual((await store.preferences.get('slack:C0123456789'))?.preferences, { threading: 'off' });
    assert.equal(await store.preferences.get('sandbox:ops'), undefined);
    const card = await say('@aws preferences', { platform: 'slack', channelId: 'C0123456789' });
    assert.match(text(card), /`team` \(slack\)/);
  });

  it('says so when no configuration delivers to the channel, and keeps the preference for later', async function () {
    const shown = await say('@aws preferences', { channelId: 'quiet' });
    assert.match(text(shown), /No enabled channel configuration delivers notifications to this channel yet/);
    await say('@aws preferences threading off', { channelId: 'quiet' });
    assert.deepEqual((await store.preferences.get('sandbox:quiet'))?.preferences, { threading: 'off' });
  });

  it('answers anything else with a short usage card and changes nothing', async function () {
    const card = await say('@aws preferences threading sometimes');
    assert.equal(card.title, 'How to use @aws preferences');
    assert.match(text(card), /"sometimes" is not a threading setting/);
    assert.match(text(card), /`@aws preferences threading off`/);
    assert.equal(await store.preferences.get('sandbox:ops'), undefined);
  });

  it('still answers help, and "not available yet" for other commands', async function () {
    assert.equal((await say('@aws help')).title, 'aws-chatops help');
    assert.equal((await say('@aws preferencesx')).title, 'Not available yet');
  });
});
