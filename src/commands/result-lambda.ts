/**
 * The result card of `lambda invoke` (also `@aws invoke FN` and Lambda custom actions, which run
 * as that command). The SDK answers HTTP 200 even when the function threw: `FunctionError`
 * ("Unhandled", or "Handled" from old runtimes) is set and `Payload` holds the error document
 * (`{"errorType","errorMessage","trace"}`), so it is checked every time and shown as a failure:
 * "Lambda `fn` failed (Unhandled): Error: this is an error", the trace collapsed and cut, the log
 * tail, and what to try next. A success shows the payload (UTF-8 JSON pretty-printed, else the
 * text; bytes that are not UTF-8 as base64), like the reference's "Payload / StatusCode /
 * ExecutedVersion" answer. `LogResult` (`--log-type Tail`) is the base64 of the log's last 4 KB.
 */
import type { Card, CardField, CardSection, CodeSection } from '../core/card.js';
import { shortFunctionName } from './lambda-function-name.js';
import { toPlainJson } from './result-json.js';

/** Characters of the decoded log tail shown (its end: the error and the REPORT line). */
export const LOG_TAIL_SHOWN = 1_500;
/** Lines of an error's stack trace shown. */
export const TRACE_LINES_SHOWN = 12;
/** Characters of the error message shown in the headline. */
const MESSAGE_SHOWN = 600;
/** Characters of the payload kept in the card (Slack attaches long output as a file; a synchronous payload is ≤ 6 MB). */
const PAYLOAD_KEPT = 200_000;

export interface LambdaCardInput {
  /** The function as given (a name, an ARN or a partial ARN), if known. */
  functionName?: string;
  /** The SDK's answer (without $metadata): StatusCode, FunctionError, LogResult, Payload, ExecutedVersion. */
  output: Record<string, unknown>;
  /** "Account … · Region …", as the other result cards say it. */
  where: string;
  requestId?: string;
}

/** True for the operation this card is for. */
export function isLambdaInvoke(service: string, operationCli: string): boolean {
  return service === 'lambda' && operationCli === 'invoke';
}

/** True when the function ran and failed (AWS answered 200 with X-Amz-Function-Error). */
export function lambdaFailed(output: Record<string, unknown>): boolean {
  return typeof output.FunctionError === 'string' && output.FunctionError !== '';
}

function text(bytes: unknown): string | undefined {
  if (bytes === undefined || bytes === null) return undefined;
  const plain = toPlainJson(bytes);
  return typeof plain === 'string' ? plain : JSON.stringify(plain);
}

/** The payload as shown: pretty JSON when it is JSON, else the text as is. */
function payloadSection(payload: string): CardSection {
  const kept = payload.length > PAYLOAD_KEPT ? payload.slice(0, PAYLOAD_KEPT) : payload;
  const note = kept === payload ? '' : `\n… (${payload.length.toLocaleString('en-US')} characters in all)`;
  try {
    return { type: 'code', title: 'Payload', code: JSON.stringify(JSON.parse(kept), null, 2) + note, language: 'json' };
  } catch {
    return { type: 'code', title: 'Payload', code: kept + note };
  }
}

/** The decoded log tail, its end kept (cut at a line start). */
function logSection(logResult: unknown): CodeSection | undefined {
  if (typeof logResult !== 'string' || logResult === '') return undefined;
  const log = Buffer.from(logResult, 'base64').toString('utf8').trimEnd();
  if (!log) return undefined;
  let shown = log;
  if (log.length > LOG_TAIL_SHOWN) {
    const tail = log.slice(-LOG_TAIL_SHOWN);
    const nl = tail.indexOf('\n');
    shown = `… (the log tail is cut to its last lines)\n${nl >= 0 && nl < tail.length - 1 ? tail.slice(nl + 1) : tail}`;
  }
  return { type: 'code', title: 'Log tail', code: shown, language: 'log' };
}

function fields(output: Record<string, unknown>, functionName: string | undefined): CardField[] {
  return [
    ...(functionName ? [{ label: 'Function', value: functionName, short: true }] : []),
    ...(output.StatusCode !== undefined ? [{ label: 'Status code', value: String(output.StatusCode), short: true }] : []),
    ...(typeof output.ExecutedVersion === 'string' ? [{ label: 'Executed version', value: output.ExecutedVersion, short: true }] : []),
    ...(lambdaFailed(output) ? [{ label: 'Function error', value: String(output.FunctionError), short: true }] : []),
  ];
}

interface ErrorDocument {
  headline: string;
  trace: string[];
}

