/**
 * `$param` placeholders in an alias's command (`--document-name $name`, `role/$role-name`):
 * a "$" and a name of letters, digits, "_" and inner "-". "$$" stands for a literal "$".
 * Filling a placeholder quotes the value for where it sits, so the command line still splits
 * into the same words: bare words get single quotes, inside double quotes `"` and `\` are escaped.
 */

const PLACEHOLDER = String.raw`\$\$|\$([A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*)`;

/** The parameter names of a command, in order of first appearance, each once. */
export function aliasParams(command: string): string[] {
  const names: string[] = [];
  for (const match of command.matchAll(new RegExp(PLACEHOLDER, 'g'))) {
    const name = match[1];
    if (name !== undefined && !names.includes(name)) names.push(name);
  }
  return names;
}

/** Needs quoting as a bare shell word. */
const PLAIN_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

function quoteFor(value: string, context: 'bare' | 'single' | 'double'): string {
  if (context === 'double') return value.replace(/["\\]/g, '\\$&');
  if (context === 'single') return value.replaceAll("'", `'\\''`);
  if (value !== '' && PLAIN_WORD.test(value)) return value;
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/**
 * The command with every given parameter filled in; parameters without a value stay as `$name`.
 * Quote state is followed as the tokenizer will read the result (POSIX shell words).
 */
export function fillParams(command: string, values: Readonly<Record<string, string>>): string {
  let out = '';
  let context: 'bare' | 'single' | 'double' = 'bare';
  const placeholder = new RegExp(PLACEHOLDER, 'y');
  let i = 0;
  while (i < command.length) {
    const ch = command[i]!;
    if (ch === '$') {
      placeholder.lastIndex = i;
      const match = placeholder.exec(command);
      if (match) {
        const name = match[1];
        if (name === undefined) out += '$';
        else out += Object.hasOwn(values, name) ? quoteFor(values[name]!, context) : match[0];
        i += match[0].length;
        continue;
      }
    }
    if (context !== 'single' && ch === '\\' && i + 1 < command.length) {
      out += ch + command[i + 1]!;
      i += 2;
      continue;
    }
    if (ch === "'" && context !== 'double') context = context === 'single' ? 'bare' : 'single';
    else if (ch === '"' && context !== 'single') context = context === 'double' ? 'bare' : 'double';
    out += ch;
    i++;
  }
  return out;
}
