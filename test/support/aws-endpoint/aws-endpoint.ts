/**
 * A local HTTP endpoint that answers like AWS, for running real SDK v3 clients without the
 * network. It records every request (method, path, headers, body, and the operation it names:
 * the X-Amz-Target of JSON protocols or the Action of query protocols) and answers with what
 * the test's handler returns (replies.ts builds AWS-shaped answers per protocol).
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface AwsRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** JSON 1.0/1.1: the X-Amz-Target operation (after the dot); query/EC2: the Action; else undefined. */
  operation?: string;
}

export interface AwsReply {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  /** Wait this long before answering (to test time limits). */
  delayMs?: number;
}

export interface AwsEndpoint {
  url: string;
  requests: AwsRequest[];
  close(): Promise<void>;
}

function operationOf(headers: IncomingHttpHeaders, body: string): string | undefined {
  const target = headers['x-amz-target'];
  if (typeof target === 'string') return target.slice(target.lastIndexOf('.') + 1);
  if (String(headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) return new URLSearchParams(body).get('Action') ?? undefined;
  return undefined;
}

/** Starts the endpoint on a free local port. */
export async function startAwsEndpoint(handler: (req: AwsRequest) => AwsReply): Promise<AwsEndpoint> {
  const requests: AwsRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const request: AwsRequest = { method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, body, operation: operationOf(req.headers, body) };
      requests.push(request);
      const reply = handler(request);
      const send = () => {
        res.writeHead(reply.status ?? 200, { 'x-amzn-requestid': 'req-0001', ...reply.headers });
        res.end(reply.body ?? '');
      };
      if (!reply.delayMs) return send();
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!res.destroyed) send();
      }, reply.delayMs);
      timers.add(timer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
