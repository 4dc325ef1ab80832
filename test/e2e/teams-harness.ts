import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StreamLogger } from '../../src/adapters/log/stream-logger.js';
import { parseConfigText } from '../../src/config/index.js';
import { startApp } from '../../src/main.js';
import type { RunningApp } from '../../src/main.js';
import { FAKE_TEAMS, startTeamsConnector } from '../support/teams-connector/index.js';
import type { TeamsConnector } from '../support/teams-connector/index.js';
import { TEST_TOPIC_ARN } from '../support/sns-signing.js';
import { CHANNEL_ROLE_ACCESS } from '../support/aws-endpoint/role-sessions.js';

export interface TeamsTestRig {
  app: RunningApp;
  /** The fake Bot Connector: the `serviceUrl` of the activities the tests send. */
  connector: TeamsConnector;
  logLines: string[];
  /** POSTs an activity to /api/messages, as Teams (or the playground) does. */
  send(activity: unknown, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

export const REMOVED_TOPIC_ARN = 'arn:aws:sns:us-east-2:111122223333:removed';

/** Teams configurations: `alerts` → the playground's alerts channel; `removed` → a channel the bot was removed from. */
export const TEAMS_CONFIG = `configurations:
  - name: alerts
    platform: teams
    channelId: "${FAKE_TEAMS.channelId}"
    snsTopicArns: ["${TEST_TOPIC_ARN}"]
${CHANNEL_ROLE_ACCESS}  - name: removed
    platform: teams
    channelId: "${FAKE_TEAMS.removedChannelId}"
    snsTopicArns: ["${REMOVED_TOPIC_ARN}"]
`;

/**
 * The real service (startApp, PGlite in a temp directory) with Teams on as the agents
 * playground runs it: DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS=true and no credentials, so
 * no token is checked or sent. The fake Bot Connector stands in for Teams; activities name it
 * as their serviceUrl, so replies go there. `env` replaces that environment.
 */
export async function startTeamsRig(options: { env?: Record<string, string>; config?: string } = {}): Promise<TeamsTestRig> {
  const connector = await startTeamsConnector({ basePath: '/_connector' });
  const env = options.env ?? { DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS: 'true' };
  const config = parseConfigText(options.config ?? TEAMS_CONFIG, {
    env,
    overrides: { server: { port: 0, host: '127.0.0.1', dataDir: mkdtempSync(join(tmpdir(), 'chatops-teams-')) }, sandbox: { enabled: false } },
  });
  const logLines: string[] = [];
  let app: RunningApp;
  try {
    app = await startApp({
      config,
      logger: new StreamLogger({ level: 'debug', format: 'json', write: (l) => logLines.push(l) }),
      pipeline: { pollMs: 50, limits: { teams: [{ limit: 100, windowMs: 1000 }] } },
    });
  } catch (e) {
    await connector.close();
    throw e;
  }
  return {
    app,
    connector,
    logLines,
    send: (activity, headers = {}) =>
      fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(activity) }),
    async close() {
      await app.close();
      await connector.close();
    },
  };
}