/** `{"errorType","errorMessage","trace"}` (the runtimes' shape); any other payload is shown as its text. */
function errorDocument(payload: string | undefined): ErrorDocument {
  if (!payload) return { headline: 'the function returned no error details', trace: [] };
  try {
    const doc = JSON.parse(payload) as unknown;
    if (doc && typeof doc === 'object' && !Array.isArray(doc)) {
      const { errorType, errorMessage, trace, stackTrace } = doc as Record<string, unknown>;
      if (typeof errorType === 'string' || typeof errorMessage === 'string') {
        const lines = Array.isArray(trace) ? trace : Array.isArray(stackTrace) ? stackTrace : [];
        const headline = [errorType, errorMessage].filter((x) => typeof x === 'string' && x !== '').join(': ');
        return { headline, trace: lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).flatMap((l) => l.split('\n')) };
      }
    }
    return { headline: typeof doc === 'string' ? doc : payload, trace: [] };
  } catch {
    return { headline: payload, trace: [] };
  }
}

function cut(line: string, max: number): string {
  const one = line.replace(/\s+/g, ' ').trim();
  return one.length <= max ? one : `${one.slice(0, max - 1)}…`;
}

/** What to try after a failure: the log, and for a time-out the time limit. */
function nextStep(headline: string, logGroup: string, hasLog: boolean): string {
  const timedOut = /timed ?out/i.test(headline);
  const logs = hasLog
    ? `The end of its log is above; all of it is in the log group ${logGroup}.`
    : `Add --log-type Tail to see the end of its log here, or read the log group ${logGroup} (@aws logs filter-log-events --log-group-name ${logGroup} --filter-pattern ERROR).`;
  const fix = timedOut
    ? 'It ran out of time: raise its timeout (@aws lambda update-function-configuration --timeout), or invoke it with --invocation-type Event so it runs in the background.'
    : 'Fix the function or the payload, then run it again.';
  return `${fix} ${logs}`;
}

/**
 * "Lambda `fn` failed (Unhandled): Error: boom" as one markdown line when the message can't be
 * read as markup (the neutral markdown has no escapes); else the message in a plain section below.
 */
function headlineSections(name: string | undefined, kind: string, said: string): CardSection[] {
  const lead = `Lambda ${name && !name.includes('`') ? `\`${name}\`` : (name ?? 'function')} failed (${kind}):`;
  if (!/[`*_[\]]/.test(said)) return [{ type: 'text', format: 'markdown', text: `${lead} ${said}` }];
  return [{ type: 'text', format: 'markdown', text: lead }, { type: 'text', text: said }];
}

function failureCard(input: LambdaCardInput, payload: string | undefined): Card {
  const name = input.functionName ? shortFunctionName(input.functionName) : undefined;
  const label = name ?? 'function';
  const kind = String(input.output.FunctionError);
  const { headline, trace } = errorDocument(payload);
  const said = cut(headline, MESSAGE_SHOWN) || 'no error message';
  const log = logSection(input.output.LogResult);
  const traceShown = trace.slice(0, TRACE_LINES_SHOWN).join('\n') + (trace.length > TRACE_LINES_SHOWN ? `\n… ${trace.length - TRACE_LINES_SHOWN} more lines` : '');
  const title = `Lambda ${label} failed (${kind})`;
  return {
    title,
    severity: 'high',
    subtitle: input.where,
    sections: [
      ...headlineSections(name, kind, said),
      ...(trace.length ? [{ type: 'code' as const, title: 'Stack trace', code: traceShown, collapsed: true }] : []),
      ...(log ? [log] : []),
      { type: 'fields', fields: fields(input.output, input.functionName) },
      { type: 'text', title: 'Next step', text: nextStep(headline, `/aws/lambda/${label}`, log !== undefined) },
    ],
    ...(input.requestId ? { footer: `Request ID ${input.requestId}` } : {}),
    fallbackText: `Lambda \`${label}\` failed (${kind}): ${said}`,
  };
}

function successCard(input: LambdaCardInput, payload: string | undefined): Card {
  const status = Number(input.output.StatusCode);
  const log = logSection(input.output.LogResult);
  const sections: CardSection[] = [];
  if (status === 202) sections.push({ type: 'text', text: 'Lambda accepted the event: the function runs in the background, so its result is not shown here. Its log group has what it did.' });
  else if (status === 204) sections.push({ type: 'text', text: 'Dry run: the input and the permissions are valid; the function did not run.' });
  else if (payload === undefined || payload === '') sections.push({ type: 'text', text: 'The function returned nothing.' });
  else sections.push(payloadSection(payload));
  if (log) sections.push({ ...log, collapsed: true });
  sections.push({ type: 'fields', fields: fields(input.output, input.functionName) });
  const name = input.functionName ? shortFunctionName(input.functionName) : undefined;
  return {
    title: 'lambda invoke',
    severity: 'success',
    subtitle: input.where,
    sections,
    ...(input.requestId ? { footer: `Request ID ${input.requestId}` } : {}),
    fallbackText: `lambda invoke${name ? ` ${name}` : ''}: status ${Number.isFinite(status) ? status : 'unknown'} (${input.where})`,
  };
}

/** The card for a `lambda invoke` answer: a failure card when FunctionError is set, else the payload. */
export function lambdaInvokeCard(input: LambdaCardInput): Card {
  const payload = text(input.output.Payload);
  return lambdaFailed(input.output) ? failureCard(input, payload) : successCard(input, payload);
}
