// Real JWT validation offline: a local JWKS stands in for login.botframework.com, a local
// connector stands in for smba.trafficmanager.net, and the App's outbound token comes from a
// `token` factory instead of MSAL (login.microsoftonline.com).
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { PUBLIC, withOverrides } from '@microsoft/teams.api';
import { createBot } from './bot.js';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const TENANT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const ISSUER = 'https://api.botframework.com'; // cloud.tokenIssuer (exact match)

async function listen(app: express.Express) {
  const server = http.createServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function run() {
  // 1. local "Bot Framework" issuer: JWKS at /v1/.well-known/keys
  const good = await generateKeyPair('RS256', { extractable: true });
  const evil = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(good.publicKey)), kid: 'test-kid', use: 'sig', alg: 'RS256' };
  let jwksHits = 0;
  const issuerApp = express();
  issuerApp.get('/v1/.well-known/keys', (_req, res) => { jwksHits++; res.json({ keys: [jwk] }); });
  const issuer = await listen(issuerApp);

  // 2. local connector (what the activity's serviceUrl points at)
  const seen: { method: string; url: string; auth?: string; body: unknown }[] = [];
  const connectorApp = express();
  connectorApp.use(express.json());
  connectorApp.all(/.*/, (req, res) => {
    seen.push({ method: req.method, url: req.url, auth: req.headers.authorization, body: req.body });
    res.status(201).json({ id: `m${seen.length}` });
  });
  const connector = await listen(connectorApp);

  // 3. the bot, with credentials and a cloud pointing validation at the local JWKS
  const outboundToken = await new SignJWT({ appid: APP_ID }).setProtectedHeader({ alg: 'RS256', kid: 'out' })
    .setIssuer('local').setAudience('https://api.botframework.com').setExpirationTime('1h').sign(good.privateKey);
  const bot = await createBot({
    clientId: APP_ID,
    tenantId: TENANT,
    dangerouslyAllowUnauthenticatedRequests: false,
    cloud: withOverrides(PUBLIC, { openIdMetadataUrl: `${issuer.url}/v1/.well-known/openidconfiguration` }),
    token: async () => outboundToken, // replaces MSAL: no call to login.microsoftonline.com
  });
  const botApp = express();
  botApp.use(express.json());
  botApp.post('/api/messages', bot.adapter.messages());
  const botSrv = await listen(botApp);

  const activity = {
    type: 'message', id: 'a1', text: 'hello', channelId: 'msteams', serviceUrl: connector.url,
    from: { id: 'u1', name: 'User' }, recipient: { id: `28:${APP_ID}`, name: 'aws' },
    conversation: { id: 'c1', conversationType: 'personal' },
  };
  const sign = (o: { iss?: string; aud?: string; serviceurl?: string; exp?: number | string; key?: CryptoKey; kid?: string } = {}) =>
    new SignJWT({ serviceurl: o.serviceurl ?? connector.url })
      .setProtectedHeader({ alg: 'RS256', kid: o.kid ?? 'test-kid' })
      .setIssuer(o.iss ?? ISSUER).setAudience(o.aud ?? APP_ID)
      .setIssuedAt().setNotBefore('0s').setExpirationTime(o.exp ?? '5m')
      .sign(o.key ?? good.privateKey);
  const postActivity = async (auth?: string, body: object = activity) => {
    const r = await fetch(`${botSrv.url}/api/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) }, body: JSON.stringify(body),
    });
    return r.status;
  };

  const cases: [string, () => Promise<number>, number][] = [
    ['valid token', async () => postActivity(`Bearer ${await sign()}`), 200],
    ['no Authorization header', () => postActivity(), 401],
    ['garbage token', () => postActivity('Bearer abc.def.ghi'), 401],
    ['wrong audience', async () => postActivity(`Bearer ${await sign({ aud: 'someone-else' })}`), 401],
    ['wrong issuer', async () => postActivity(`Bearer ${await sign({ iss: 'https://evil.example' })}`), 401],
    ['signed by unknown key (same kid)', async () => postActivity(`Bearer ${await sign({ key: evil.privateKey })}`), 401],
    ['unknown kid', async () => postActivity(`Bearer ${await sign({ kid: 'nope' })}`), 401],
    ['serviceurl claim != activity.serviceUrl', async () => postActivity(`Bearer ${await sign({ serviceurl: 'https://smba.example/' })}`), 401],
    ['expired 2 min ago (inside 300 s tolerance!)', async () => postActivity(`Bearer ${await sign({ exp: Math.floor(Date.now() / 1000) - 120 })}`), 200],
    ['expired 10 min ago', async () => postActivity(`Bearer ${await sign({ exp: Math.floor(Date.now() / 1000) - 600 })}`), 401],
    ['audience api://botid-<appId>', async () => postActivity(`Bearer ${await sign({ aud: `api://botid-${APP_ID}` })}`), 200],
  ];
  for (const [name, fn, want] of cases) {
    const got = await fn();
    console.log(`${got === want ? 'ok  ' : 'FAIL'} ${name}: ${got} (want ${want})`);
    assert.equal(got, want, name);
  }
  console.log('jwks fetched', jwksHits, 'time(s)');
  const replies = seen.filter((s) => s.method === 'POST');
  console.log('connector saw', replies.length, 'POSTs; first:', replies[0]?.url, 'auth:', replies[0]?.auth?.slice(0, 20) + '…');
  assert.ok(replies.every((s) => s.auth === `Bearer ${outboundToken}`), 'outbound calls carry the token factory token');

  // proactive: stored ref -> connector, with the app's token-bearing client
  const sent = await bot.proactive('c1', 'proactive hello');
  console.log('proactive result', sent, 'last connector call', seen.at(-1)?.method, seen.at(-1)?.url);

  // app.send() goes to app.api.serviceUrl (SERVICE_URL env / serviceUrl option / smba default)
  console.log('app.api.serviceUrl =', bot.app.api.serviceUrl);

  for (const s of [issuer.server, connector.server, botSrv.server]) s.close();
}

run().then(() => console.log('all auth checks passed'), (e) => { console.error(e); process.exit(1); });
