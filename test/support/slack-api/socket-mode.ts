import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import type { FakeSocketMode, SocketEnvelopeType } from './types.js';

interface PendingAck {
  ws: WebSocket;
  resolve(ack: { envelope_id: string; payload?: unknown }): void;
  reject(error: Error): void;
}

const DEBUG_INFO = { host: 'fake-slack-applink', build_number: 1, approximate_connection_time: 18060 };
/** Slack pings every connection; @slack/socket-mode drops a connection whose pings stop. */
const PING_EVERY_MS = 5000;

/**
 * Slack's Socket Mode protocol on the fake's own port: apps.connections.open hands out a one-time
 * ws:// URL, the server greets with `hello`, sends envelopes and waits for the client's ack
 * (`{ envelope_id, payload? }`), pings, and can ask clients to reconnect with `disconnect`.
 */
export class SocketModeEndpoint implements FakeSocketMode {
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly tickets = new Set<string>();
  private readonly clients: WebSocket[] = [];
  private readonly pending = new Map<string, PendingAck>();
  private waiters: (() => void)[] = [];
  private readonly pinger = setInterval(() => this.clients.forEach((ws) => ws.ping()), PING_EVERY_MS).unref();

  constructor(private readonly appId: string) {}

  /** A one-time URL for apps.connections.open, like wss://wss-primary.slack.com/link/?ticket=…&app_id=… */
  issueUrl(httpOrigin: string): string {
    const ticket = randomUUID();
    this.tickets.add(ticket);
    return `${httpOrigin.replace(/^http/, 'ws')}/socket-mode?ticket=${ticket}&app_id=${this.appId}`;
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://fake.invalid');
    if (url.pathname !== '/socket-mode' || !this.tickets.delete(url.searchParams.get('ticket') ?? '')) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws));
  }

  connected(): boolean {
    return this.clients.some((ws) => ws.readyState === WebSocket.OPEN);
  }

  waitForConnection(): Promise<void> {
    if (this.connected()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  send(envelope: { type: SocketEnvelopeType; payload: unknown }): Promise<{ envelope_id: string; payload?: unknown }> {
    const ws = [...this.clients].reverse().find((c) => c.readyState === WebSocket.OPEN);
    if (!ws) return Promise.reject(new Error('no Socket Mode client is connected to the fake Slack'));
    const envelopeId = randomUUID();
    const message = {
      envelope_id: envelopeId,
      type: envelope.type,
      payload: envelope.payload,
      accepts_response_payload: envelope.type !== 'events_api',
      retry_attempt: 0,
      retry_reason: '',
    };
    return new Promise((resolve, reject) => {
      this.pending.set(envelopeId, { ws, resolve, reject });
      ws.send(JSON.stringify(message), (error) => {
        if (error && this.pending.delete(envelopeId)) reject(error);
      });
    });
  }

  requestReconnect(reason = 'refresh_requested'): void {
    const message = JSON.stringify({ type: 'disconnect', reason, debug_info: DEBUG_INFO });
    for (const ws of this.clients) if (ws.readyState === WebSocket.OPEN) ws.send(message);
  }

  async close(): Promise<void> {
    clearInterval(this.pinger);
    for (const ws of [...this.clients]) ws.terminate();
    this.rejectPending(() => true, 'the fake Slack closed');
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private accept(ws: WebSocket): void {
    this.clients.push(ws);
    ws.on('message', (data) => this.onMessage(data));
    ws.on('close', () => this.drop(ws));
    ws.on('error', () => ws.terminate());
    ws.send(JSON.stringify({ type: 'hello', num_connections: this.clients.length, debug_info: DEBUG_INFO, connection_info: { app_id: this.appId } }));
    for (const wake of this.waiters.splice(0)) wake();
  }

  private onMessage(data: RawData): void {
    let message: unknown;
    try {
      message = JSON.parse((Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data)).toString('utf8'));
    } catch {
      return;
    }
    const id = (message as { envelope_id?: unknown } | null)?.envelope_id;
    const waiting = typeof id === 'string' ? this.pending.get(id) : undefined;
    if (!waiting || typeof id !== 'string') return;
    this.pending.delete(id);
    const payload = (message as { payload?: unknown }).payload;
    waiting.resolve(payload === undefined ? { envelope_id: id } : { envelope_id: id, payload });
  }

  private drop(ws: WebSocket): void {
    const at = this.clients.indexOf(ws);
    if (at >= 0) this.clients.splice(at, 1);
    this.rejectPending((p) => p.ws === ws, 'the Socket Mode client disconnected before acknowledging');
  }

  private rejectPending(which: (p: PendingAck) => boolean, why: string): void {
    for (const [id, p] of this.pending) {
      if (!which(p)) continue;
      this.pending.delete(id);
      p.reject(new Error(`${why} (envelope ${id})`));
    }
  }
}
