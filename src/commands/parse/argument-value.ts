/**
 * One option's text → its value, as awscli's argprocess.py does it: JSON when the text starts
 * with `{` or `[` (or always, for documents); shorthand for structures, maps and lists of
 * complex shapes (a bare word for a `{Value: string}` structure, e.g. `--instance-type t3.large`);
 * a list of scalars from its words; numbers checked here. Timestamps and blobs stay text until
 * the parameter check. Values the CLI would read from a file (`file://`, `fileb://`, streaming
 * blobs) or fetch (`http(s)://` where the CLI fetches) are refused: chat reads no files and
 * fetches nothing.
 */
import type { Shape } from '../schema/index-types.js';
import { CommandParseError } from './parse-error.js';
import { parseNumber } from './scalars.js';
import { parseShorthand, ShorthandSyntaxError } from './shorthand.js';
import { typeShorthand } from './shorthand-model.js';
import { supportsShorthand, type Resolve } from './shape-walk.js';

export interface ArgumentContext {
  option: string;
  member: string;
  shape: Shape;
  streaming?: boolean;
  resolve: Resolve;
  /** The option's help line, for messages (read from the docs index only when one is needed). */
  help?: () => string | undefined;
}

/** Member names whose URL values the CLI passes through instead of fetching (awscli PARAMFILE_DISABLED is all such names). */
const URL_MEMBER = /(url|uri|endpoint|link|website|address|href|redirect|location)s?$/i;

export function argumentValue(raw: string | string[], ctx: ArgumentContext): unknown {
  refuseRemoteValues(raw, ctx);
  const first = Array.isArray(raw) ? raw[0] : raw;
  const looksJson = first !== undefined && /^\s*[[{]/.test(first);
  if (!looksJson && supportsShorthand(ctx.shape, ctx.resolve)) return shorthand(raw, ctx);
  return cliValue(raw, ctx.shape, ctx);
}

function refuseRemoteValues(raw: string | string[], ctx: ArgumentContext): void {
  const value = Array.isArray(raw) ? (raw.length === 1 ? raw[0]! : undefined) : raw;
  if (value === undefined) return;
  const scheme = /^(fileb?|https?):\/\//i.exec(value)?.[1]?.toLowerCase();
  if (scheme === 'file' || scheme === 'fileb') {
    throw new CommandParseError('unsupported-value', `${ctx.option} ${value}: chat commands can't read files.`, { nextStep: `Paste the content itself as the value of ${ctx.option}.` });
  }
  if ((scheme === 'http' || scheme === 'https') && !URL_MEMBER.test(ctx.member)) {
    throw new CommandParseError('unsupported-value', `${ctx.option} ${value}: the AWS CLI would download this URL and send its content; chat commands never fetch URLs.`, {
      nextStep: `Paste the content itself as the value of ${ctx.option}.`,
    });
  }
}

function shorthand(raw: string | string[], ctx: ArgumentContext): unknown {
  const { shape } = ctx;
  if (typeof raw === 'string' && shape.type === 'structure' && isValueStructure(shape, ctx.resolve) && !raw.includes('=')) return { Value: raw };
  try {
    const parsed = Array.isArray(raw) ? raw.map(parseShorthand) : parseShorthand(raw);
    return typeShorthand(parsed, shape, ctx.resolve, ctx.option, ctx.member);
  } catch (e) {
    if (!(e instanceof ShorthandSyntaxError)) throw e;
    throw new CommandParseError('invalid-shorthand', `${ctx.option}: ${e.problem}:\n${e.location()}`, {
      nextStep: `Write ${ctx.option} as Key=Value,Key2=Value2 (lists: Key=a,b or [a,b]; nested: Key={A=1}), or as JSON.`,
      cause: e,
    });
  }
}

function isValueStructure(shape: Extract<Shape, { members: unknown }>, resolve: Resolve): boolean {
  const names = Object.keys(shape.members);
  if (names.length !== 1 || names[0] !== 'Value') return false;
  const type = resolve(shape.members.Value!.shape).type;
  return type === 'string' || type === 'enum';
}

/** awscli `_unpack_cli_arg`: documents and complex values from JSON, scalars from text. */
function cliValue(raw: string | string[], shape: Shape, ctx: ArgumentContext): unknown {
  if (shape.type === 'document') return json(String(raw), ctx);
  if (shape.type === 'list') {
    const words = Array.isArray(raw) ? raw : [raw];
    if (words.length === 1 && /^\s*\[/.test(words[0]!)) return json(words[0]!, ctx);
    return words.map((w) => cliValue(w, ctx.resolve(shape.member), ctx));
  }
  const text = Array.isArray(raw) ? raw.join(' ') : raw;
  if (shape.type === 'structure' || shape.type === 'union' || shape.type === 'map') {
    if (/^\s*\{/.test(text)) return json(text, ctx);
    throw new CommandParseError('invalid-json', `${ctx.option} must be JSON starting with "{", not "${text}".`, { nextStep: helpStep(ctx) });
  }
  if (shape.type === 'number') {
    const n = parseNumber(text);
    if (n === undefined) throw new CommandParseError('invalid-value', `${ctx.option} expects a number; "${text}" is not one.${helpSuffix(ctx)}`, { nextStep: `Write ${ctx.option} <number>.` });
    return n;
  }
  if (shape.type === 'boolean') return text.toLowerCase() === 'false' ? false : text !== '';
  if (shape.type === 'blob' && ctx.streaming) {
    throw new CommandParseError('unsupported-value', `${ctx.option} is read from a file by the AWS CLI, and chat commands can't read files.`, { nextStep: 'Upload the content another way, e.g. with a presigned URL outside chat.' });
  }
  return text;
}

function json(text: string, ctx: ArgumentContext): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new CommandParseError('invalid-json', `${ctx.option} is not valid JSON: ${(e as Error).message}.`, { nextStep: helpStep(ctx), cause: e });
  }
}

function helpSuffix(ctx: ArgumentContext): string {
  const help = ctx.help?.();
  return help ? ` (${ctx.option}: ${help})` : '';
}

function helpStep(ctx: ArgumentContext): string {
  const help = ctx.help?.();
  return `Check the quotes and brackets of ${ctx.option}${help ? ` — ${help}` : ''}.`;
}
