/**
 * Shortcuts: simplified command lines the reference documents accept, rewritten into the full
 * CLI command before parsing. The documents define one (../shared/seeds/000_72a7df4364767a6d.txt,
 * "Step 5: Invoke a Lambda function from Slack" and the CodePipeline approval example):
 *
 *   @aws invoke myHelloWorld --region us-east-1   →   lambda invoke --function-name myHelloWorld --region us-east-1
 *
 * A shortcut word is only a shortcut when no service has that name, so real services win.
 */

export interface Shortcut {
  /** The first word typed after "@aws". */
  word: string;
  /** What it stands for: the CLI service and operation. */
  service: string;
  operation: string;
  /** The options the words right after the shortcut fill, in order (`invoke FN` → --function-name FN). */
  positionals: string[];
  /** An example for help. */
  example: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { word: 'invoke', service: 'lambda', operation: 'invoke', positionals: ['--function-name'], example: 'invoke myHelloWorld --payload {"key": "value"}' },
];

/**
 * Rewrites a tokenized line (the words after "@aws") when it starts with a shortcut; returns
 * undefined otherwise. Positional words fill the shortcut's options until the first option
 * (a word starting with "-"); missing ones are left for the dialog to ask for.
 */
export function expandShortcut(words: readonly string[], isService: (name: string) => boolean = () => false): string[] | undefined {
  const first = words[0];
  if (first === undefined || isService(first)) return undefined;
  const shortcut = SHORTCUTS.find((s) => s.word === first.toLowerCase());
  if (!shortcut) return undefined;
  const out = [shortcut.service, shortcut.operation];
  let i = 1;
  for (const option of shortcut.positionals) {
    const word = words[i];
    if (word === undefined || word.startsWith('-')) break;
    out.push(option, word);
    i++;
  }
  return [...out, ...words.slice(i)];
}
