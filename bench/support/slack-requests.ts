/**
 * Signed Slack requests for the benchmarks, built from the shared fixtures (read in place) with
 * their ids rewritten for the fake Slack's workspace (team T0001, bot U0BOT, channel C0ALERTS):
 * button clicks (`block_actions`, the form field `payload=`) and `app_mention` event callbacks,
 * each with its own message ts (and event id), signed with the real v0 algorithm by the
 * independent signer in test/support/slack-signing.ts. Signing happens before anything is timed;
 * Slack signatures are good for 5 minutes, so each measured target gets freshly signed requests.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFixture } from '../../test/support/fixtures.js';
import { signSlackBody, TEST_SIGNING_SECRET } from '../../test/support/slack-signing.js';

export const BENCH_SIGNING_SECRET = TEST_SIGNING_SECRET;
export const BENCH_BOT_TOKEN = 'xoxb-test-token';
export const BENCH_TEAM = 'T0001';
export const BENCH_BOT_USER = 'U0BOT';
export const BENCH_CHANNEL = 'C0ALERTS';
const PERSON = 'U0ALICE';

const CLICK = JSON.parse(readFixture('slack/interactivity-block-actions.json').toString()) as Record<string, unknown> & { actions: Record<string, unknown>[] };
const MENTION = JSON.parse(readFixture('slack/events-api-app-mention.json').toString()) as Record<string, unknown> & { event: Record<string, unknown> };

/**
 * The k-th message ts of a batch: seconds far in the past (2020), so the fake Slack's own
 * timestamps for the bot's replies always sort after them.
 */
export const messageTs = (batch: number, k: number) => `${1_600_000_000 + batch * 100_000 + k}.000100`;

/** A click on the button of the card with ts `cardTs`, by a person of the fake workspace. */
export function clickPayload(cardTs: string, n: string): Record<string, unknown> {
  const { enterprise_id: _e, enterprise_name: _n, ...team } = CLICK.team as Record<string, unknown>;
  return {
    ...CLICK,
    user: { ...(CLICK.user as Record<string, unknown>), id: PERSON, team_id: BENCH_TEAM },
    api_app_id: 'A0APP',
    container: { ...(CLICK.container as Record<string, unknown>), message_ts: cardTs, channel_id: BENCH_CHANNEL, is_ephemeral: false },
    trigger_id: `${n}.111.bench`,
    team: { ...team, id: BENCH_TEAM },
    channel: { id: BENCH_CHANNEL, name: 'alerts' },
    actions: CLICK.actions.map((a) => ({ ...a, action_ts: `${cardTs.split('.')[0]}.${n.padStart(6, '0').slice(-6)}` })),
  };
}

/** `<@U0BOT> Hi there!` in C0ALERTS as message `ts`, event `eventId`, with the bot authorization Slack sends. */
export function mentionEnvelope(ts: string, eventId: string): Record<string, unknown> {
  const { enterprise_id: _e, ...envelope } = MENTION;
  return {
    ...envelope,
    team_id: BENCH_TEAM,
    api_app_id: 'A0APP',
    event: { ...MENTION.event, text: `<@${BENCH_BOT_USER}> Hi there!`, user: PERSON, ts, event_ts: ts, team: BENCH_TEAM, channel: BENCH_CHANNEL },
    event_id: eventId,
    authorizations: [{ enterprise_id: null, team_id: BENCH_TEAM, user_id: BENCH_BOT_USER, is_bot: true, is_enterprise_install: false }],
  };
}

export interface SignedBatch {
  /** The message each request is about (the clicked card, or the mention itself), in order. */
  ts: string[];
  /** One body per line, and its headers (content type, timestamp, signature) on the same line of headersFile. */
  file: string;
  headersFile: string;
  /** What the people wrote, for the fake Slack: a reply's thread must exist there. */
  seed: { user: string; text: string; ts: string }[];
}

let dir: string | undefined;
function benchDir(): string {
  if (!dir) {
    const made = mkdtempSync(join(tmpdir(), 'chatops-bench-slack-'));
    process.once('exit', () => rmSync(made, { recursive: true, force: true }));
    dir = made;
  }
  return dir;
}

function write(name: string, requests: { body: string; headers: Record<string, string> }[]): { file: string; headersFile: string } {
  const file = join(benchDir(), `${name}.bodies`);
  const headersFile = join(benchDir(), `${name}.headers.jsonl`);
  writeFileSync(file, requests.map((r) => r.body).join('\n') + '\n');
  writeFileSync(headersFile, requests.map((r) => JSON.stringify(r.headers)).join('\n') + '\n');
  return { file, headersFile };
}

let batches = 0;

/** `count` clicks, each on its own card (seeded as a message in C0ALERTS), signed now. */
export function signedClicks(count: number): SignedBatch {
  const batch = ++batches;
  const ts = Array.from({ length: count }, (_, k) => messageTs(batch, k));
  const requests = ts.map((cardTs, k) => signSlackBody(new URLSearchParams({ payload: JSON.stringify(clickPayload(cardTs, String(k))) }).toString(), { contentType: 'application/x-www-form-urlencoded' }));
  return { ts, ...write(`clicks-${batch}`, requests), seed: ts.map((t) => ({ user: BENCH_BOT_USER, text: 'A card with a button', ts: t })) };
}

/** `count` app_mention events, each a new message in C0ALERTS with a unique event id, signed now. */
export function signedMentions(count: number): SignedBatch {
  const batch = ++batches;
  const ts = Array.from({ length: count }, (_, k) => messageTs(batch, k));
  const requests = ts.map((t, k) => signSlackBody(JSON.stringify(mentionEnvelope(t, `Ev${batch}B${String(k).padStart(7, '0')}`))));
  return { ts, ...write(`mentions-${batch}`, requests), seed: ts.map((t) => ({ user: PERSON, text: `<@${BENCH_BOT_USER}> Hi there!`, ts: t })) };
}
