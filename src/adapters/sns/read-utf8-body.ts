/**
 * The SNS endpoint's fast path for reading a body: what SNS always sends (UTF-8 or no charset,
 * no Content-Encoding) is read straight from the request stream, up to `limit` bytes. Anything
 * else returns undefined and goes through express.text (other charsets, gzip/deflate/br).
 * body-parser's generic path costs tens of microseconds per request, which shows at SNS burst
 * rates (see bench/intake.ts). Like body-parser, it strips a UTF-8 BOM, replaces invalid bytes
 * with U+FFFD, reads off the rest of a refused body before failing, and fails with its error
 * `type`s ('entity.too.large', 'request.aborted'), so one mapping serves both paths.
 */
import type { IncomingMessage } from 'node:http';

const CHARSET = /;\s*charset\s*=\s*"?([^";\s]+)/i;

export function isPlainUtf8(req: IncomingMessage): boolean {
  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;
  const charset = CHARSET.exec(req.headers['content-type'] ?? '')?.[1]?.toLowerCase();
  return charset === undefined || charset === 'utf-8' || charset === 'utf8';
}

export function readUtf8Body(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let refused: Error | undefined = Number(req.headers['content-length'] ?? 0) > limit ? tooLarge(limit) : undefined;
    let ended = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) refused ??= tooLarge(limit);
      if (!refused) chunks.push(chunk);
    });
    req.once('end', () => {
      ended = true;
      if (refused) return reject(refused);
      const text = Buffer.concat(chunks, size).toString('utf8');
      resolve(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    });
    req.once('error', (cause) => reject(Object.assign(new Error('The request body could not be read.', { cause }), { type: 'request.aborted' })));
    req.once('close', () => {
      if (!ended) reject(Object.assign(new Error('The request was aborted.'), { type: 'request.aborted' }));
    });
  });
}

function tooLarge(limit: number): Error {
  return Object.assign(new Error(`The request body is larger than ${limit} bytes.`), { type: 'entity.too.large' });
}
