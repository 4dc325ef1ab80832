/**
 * Build time only: what the clients' runtime schemas lack and only their `.d.ts` files carry —
 * the TypeScript type of each structure member (which links a member to an enum, research §2),
 * member documentation, and operation summaries. The generated files are regular: one member
 * per line, JSDoc right above it, union members as `interface <X>Member` in `namespace <Union>`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DtsMember {
  /** The member's TypeScript type without `| undefined`, e.g. `AlarmType[]`, `Record<string, AttributeValue>`. */
  type: string;
  /** The JSDoc text (HTML), when there is one. */
  doc?: string;
}

/** `<Structure>.<Member>` → type and documentation, from every `dist-types/models/*.d.ts`. */
export function readModelMembers(typesDir: string): Map<string, DtsMember> {
  const dir = existsSync(join(typesDir, 'models')) ? join(typesDir, 'models') : typesDir;
  const members = new Map<string, DtsMember>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.d.ts')).sort()) {
    readMembersOf(readFileSync(join(dir, file), 'utf8'), members);
  }
  return members;
}

function readMembersOf(text: string, members: Map<string, DtsMember>): void {
  let owner: string | undefined;
  let namespace: string | undefined;
  let comment: string | undefined;
  let inComment = false;
  let commentLines: string[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (inComment) {
      if (trimmed.startsWith('*/')) {
        inComment = false;
        comment = commentLines.join('\n');
      } else commentLines.push(trimmed.replace(/^\* ?/, ''));
      continue;
    }
    if (trimmed.startsWith('/**') && trimmed.endsWith('*/')) {
      comment = trimmed.slice(3, -2).trim();
      continue;
    }
    if (trimmed.startsWith('/**')) {
      inComment = true;
      commentLines = [];
      continue;
    }
    let m: RegExpExecArray | null;
    if ((m = /^export interface (\w+)[\s<{]/.exec(line))) owner = m[1];
    else if ((m = /^export declare namespace (\w+) \{/.exec(line))) namespace = m[1];
    else if (namespace && (m = /^ {4}interface (\w+)Member \{/.exec(line))) {
      owner = namespace;
      if (comment && m[1] !== '$Unknown') members.set(`${namespace}.${m[1]}#doc`, { type: '', doc: comment });
    } else if (/^ {4}interface /.test(line) || /^ {4}const /.test(line)) owner = undefined;
    else if (line === '}') owner = namespace = undefined;
    else if (owner && (m = /^\s+(\w+)\??: (.+);$/.exec(line)) && !/^never$/.test(m[2]!)) {
      const key = `${owner}.${m[1]}`;
      const type = m[2]!.replace(/ \| undefined$/, '');
      if (!members.has(key) || (!members.get(key)!.doc && comment)) members.set(key, { type, ...(comment ? { doc: comment } : {}) });
    }
    comment = undefined;
  }
}

/** Union member docs sit above `interface XMember`, not above the member line: attach them. */
export function unionMemberDoc(members: Map<string, DtsMember>, union: string, member: string): string | undefined {
  return members.get(`${union}.${member}`)?.doc ?? members.get(`${union}.${member}#doc`)?.doc;
}

/** `<Op>` → the summary above `export declare class <Op>Command` (HTML, before `@example`). */
export function readCommandSummaries(typesDir: string): Map<string, string> {
  const dir = join(typesDir, 'commands');
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('Command.d.ts'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    const m = /\/\*\*\n((?:(?!\*\/)[\s\S])*?)\*\/\s*\nexport declare class (\w+)Command /.exec(text);
    if (!m) continue;
    const body = m[1]!.split('\n').map((l) => l.trim().replace(/^\* ?/, '')).join('\n');
    const summary = body.replace(/^@public\s*$/gm, '').split(/^@(?:example|param|returns|throws|see)\b/m)[0]!.trim();
    if (summary) out.set(m[2]!, summary);
  }
  return out;
}
