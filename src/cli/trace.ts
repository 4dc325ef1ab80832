import type { DeliveryTrace, DeliveryView, TraceStepView } from '../adapters/http/delivery-trace.js';
import { ChatOpsError, isChatOpsError } from '../core/errors.js';

export interface TraceArgs {
  /** An SNS MessageId or an event id. */
  id?: string;
  url?: string;
  json?: boolean;
}

export interface TraceIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: NodeJS.ProcessEnv;
}

/**
 * `chatops trace ID [--url URL] [--json]`: asks the running service where an event went and
 * prints the timeline (or the JSON of GET /api/trace/:id). Exit 0 when found; 1 when not found,
 * unreachable or refused, with one coded line on stderr.
 */
export async function runTrace(args: TraceArgs, io: TraceIo): Promise<number> {
  try {
    const id = args.id?.trim();
    if (!id) throw new ChatOpsError('CLI_BAD_OPTION', 'Give the SNS MessageId or event id to look up: chatops trace ID.');
    const trace = await fetchTrace(id, args.url, io.env);
    io.stdout(args.json ? JSON.stringify(trace, null, 2) + '\n' : formatTrace(trace));
    return 0;
  } catch (e) {
    io.stderr((isChatOpsError(e) ? e.toLine() : `TRACE_FAILED: ${(e as Error).message}`) + '\n');
    return 1;
  }
}

async function fetchTrace(id: string, url: string | undefined, env: NodeJS.ProcessEnv): Promise<DeliveryTrace> {
  const base = (url ?? `http://127.0.0.1:${env.PORT ?? 3978}`).replace(/\/$/, '');
  const headers: Record<string, string> = { accept: 'application/json' };
  if (env.CHATOPS_ADMIN_TOKEN) headers.authorization = `Bearer ${env.CHATOPS_ADMIN_TOKEN}`;
  let res: Response;
  try {
    res = await fetch(`${base}/api/trace/${encodeURIComponent(id)}`, { headers, signal: AbortSignal.timeout(15_000) });
  } catch (cause) {
    throw new ChatOpsError('TRACE_UNREACHABLE', `No aws-chatops service answers at ${base}.`, { cause, nextStep: 'Start it with "npm start" (or "chatops start"), or give its address with --url.' });
  }
  const body = (await res.json().catch(() => undefined)) as (DeliveryTrace & { error?: { code?: string; message?: string; nextStep?: string } }) | undefined;
  if (res.status !== 200 || !body || typeof body.messageId !== 'string') {
    const error = body?.error;
    throw new ChatOpsError(error?.code ?? 'TRACE_FAILED', error?.message ?? `The service answered HTTP ${res.status}.`, { nextStep: error?.nextStep });
  }
  return body;
}

/** The readable timeline: a heading, one line per step, then one line per chat message. */
export function formatTrace(trace: DeliveryTrace): string {
  const lines: string[] = [];
  const topic = trace.topicArn ? ` from ${trace.topicArn}` : '';
  lines.push(`SNS message ${trace.messageId}${topic}: ${trace.status}`);
  if (trace.eventIds.length) lines.push(`events: ${trace.eventIds.join(', ')}`);
  if (trace.configurationHint) lines.push(`raw delivery for configuration ${trace.configurationHint}`);
  lines.push('', 'times in UTC');
  for (const step of trace.steps) lines.push(stepLine(step));
  lines.push('');
  if (trace.deliveries.length === 0) lines.push(noDelivery(trace));
  for (const d of trace.deliveries) lines.push(deliveryLine(d));
  return lines.join('\n') + '\n';
}

function stepLine(step: TraceStepView): string {
  const parts = [step.configuration, step.eventId && `event ${step.eventId}`, step.detail && describeDetail(step.detail)].filter(Boolean);
  return `${utc(step.at)}  ${step.step.padEnd(10)}  ${parts.join('  ')}`.trimEnd();
}

function deliveryLine(d: DeliveryView): string {
  const where = `${d.configuration} → ${d.platform} ${d.channelId}`;
  const tries = `${d.attempts} ${d.attempts === 1 ? 'try' : 'tries'}`;
  switch (d.status) {
    case 'sent': {
      const thread = d.chatThreadId && d.chatThreadId !== d.chatMessageId ? `, thread ${d.chatThreadId}` : '';
      return `delivered to ${where} (message ${d.chatMessageId ?? '?'}${thread})`;
    }
    case 'dead':
      return `not delivered to ${where}: dead after ${tries}: ${d.lastError ?? 'no reason recorded'}`;
    case 'coalesced':
      return `folded into a digest for ${where}${d.digestId ? ` (digest ${d.digestId})` : ''}${digestOutcome(d)}`;
    case 'pending':
      return d.attempts === 0 ? `waiting to be delivered to ${where}` : `waiting to be delivered to ${where} after ${tries}: ${d.lastError ?? 'no reason recorded'}`;
    default:
      return `${d.status as string} for ${where}`;
  }
}

function digestOutcome(d: DeliveryView): string {
  if (!d.digest) return '';
  if (d.digest.status === 'sent') return `, posted as message ${d.digest.chatMessageId ?? '?'}`;
  if (d.digest.status === 'dead') return `, which was not delivered: ${d.digest.lastError ?? 'no reason recorded'}`;
  return ', which is waiting to be delivered';
}

function noDelivery(trace: DeliveryTrace): string {
  if (trace.status === 'failed') return `not delivered: processing failed: ${trace.lastError ?? 'no reason recorded'}`;
  if (trace.status === 'pending' || trace.status === 'processing') return 'not delivered yet: the event is still being processed';
  const unrouted = trace.steps.find((s) => s.step === 'unrouted');
  if (unrouted) return `not delivered: no channel configuration takes this event${unrouted.detail ? ` (${describeDetail(unrouted.detail)})` : ''}`;
  return 'not delivered: no chat message was made for this event';
}

function describeDetail(detail: Record<string, unknown>): string {
  return Object.entries(detail)
    .map(([key, value]) => {
      const text = typeof value === 'string' ? value : JSON.stringify(value);
      return `${key}=${typeof value === 'string' && /\s/.test(value) ? JSON.stringify(value) : text}`;
    })
    .join(' ');
}

/** 2026-11-23T10:00:01.123Z → 2026-11-23 10:00:01 (UTC). */
function utc(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? at : date.toISOString().slice(0, 19).replace('T', ' ');
}
