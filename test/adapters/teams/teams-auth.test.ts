import assert from 'node:assert/strict';
import { createHttpServer } from '../../../src/adapters/http/server.js';
import type { ListeningHttpServer } from '../../../src/adapters/http/server.js';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import { createTeamsApp } from '../../../src/adapters/teams/teams-app.js';
import type { TeamsApp } from '../../../src/adapters/teams/teams-app.js';
import type { TeamsEnv } from '../../../src/config/env.js';
import { systemClock } from '../../../src/ports/clock.js';
import { waitFor } from '../../e2e/app-harness.js';
import { startTeamsRig } from '../../e2e/teams-harness.js';
import { RecordingLogger } from '../../support/recording-logger.js';
import { FAKE_TEAMS, startTeamsConnector } from '../../support/teams-connector/index.js';
import type { TeamsConnector } from '../../support/teams-connector/index.js';
import { startBotFrameworkIssuer } from './support/bot-framework-issuer.js';
import type { BotFrameworkIssuer } from './support/bot-framework-issuer.js';
import { mentionMessage } from './support/synthetic-activities.js';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const TENANT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

/** A JWT with `alg: none`: claims that look right, no signature. */
function unsignedToken(claims: Record<string, unknown>): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
}

interface Bot {
  teams: TeamsApp;
  logger: RecordingLogger;
  listening: ListeningHttpServer;
  send(activity: unknown, authorization?: string): Promise<number>;
  close(): Promise<void>;
}

