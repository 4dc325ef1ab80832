import assert from 'node:assert/strict';
import { request } from 'node:http';
import { gzipSync } from 'node:zlib';
import { notificationFields } from '../../support/sns-signing.js';
import { errorOf, type SnsHarness, startSnsHarness } from './sns-harness.js';

/** Sends the body in pieces without a Content-Length (chunked), as a streaming client would. */
function postChunked(url: string, pieces: readonly Buffer[], headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    for (const piece of pieces) req.write(piece);
    req.end();
  });
}

// Both ways in: the fast path in front of Express, and the Express routes alone.
for (const expressOnly of [false, true]) describe(`SNS endpoint: reading the body${expressOnly ? ' (Express routes only)' : ''}`, () => {
  let sns: SnsHarness;
  afterEach(async () => sns?.close());

  it('reads UTF-8 text, multi-byte characters included, exactly as sent', async () => {
    sns = await startSnsHarness({ expressOnly });
    const fields = notificationFields({ Subject: 'Überlast — 東京 🚨', Message: 'naïve café' });
    const body = sns.sign(fields);

    const res = await sns.post('/sns', body);

    assert.equal(res.status, 200);
    assert.equal((await sns.store.inbox.get(fields.MessageId))?.body, body);
  });

  it('reads a body that names no charset as UTF-8', async () => {
    sns = await startSnsHarness({ expressOnly });
    const fields = notificationFields({ Message: 'grüße' });
    const res = await sns.post('/sns', sns.sign(fields), { 'content-type': 'text/plain' });
    assert.equal(res.status, 200);
  });

  it('drops a UTF-8 byte order mark in front of the envelope', async () => {
    sns = await startSnsHarness({ expressOnly });
    const fields = notificationFields();
    const body = sns.sign(fields);

    const res = await sns.post('/sns', `\uFEFF${body}`);

    assert.equal(res.status, 200);
    assert.equal((await sns.store.inbox.get(fields.MessageId))?.body, body);
  });

  it('still reads other charsets and gzip-compressed bodies', async () => {
    sns = await startSnsHarness({ expressOnly });
    const latin1 = notificationFields({ Message: 'café' });
    const gzipped = notificationFields();

    const postBytes = (bytes: Buffer, headers: Record<string, string>) => fetch(`${sns.url}/sns`, { method: 'POST', body: new Uint8Array(bytes), headers });
    const a = await postBytes(Buffer.from(sns.sign(latin1), 'latin1'), { 'content-type': 'text/plain; charset=ISO-8859-1' });
    const b = await postBytes(gzipSync(sns.sign(gzipped)), { 'content-type': 'text/plain; charset=UTF-8', 'content-encoding': 'gzip' });

    assert.equal(a.status, 200, await a.clone().text());
    assert.equal(b.status, 200, await b.clone().text());
    assert.equal(JSON.parse((await sns.store.inbox.get(latin1.MessageId))!.body).Message, 'café');
  });

  it('answers a chunked body that grows over the limit with 413, and keeps serving', async () => {
    sns = await startSnsHarness({ expressOnly });
    const piece = Buffer.alloc(256 * 1024, 'x');

    const res = await postChunked(`${sns.url}/sns`, [piece, piece, piece, piece, piece], { 'content-type': 'text/plain; charset=utf-8' });

    assert.equal(res.status, 413);
    assert.equal(JSON.parse(res.body).error.code, 'SNS_BODY_TOO_LARGE');
    assert.equal((await sns.post('/sns', sns.sign(notificationFields()))).status, 200);
  });

  it('answers an unknown charset with 415', async () => {
    sns = await startSnsHarness({ expressOnly });
    const res = await sns.post('/sns', sns.sign(notificationFields()), { 'content-type': 'text/plain; charset=klingon-8' });
    assert.equal(res.status, 415);
    assert.equal((await errorOf(res)).code, 'SNS_UNSUPPORTED_MEDIA_TYPE');
  });
});
