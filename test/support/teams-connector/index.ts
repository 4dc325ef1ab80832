/**
 * A fake Bot Framework Connector (tests only): a local HTTP server on 127.0.0.1 that speaks the
 * Connector REST routes aws-chatops uses, records every request, and fails on request.
 *
 *   const connector = await startTeamsConnector({ basePath?: '/_connector', conversations?: [...] });
 *   new Client(connector.url)                      // @microsoft/teams.api; or SERVICE_URL=connector.url
 *   connector.url                                  // service URL: origin + base path, no trailing slash
 *   connector.requests                             // [{ method, path, conversationId, activityId, headers, authorization, body, status }]
 *   connector.messages(channelOrChatId)            // [{ id, conversationId, threadId, replyToId, text, textFormat, card, attachments, updates }]
 *   connector.addConversation({ id, type: 'channel' | 'groupChat' | 'personal', teamId?, botRemoved? })
 *   connector.removeBot(conversationId)            // later calls: 403 BotNotInConversationRoster
 *   connector.failNext(status, body?, headers?)    // the next request (any route) fails so
 *   connector.rateLimit(n, retryAfterSeconds)      // the next n requests: 429 + Retry-After
 *   connector.reset(); await connector.close();
 *
 * Routes (under the base path): POST /v3/conversations/{id}/activities (201 {id}),
 * POST …/activities/{activityId} (reply), PUT …/activities/{activityId} (200 {id}), DELETE.
 * A channel id with `;messageid=<root>` addresses that thread: the message is kept in the
 * channel with threadId = root (a root the fake never saw, such as a person's post, is fine).
 * Unknown conversation → 404 ConversationNotFound; bot removed → 403 BotNotInConversationRoster;
 * unknown activity on PUT/DELETE → 404 ActivityNotFoundInConversation; a thread id on a chat →
 * 400 BadArgument; a typing activity is accepted and not kept. Every Adaptive Card attachment
 * is checked with adaptive-card-validator.ts (400 BadArgument) and the message against about
 * 80 KB (400 MessageSizeTooBig). Errors have the Connector's body `{ error: { code, message } }`.
 * Ids are numeric strings counting up from FAKE_TEAMS.firstMessageId. Default conversations:
 * FAKE_TEAMS (defaults.ts), the Agents Playground's ids.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { activityRoute } from './activity-routes.js';
import { ConnectorError, ConnectorState } from './connector-state.js';
import { defaultConversations } from './defaults.js';
import type { ConnectorFailure, ConnectorRequest, TeamsConnector, TeamsConnectorOptions } from './types.js';

export type * from './types.js';
export { FAKE_TEAMS } from './defaults.js';

const ROUTE = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;
const DEFAULT_CODES: Record<number, string> = { 400: 'BadArgument', 401: 'Unauthorized', 403: 'Forbidden', 404: 'NotFound', 429: 'TooManyRequests', 500: 'InternalServerError', 502: 'BadGateway', 503: 'ServiceUnavailable' };

export async function startTeamsConnector(options: TeamsConnectorOptions = {}): Promise<TeamsConnector> {
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const state = new ConnectorState(options.conversations ?? defaultConversations());
  const requests: ConnectorRequest[] = [];
  const failures: ConnectorFailure[] = [];

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    // Service URLs often end in '/', and the SDK appends '/v3/…': Teams takes the '//' too.
    const full = (req.url ?? '/').replace(/\/{2,}/g, '/');
    const path = full.startsWith(`${basePath}/`) ? full.slice(basePath.length) : undefined;
    const route = path === undefined ? null : ROUTE.exec(path.split('?')[0]!);
    const conversationId = route ? decodeURIComponent(route[1]!) : undefined;
    const activityId = route?.[2] !== undefined ? decodeURIComponent(route[2]) : undefined;
    const authorization = req.headers.authorization;
    const request: ConnectorRequest = {
      method: req.method ?? 'GET',
      path: path ?? full,
      ...(conversationId !== undefined ? { conversationId } : {}),
      ...(activityId !== undefined ? { activityId } : {}),
      headers: { ...req.headers },
      ...(authorization !== undefined ? { authorization } : {}),
      body: parseJson(raw),
      status: 0,
    };
    requests.push(request);
    const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      request.status = status;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(body));
    };
    const failure = failures.shift();
    if (failure) return answer(failure.status, failure.body ?? errorBody(DEFAULT_CODES[failure.status] ?? `Http${failure.status}`, 'Failure asked for by the test.'), failure.headers);
    if (!route || conversationId === undefined) return answer(404, errorBody('NotFound', `No route for ${req.method} ${full}.`));
    try {
      const out = activityRoute(state, request.method, conversationId, activityId, raw);
      answer(out.status, out.body);
    } catch (e) {
      if (!(e instanceof ConnectorError)) throw e;
      answer(e.status, errorBody(e.code, e.message));
    }
  }

  const http = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify(errorBody('InternalServerError', String(error))));
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;

  return {
    url: `${origin}${basePath}`,
    requests,
    messages: (conversationId) => state.messages(conversationId),
    addConversation(conversation) {
      state.conversations.set(conversation.id, { ...conversation });
    },
    removeBot(conversationId) {
      const conversation = state.conversations.get(conversationId);
      if (!conversation) throw new Error(`the fake connector has no conversation ${conversationId}`);
      conversation.botRemoved = true;
    },
    failNext(status, body, headers) {
      failures.push({ status, ...(body !== undefined ? { body } : {}), ...(headers ? { headers } : {}) });
    },
    rateLimit(n, retryAfterSeconds) {
      for (let i = 0; i < n; i++) failures.push({ status: 429, headers: { 'retry-after': String(retryAfterSeconds) } });
    },
    reset() {
      requests.length = 0;
      failures.length = 0;
      state.reset();
    },
    async close() {
      http.closeAllConnections();
      await new Promise<void>((resolve, reject) => http.close((e) => (e ? reject(e) : resolve())));
    },
  };
}

function errorBody(code: string, message: string): { error: { code: string; message: string } } {
  return { error: { code, message } };
}

function parseJson(raw: string): unknown {
  if (raw === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
