/**
 * What the Slack benchmarks measure:
 *  - the bare Bolt baseline: a Bolt App on its own port with Bolt's own receiver (HTTPReceiver,
 *    Bolt's default, or ExpressReceiver), verifying signatures and acking — `app_mention` acked
 *    by Bolt itself, every action acked by a listener — and doing nothing else;
 *  - the whole service: startApp as `npm start` runs it, with Slack configured by
 *    SLACK_SIGNING_SECRET + SLACK_BOT_TOKEN and SLACK_API_URL pointing at the fake Slack.
 */
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, ExpressReceiver, HTTPReceiver, LogLevel } from '@slack/bolt';
import { StreamLogger } from '../../src/adapters/log/stream-logger.js';
import { parseConfigText } from '../../src/config/index.js';
import { startApp } from '../../src/main.js';
import type { Store } from '../../src/ports/store.js';
import type { Metrics } from '../../src/ports/metrics.js';
import { noMetrics } from '../../src/ports/metrics.js';
import { BENCH_BOT_TOKEN, BENCH_CHANNEL, BENCH_SIGNING_SECRET } from './slack-requests.js';

export interface SlackTarget {
  /** POST here: …/slack/events. */
  url: string;
  close(): Promise<void>;
  /** The service's own ack times (request reached it → ack sent), ms, as its chatAck metric sees them; `clear` starts afresh. */
  inProcess?: { acks: number[]; clear(): void };
}

export type BoltReceiverKind = 'HTTPReceiver' | 'ExpressReceiver';

export async function startBareBolt(kind: BoltReceiverKind, apiUrl: string): Promise<SlackTarget> {
  const receiver = kind === 'HTTPReceiver' ? new HTTPReceiver({ signingSecret: BENCH_SIGNING_SECRET }) : new ExpressReceiver({ signingSecret: BENCH_SIGNING_SECRET });
  const app = new App({ receiver, token: BENCH_BOT_TOKEN, clientOptions: { slackApiUrl: apiUrl }, logLevel: LogLevel.ERROR });
  app.event('app_mention', async () => {});
  app.action(/.*/, async ({ ack }) => {
    await ack();
  });
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/slack/events`,
    close: async () => {
      server.closeAllConnections();
      await app.stop();
    },
  };
}

/** One Slack configuration (C0ALERTS), so the outbox deliverer for Slack runs too, idle. */
const CONFIG = `configurations:
  - name: alerts
    platform: slack
    channelId: ${BENCH_CHANNEL}
    snsTopicArns: ["arn:aws:sns:us-east-2:111122223333:bench-slack"]
`;

export async function startSlackService(store: Store, apiUrl: string): Promise<SlackTarget> {
  const config = parseConfigText(CONFIG, {
    env: { SLACK_SIGNING_SECRET: BENCH_SIGNING_SECRET, SLACK_BOT_TOKEN: BENCH_BOT_TOKEN, SLACK_API_URL: apiUrl },
    overrides: { server: { port: 0, host: '127.0.0.1' } },
  });
  const acks: number[] = [];
  const metrics: Metrics = { ...noMetrics, chatAck: (_platform, _kind, seconds) => void acks.push(seconds * 1000) };
  const app = await startApp({ config, store, metrics, logger: new StreamLogger({ level: 'error', format: 'text' }) });
  return { url: `${app.url}/slack/events`, close: () => app.close(), inProcess: { acks, clear: () => void acks.splice(0) } };
}

/** The floor for any ack time here: a bare Node http server that reads the body and answers 200, nothing else. */
export async function startBareHttp(): Promise<SlackTarget> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/slack/events`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
