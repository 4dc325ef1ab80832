import type { IncomingMessage, ServerResponse } from 'node:http';
import { formEntries, readBody } from './read-request.js';
import type { FakeWorkspace } from './workspace.js';

/**
 * Step 2 of files.uploadV2: the POST to the URL files.getUploadURLExternal gave. WebClient sends
 * multipart/form-data with the bytes in one part; a raw body works too, as it does on Slack.
 */
export async function receiveUpload(workspace: FakeWorkspace, fileId: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readBody(req);
  const upload = workspace.uploads.get(fileId);
  if (!upload || req.method !== 'POST') {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
    return;
  }
  const contentType = req.headers['content-type'] ?? '';
  let bytes = body;
  if (contentType.toLowerCase().startsWith('multipart/form-data')) {
    const part = (await formEntries(contentType, body)).find(([, v]) => typeof v !== 'string')?.[1];
    bytes = Buffer.isBuffer(part) ? part : Buffer.alloc(0);
  }
  upload.content = bytes.toString('utf8');
  res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(`OK - ${bytes.length}`);
}
