import type { IncomingMessage } from 'node:http';

/** A Web API request as the fake sees it: who called and with which arguments. */
export interface ApiRequest {
  token?: string;
  args: Record<string, unknown>;
  basicAuth?: { user: string; password: string };
  /** Set when the body was not what its Content-Type said (Slack answers invalid_json / invalid_form_data). */
  bodyError?: 'invalid_json' | 'invalid_form_data';
}

/** Arguments Slack takes as JSON-encoded strings; recorded parsed so tests can compare values. */
const JSON_ARGS = ['blocks', 'attachments', 'metadata', 'view', 'files'];

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Reads a form-encoded, JSON or multipart body plus the query string, and the token from Authorization or the `token` argument. */
export async function readApiRequest(req: IncomingMessage, url: URL): Promise<ApiRequest> {
  const body = await readBody(req);
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const out: ApiRequest = { args: Object.fromEntries(url.searchParams) };
  if (body.length > 0) {
    try {
      Object.assign(out.args, await parseBody(type, body, req.headers['content-type'] ?? ''));
    } catch {
      out.bodyError = type === 'application/json' ? 'invalid_json' : 'invalid_form_data';
    }
  }
  const auth = req.headers.authorization ?? '';
  const bearer = /^Bearer\s+(\S+)/i.exec(auth)?.[1];
  const basic = /^Basic\s+(\S+)/i.exec(auth)?.[1];
  if (basic) {
    const decoded = Buffer.from(basic, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    out.basicAuth = { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  }
  const formToken = out.args.token;
  delete out.args.token;
  const token = bearer ?? (typeof formToken === 'string' && formToken !== '' ? formToken : undefined);
  if (token !== undefined) out.token = token;
  for (const key of JSON_ARGS) {
    const value = out.args[key];
    if (typeof value === 'string') {
      try {
        out.args[key] = JSON.parse(value);
      } catch {
        // left as sent: the method answers with its own error for a malformed value
      }
    }
  }
  return out;
}

async function parseBody(type: string, body: Buffer, contentType: string): Promise<Record<string, unknown>> {
  if (type === 'application/json') {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
    return parsed as Record<string, unknown>;
  }
  if (type === 'multipart/form-data') {
    const args: Record<string, unknown> = {};
    for (const [key, value] of await formEntries(contentType, body)) args[key] = typeof value === 'string' ? value : value.toString('utf8');
    return args;
  }
  return Object.fromEntries(new URLSearchParams(body.toString('utf8')));
}

/** A string argument; numbers are accepted as Slack does. */
export function str(args: Record<string, unknown>, key: string): string | undefined {
  const v = args[key];
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  return undefined;
}

/** A boolean argument: true, "true" or "1". */
export function flag(args: Record<string, unknown>, key: string): boolean {
  const v = args[key];
  return v === true || v === 1 || v === 'true' || v === '1';
}

export function int(args: Record<string, unknown>, key: string): number | undefined {
  const s = str(args, key);
  if (s === undefined || !/^-?\d+$/.test(s.trim())) return undefined;
  return Number(s);
}

/** The parts of a multipart/form-data body: strings for fields, bytes for files. */
export async function formEntries(contentType: string, body: Buffer): Promise<[string, string | Buffer][]> {
  const form = await new Request('http://fake.invalid/', { method: 'POST', headers: { 'content-type': contentType }, body: new Uint8Array(body) }).formData();
  const raw: [string, FormDataEntryValue][] = [];
  form.forEach((value, key) => raw.push([key, value]));
  return Promise.all(raw.map(async ([key, value]): Promise<[string, string | Buffer]> => [key, typeof value === 'string' ? value : Buffer.from(await value.arrayBuffer())]));
}
