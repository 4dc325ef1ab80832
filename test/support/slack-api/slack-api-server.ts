import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FAKE_SLACK } from './defaults.js';
import { fakeMessage } from './message-json.js';
import { TS_PATTERN } from './message-log.js';
import { callMethod } from './method-table.js';
import { readApiRequest } from './read-request.js';
import { SocketModeEndpoint } from './socket-mode.js';
import type { SlackApiCall, SlackApiFailure, SlackApiServer, SlackApiServerOptions } from './types.js';
import { receiveUpload } from './upload-route.js';
import { FakeWorkspace } from './workspace.js';

export type * from './types.js';
export { FAKE_SLACK } from './defaults.js';

/**
 * A local HTTP server that speaks the Slack Web API for the methods we call, records every call,
 * and fails on request. Point WebClient at it with `{ slackApiUrl: server.url }`.
 */
export async function startSlackApiServer(options: SlackApiServerOptions = {}): Promise<SlackApiServer> {
  const workspace = new FakeWorkspace(options);
  const socket = new SocketModeEndpoint(workspace.appId);
  const calls: SlackApiCall[] = [];
  const failures = new Map<string, SlackApiFailure[]>();
  let origin = '';

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname.startsWith('/upload/v1/')) return receiveUpload(workspace, url.pathname.slice('/upload/v1/'.length), req, res);
    if (!url.pathname.startsWith('/api/')) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
      return;
    }
    const method = decodeURIComponent(url.pathname.slice('/api/'.length));
    const request = await readApiRequest(req, url);
    calls.push(request.token === undefined ? { method, args: request.args } : { method, token: request.token, args: request.args });
    const failure = failures.get(method)?.shift();
    if (failure) return answerFailure(res, failure);
    const result = await callMethod(method, { request, args: request.args, workspace, origin, openSocketUrl: () => socket.issueUrl(origin) });
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
    if (request.token !== undefined && workspace.teamByToken(request.token)) headers['x-oauth-scopes'] = FAKE_SLACK.scopes.join(',');
    res.writeHead(200, headers).end(JSON.stringify(result));
  }

  const http = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: false, error: 'fatal_error', detail: String(error) }));
    });
  });
  http.on('upgrade', (req, s, head) => socket.handleUpgrade(req, s, head));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;

  return {
    url: `${origin}/api/`,
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method),
    failNext(method, failure, times = 1) {
      const queue = failures.get(method) ?? [];
      for (let i = 0; i < times; i += 1) queue.push(failure);
      failures.set(method, queue);
    },
    messages(channel) {
      const log = workspace.channels.get(channel)?.log;
      return log ? log.all().filter((m) => m.bot !== undefined).map((m) => fakeMessage(channel, m)) : [];
    },
    addUserMessage(channel, message) {
      const log = workspace.channels.get(channel)?.log;
      if (!log) throw new Error(`the fake Slack has no channel ${channel}`);
      if (message.ts !== undefined && (!TS_PATTERN.test(message.ts) || log.has(message.ts))) throw new Error(`bad or duplicate ts ${message.ts}`);
      const team = workspace.channels.get(channel)?.teamId ?? workspace.teams[0]?.id ?? '';
      const stored = { ts: message.ts ?? workspace.nextTs(), text: message.text, user: message.user, team, replies: [], replyUsers: [] };
      log.add(message.thread_ts === undefined ? stored : { ...stored, threadTs: message.thread_ts });
      return fakeMessage(channel, log.get(stored.ts) ?? stored);
    },
    get files() {
      return workspace.files;
    },
    get views() {
      return workspace.openedViews;
    },
    socket,
    reset() {
      calls.length = 0;
      failures.clear();
      workspace.reset();
    },
    async close() {
      await socket.close();
      http.closeAllConnections();
      await new Promise<void>((resolve, reject) => http.close((e) => (e ? reject(e) : resolve())));
    },
  };
}

function answerFailure(res: ServerResponse, failure: SlackApiFailure): void {
  if ('error' in failure) {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ ok: false, error: failure.error }));
  } else if (failure.status === 429 && 'retryAfterSeconds' in failure) {
    res.writeHead(429, { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(failure.retryAfterSeconds) }).end(JSON.stringify({ ok: false, error: 'ratelimited' }));
  } else {
    res.writeHead(failure.status, { 'content-type': 'text/html' }).end(`<html><body>fake Slack: HTTP ${failure.status}</body></html>`);
  }
}
