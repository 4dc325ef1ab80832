/**
 * The intake baseline: a bare Node http server doing what any SNS endpoint must do (read the
 * body, parse the envelope, verify the signature, queue the event), with the same parser and
 * verifier as the real route, and an in-memory array as the queue. No Express, no store.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseSnsEnvelope } from '../../src/notifications/intake/sns-envelope.js';
import { createSignatureVerifier } from '../../src/notifications/intake/verify-signature.js';
import type { CertificateSource } from '../../src/ports/sns.js';

export interface BaselineServer {
  url: string;
  queued: { messageId: string; body: string }[];
  close(): Promise<void>;
}

export async function startBaselineServer(certificates: CertificateSource): Promise<BaselineServer> {
  const verifier = createSignatureVerifier({ certificates });
  const queued: BaselineServer['queued'] = [];
  const answer = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      void (async () => {
        const envelope = parseSnsEnvelope(body);
        await verifier.verify(envelope);
        queued.push({ messageId: envelope.MessageId, body });
        answer(res, 200, { result: 'accepted', messageId: envelope.MessageId });
      })().catch((e: unknown) => answer(res, 400, { error: { code: 'BAD', message: String(e) } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/sns`,
    queued,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
