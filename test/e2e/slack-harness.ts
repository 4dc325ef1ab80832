import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StreamLogger } from '../../src/adapters/log/stream-logger.js';
import { parseConfigText } from '../../src/config/index.js';
import { startApp } from '../../src/main.js';
import type { RunningApp } from '../../src/main.js';
import type { SlackApiServer } from '../support/slack-api/slack-api-server.js';
import { startSlackApiServer } from '../support/slack-api/slack-api-server.js';
import type { SlackApiServerOptions } from '../support/slack-api/types.js';
import { createSigningIdentity, FixedCertificateSource, TEST_CERT_URL, TEST_TOPIC_ARN } from '../support/sns-signing.js';
import type { SigningIdentity } from '../support/sns-signing.js';
import { TEST_SIGNING_SECRET } from '../support/slack-signing.js';
import { CHANNEL_ROLE_ACCESS } from '../support/aws-endpoint/role-sessions.js';

export interface SlackTestRig {
  app: RunningApp;
  slack: SlackApiServer;
  sns: SigningIdentity & { certUrl: string; topicArn: string };
  logLines: string[];
  close(): Promise<void>;
}

/** Slack configurations: `alerts` → C0ALERTS (bot is a member), `outside` → C0OTHER (on another topic). */
export const SLACK_CONFIG = `configurations:
  - name: alerts
    platform: slack
    channelId: C0ALERTS
    snsTopicArns: ["${TEST_TOPIC_ARN}"]
${CHANNEL_ROLE_ACCESS}  - name: outside
    platform: slack
    channelId: C0OTHER
    snsTopicArns: ["arn:aws:sns:us-east-2:111122223333:outside"]
`;

/**
 * The real service (startApp, PGlite in a temp directory) with Slack on, pointed at the fake
 * Slack Web API. `env` adds to SLACK_SIGNING_SECRET + SLACK_API_URL (default: one workspace's
 * SLACK_BOT_TOKEN).
 */
export async function startSlackRig(options: { env?: Record<string, string>; config?: string; fake?: SlackApiServerOptions } = {}): Promise<SlackTestRig> {
  const slack = await startSlackApiServer(options.fake);
  const identity = createSigningIdentity();
  const env = { SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET, SLACK_API_URL: slack.url, ...(options.env ?? { SLACK_BOT_TOKEN: 'xoxb-test-token' }) };
  const config = parseConfigText(options.config ?? SLACK_CONFIG, {
    env,
    overrides: { server: { port: 0, host: '127.0.0.1', dataDir: mkdtempSync(join(tmpdir(), 'chatops-slack-')), publicUrl: 'https://chatops.example.com' } },
  });
  const logLines: string[] = [];
  let app: RunningApp;
  try {
    app = await startApp({
      config,
      certificates: new FixedCertificateSource(identity.certificatePem),
      logger: new StreamLogger({ level: 'debug', format: 'json', write: (l) => logLines.push(l) }),
      pipeline: { pollMs: 50, limits: { slack: [{ limit: 100, windowMs: 1000 }] } },
    });
  } catch (e) {
    await slack.close();
    throw e;
  }
  return {
    app,
    slack,
    sns: { ...identity, certUrl: TEST_CERT_URL, topicArn: TEST_TOPIC_ARN },
    logLines,
    async close() {
      await app.close();
      await slack.close();
    },
  };
}

/** An app_mention as Slack sends it (the fixture's shape), in C0ALERTS of team T0001. */
export function mentionEnvelope(text: string, options: { eventId: string; ts: string; threadTs?: string; user?: string; teamId?: string; channel?: string; botUserId?: string }): Record<string, unknown> {
  const teamId = options.teamId ?? 'T0001';
  return {
    token: 'verification_token',
    team_id: teamId,
    api_app_id: 'A0APP',
    event: {
      type: 'app_mention',
      text,
      user: options.user ?? 'U0ALICE',
      ts: options.ts,
      ...(options.threadTs ? { thread_ts: options.threadTs } : {}),
      team: teamId,
      channel: options.channel ?? 'C0ALERTS',
      event_ts: options.ts,
    },
    type: 'event_callback',
    event_id: options.eventId,
    event_time: 1_763_900_000,
    authorizations: [{ enterprise_id: null, team_id: teamId, user_id: options.botUserId ?? 'U0BOT', is_bot: true, is_enterprise_install: false }],
  };
}
