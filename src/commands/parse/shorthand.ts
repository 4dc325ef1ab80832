/**
 * The AWS CLI's shorthand syntax, ported from awscli/shorthand.py (`ShorthandParser`, v1.45):
 *
 *   parameter = keyval *("," keyval)        Name=x,Values=a,b
 *   keyval    = key "=" [values]            Key= is the empty string
 *   values    = csv-list / "[" list "]" / "{" keyvals "}"
 *
 * Purely syntactic: every scalar comes back as a string, and the model decides later what it
 * is (see shorthand-model.ts). A csv list backtracks when the next word turns out to be a key
 * (`a=b,c=d` is two keys), quoted values keep commas, `\,` is a literal comma, spaces around
 * `=` and `,` are ignored, and a repeated key is an error. `key@=file://…` (a value read from a
 * file) is refused: chat never reads files.
 */
import { CommandParseError } from './parse-error.js';

export type ShorthandValue = string | ShorthandValue[] | { [key: string]: ShorthandValue };
export type ShorthandObject = { [key: string]: ShorthandValue };

const START = '!#-&(-+\\--<>-Z\\\\-z|-\\uffff';
const FIRST_FOLLOW = '\\s!#-&(-+\\--\\\\^-|~-\\uffff';
const SECOND_FOLLOW = '\\s!#-&(-+\\--<>-\\uffff';
const FIRST_VALUE = new RegExp(`(?:\\\\,|[${START}])(?:\\\\,|[${FIRST_FOLLOW}])*`, 'y');
const SECOND_VALUE = new RegExp(`(?:\\\\,|[${START}])(?:\\\\,|[${SECOND_FOLLOW}])*`, 'y');
const SINGLE_QUOTED = /'(?:\\'|[^'])*'/y;
const DOUBLE_QUOTED = /"(?:\\"|[^"])*"/y;
const KEY_CHAR = /[A-Za-z0-9\-_.#/:]/;
const WHITESPACE = /\s/;

/** A syntax error inside the shorthand parser; the caller names the option. */
export class ShorthandSyntaxError extends Error {
  constructor(
    readonly input: string,
    readonly index: number,
    readonly problem: string,
  ) {
    super(problem);
  }
  /** The input with a caret under the place of the problem. */
  location(): string {
    return `${this.input}\n${' '.repeat(this.index)}^`;
  }
}

export function parseShorthand(input: string): ShorthandObject {
  return new Parser(input).parameter();
}

/** Sets an own property, also for keys such as `__proto__`. */
export function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  parameter(): ShorthandObject {
    const params: ShorthandObject = {};
    let [key, value] = this.keyval();
    setOwn(params, key, value);
    let last = this.i;
    while (this.i < this.s.length) {
      this.expect(',', true);
      [key, value] = this.keyval();
      if (Object.hasOwn(params, key)) {
        throw new ShorthandSyntaxError(this.s, last + 1, `the key "${key}" appears twice — often a "," where a space should separate two items`);
      }
      setOwn(params, key, value);
      last = this.i;
    }
    return params;
  }

  private keyval(): [string, ShorthandValue] {
    const key = this.key();
    this.refuseFileValue(key);
    this.expect('=', true);
    return [key, this.values()];
  }

  private refuseFileValue(key: string): void {
    this.whitespace();
    if (this.current() === '@') {
      throw new CommandParseError('unsupported-value', `"${key}@=" reads the value from a file, and chat commands can't read files.`, {
        nextStep: `Write the value itself: ${key}=<value>.`,
      });
    }
  }

  private key(): string {
    const start = this.i;
    while (!this.eof() && KEY_CHAR.test(this.s[this.i]!)) this.i++;
    return this.s.slice(start, this.i);
  }

  private values(): ShorthandValue {
    if (this.eof()) return '';
    if (this.current() === '[') return this.explicitList();
    if (this.current() === '{') return this.hashLiteral();
    return this.csvValue();
  }

  private csvValue(): ShorthandValue {
    const first = this.firstValue();
    this.whitespace();
    if (this.eof() || this.s[this.i] !== ',') return first;
    this.expect(',', true);
    const list: string[] = [first];
    for (;;) {
      try {
        const current = this.secondValue();
        this.whitespace();
        if (this.eof()) {
          list.push(current);
          break;
        }
        this.expect(',', true);
        list.push(current);
      } catch (e) {
        if (!(e instanceof ShorthandSyntaxError) || this.eof()) throw e;
        this.backtrackTo(',');
        break;
      }
    }
    return list.length === 1 ? first : list;
  }

  private value(): string {
    const m = this.match(FIRST_VALUE);
    return m === undefined ? '' : m.replaceAll('\\,', ',').trimEnd();
  }

  private explicitList(): ShorthandValue[] {
    this.expect('[', true);
    const values: ShorthandValue[] = [];
    while (this.current() !== ']') {
      values.push(this.explicitValues());
      this.whitespace();
      if (this.current() !== ']') {
        this.expect(',');
        this.whitespace();
      }
    }
    this.expect(']');
    return values;
  }

  private explicitValues(): ShorthandValue {
    if (this.current() === '[') return this.explicitList();
    if (this.current() === '{') return this.hashLiteral();
    return this.firstValue();
  }

  private hashLiteral(): ShorthandObject {
    this.expect('{', true);
    const object: ShorthandObject = {};
    while (this.current() !== '}') {
      const key = this.key();
      this.refuseFileValue(key);
      this.expect('=', true);
      const value = this.explicitValues();
      this.whitespace();
      if (this.current() !== '}') {
        this.expect(',');
        this.whitespace();
      }
      setOwn(object, key, value);
    }
    this.expect('}');
    return object;
  }

  private firstValue(): string {
    if (this.current() === "'") return this.quoted(SINGLE_QUOTED, "'");
    if (this.current() === '"') return this.quoted(DOUBLE_QUOTED, '"');
    return this.value();
  }

  private secondValue(): string {
    if (this.current() === "'") return this.quoted(SINGLE_QUOTED, "'");
    if (this.current() === '"') return this.quoted(DOUBLE_QUOTED, '"');
    const m = this.match(SECOND_VALUE);
    if (m === undefined) throw new ShorthandSyntaxError(this.s, this.i, 'expected a value');
    return m.replaceAll('\\,', ',').trimEnd();
  }

  private quoted(regex: RegExp, quote: string): string {
    const m = this.match(regex);
    if (m === undefined) throw new ShorthandSyntaxError(this.s, this.i, `the quote ${quote} is never closed`);
    return m.slice(1, -1).replaceAll(`\\${quote}`, quote).replaceAll('\\\\', '\\');
  }

  private expect(char: string, skipWhitespace = false): void {
    if (skipWhitespace) this.whitespace();
    if (this.eof()) throw new ShorthandSyntaxError(this.s, this.i, `expected "${char}" but the value ended`);
    const actual = this.s[this.i]!;
    if (actual !== char) throw new ShorthandSyntaxError(this.s, this.i, `expected "${char}" but found "${actual}"`);
    this.i++;
    if (skipWhitespace) this.whitespace();
  }

  private match(regex: RegExp): string | undefined {
    regex.lastIndex = this.i;
    const m = regex.exec(this.s);
    if (!m) return undefined;
    this.i += m[0].length;
    return m[0];
  }

  private current(): string | undefined {
    return this.s[this.i];
  }

  private eof(): boolean {
    return this.i >= this.s.length;
  }

  private backtrackTo(char: string): void {
    while (this.i >= 0 && this.s[this.i] !== char) this.i--;
  }

  private whitespace(): void {
    while (!this.eof() && WHITESPACE.test(this.s[this.i]!)) this.i++;
  }
}