/** createTeamsApp on our HTTP server, its signing keys and outbound token from the local issuer. */
async function startBot(teamsEnv: TeamsEnv, issuer: BotFrameworkIssuer | undefined, withTokenFactory: boolean): Promise<Bot> {
  const store = createMemoryStore();
  const logger = new RecordingLogger();
  const teams = await createTeamsApp({
    teams: teamsEnv,
    store: store.teamsConversations,
    configurations: [],
    preferences: store.preferences,
    logger,
    clock: systemClock,
    ...(issuer ? { openIdMetadataUrl: issuer.openIdMetadataUrl } : {}),
    ...(issuer && withTokenFactory ? { token: () => issuer.outboundToken(APP_ID) } : {}),
  });
  const http = createHttpServer({ logger });
  http.mount((router) => teams.mount(router));
  const listening = await http.listen(0, '127.0.0.1');
  return {
    teams,
    logger,
    listening,
    async send(activity, authorization) {
      const res = await fetch(`${listening.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) }, body: JSON.stringify(activity) });
      await res.arrayBuffer();
      return res.status;
    },
    async close() {
      await listening.close();
      await teams.stop();
    },
  };
}

describe('Teams requests are authenticated (Bot Framework JWT)', function () {
  this.timeout(30_000);
  let issuer: BotFrameworkIssuer;
  let connector: TeamsConnector;
  before(async () => {
    issuer = await startBotFrameworkIssuer();
    connector = await startTeamsConnector();
  });
  after(async () => {
    await issuer?.close();
    await connector?.close();
  });

  describe('with credentials (CLIENT_ID and a token factory)', () => {
    let bot: Bot;
    const activity = () => mentionMessage(connector.url, 'help');
    const bearer = async (o: { audience?: string; issuer?: string; expiresAt?: number; serviceUrl?: string; unknownKey?: boolean } = {}) =>
      `Bearer ${await issuer.token({ audience: APP_ID, serviceUrl: connector.url, ...o })}`;
    before(async () => {
      bot = await startBot({ clientId: APP_ID, tenantId: TENANT, dangerouslyAllowUnauthenticatedRequests: false }, issuer, true);
    });
    after(async () => {
      await bot?.close();
    });

    it('accepts an activity with a valid token and answers with the bot token on the way out', async () => {
      const seen = connector.requests.length;
      assert.equal(await bot.send(activity(), await bearer()), 200);
      const reply = await waitFor('the answer at the connector', async () => connector.requests.slice(seen).find((r) => r.method === 'POST' && r.status === 201));
      assert.equal(reply.authorization, `Bearer ${await issuer.outboundToken(APP_ID)}`);
    });

    it('accepts the audience api://botid-<app id>', async () => {
      assert.equal(await bot.send(activity(), await bearer({ audience: `api://botid-${APP_ID}` })), 200);
    });

    it('refuses an activity without an Authorization header (401)', async () => {
      assert.equal(await bot.send(activity()), 401);
    });

    it('refuses a token for another app (wrong audience)', async () => {
      assert.equal(await bot.send(activity(), await bearer({ audience: 'someone-else' })), 401);
    });

    it('refuses a token from another issuer', async () => {
      assert.equal(await bot.send(activity(), await bearer({ issuer: 'https://evil.example' })), 401);
    });

    it('refuses a token signed by a key the issuer does not publish', async () => {
      assert.equal(await bot.send(activity(), await bearer({ unknownKey: true })), 401);
    });

    it('refuses a token that expired ten minutes ago', async () => {
      assert.equal(await bot.send(activity(), await bearer({ expiresAt: Math.floor(Date.now() / 1000) - 600 })), 401);
    });

    it("refuses a token whose serviceurl claim is not the activity's serviceUrl", async () => {
      assert.equal(await bot.send(activity(), await bearer({ serviceUrl: 'https://smba.trafficmanager.net/amer/' })), 401);
    });

    it('hands no refused activity to the handlers, and logs refusals as warnings', async () => {
      const before = connector.requests.length;
      await bot.send(mentionMessage(connector.url, 'help'), await bearer({ audience: 'someone-else' }));
      await bot.teams.idle();
      assert.equal(connector.requests.length, before);
      assert.ok(bot.logger.lines.some((l) => l.level === 'warn' && l.fields?.code === 'TEAMS_REQUEST_REFUSED'));
      assert.ok(!bot.logger.lines.some((l) => l.level === 'error'), bot.logger.warnings.join('\n'));
    });
  });

  it('with CLIENT_ID and CLIENT_SECRET and the flag unset, refuses an unsigned token (401)', async () => {
    const bot = await startBot({ clientId: APP_ID, clientSecret: 'not-a-real-secret', tenantId: TENANT, dangerouslyAllowUnauthenticatedRequests: false }, issuer, false);
    try {
      const claims = { iss: 'https://api.botframework.com', aud: APP_ID, serviceurl: connector.url, exp: Math.floor(Date.now() / 1000) + 300 };
      assert.equal(await bot.send(mentionMessage(connector.url, 'help'), `Bearer ${unsignedToken(claims)}`), 401);
      assert.equal(await bot.send(mentionMessage(connector.url, 'help')), 401);
    } finally {
      await bot.close();
    }
  });

  it('with DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS and no credentials, accepts an activity without a token and says so at start', async () => {
    const bot = await startBot({ dangerouslyAllowUnauthenticatedRequests: true }, undefined, false);
    try {
      assert.equal(bot.teams.mode, 'unauthenticated');
      assert.ok(bot.logger.lines.some((l) => l.level === 'warn' && /unauthenticated/i.test(l.message)), 'a warning at start');
      const seen = connector.requests.length;
      assert.equal(await bot.send(mentionMessage(connector.url, 'help')), 200);
      await bot.teams.idle();
      assert.ok(connector.messages(FAKE_TEAMS.channelId).some((m) => JSON.stringify(m.card).includes('aws-chatops help')));
      const answers = connector.requests.slice(seen);
      assert.ok(answers.length > 0 && answers.every((r) => r.authorization === undefined), 'no Authorization header goes out without credentials');
    } finally {
      await bot.close();
    }
  });

  it('the service started with CLIENT_ID and CLIENT_SECRET refuses an activity without a token (401)', async () => {
    const rig = await startTeamsRig({ env: { CLIENT_ID: APP_ID, CLIENT_SECRET: 'not-a-real-secret', TENANT_ID: TENANT } });
    try {
      assert.ok(rig.app.teams, 'Teams runs with credentials');
      assert.equal(rig.app.teams.mode, 'authenticated');
      const res = await rig.send(mentionMessage(rig.connector.url, 'help'));
      assert.equal(res.status, 401);
      assert.deepEqual(await res.json(), { error: 'Missing authorization header' });
      assert.equal(rig.connector.requests.length, 0);
    } finally {
      await rig.close();
    }
  });
});
