/**
 * Chat text → the command line a shell would have seen. The chat adapters already undo their
 * platform's markup before a ChatEvent exists (Slack: `<…>` links and mentions, `&amp;` entities,
 * smart quotes — adapters/slack/inbound/slack-text.ts; Teams: tags and HTML entities —
 * adapters/teams/inbound/teams-text.ts). What is left is what any keyboard does to a command,
 * whichever platform it came from:
 *
 * - smart quotes (“ ” „ ‘ ’ ‚) become ASCII quotes (Teams and the sandbox keep them);
 * - a dash that a phone made of `--` (— or –) in front of an option name becomes `--`;
 * - no-break and zero-width spaces become a space or nothing.
 *
 * Then `-name` / `-name=value` words become `--name` (see chatOptionWords): chat accepts single
 * hyphen options, the CLI itself does not.
 */

const SMART_DOUBLE = /[\u201C\u201D\u201E\u201F\u2033]/g;
const SMART_SINGLE = /[\u2018\u2019\u201A\u201B\u2032]/g;
const ODD_SPACE = /[\u00A0\u2007\u202F]/g;
const ZERO_WIDTH = /[\u200B\u2060\uFEFF]/g;
/** An em or en dash at the start of a word, followed by a letter: `—region`, `–dry-run`. */
const DASH_OPTION = /(^|\s)[\u2014\u2013]{1,2}(?=[A-Za-z])/g;

export function chatToCliText(text: string): string {
  return text
    .replace(SMART_DOUBLE, '"')
    .replace(SMART_SINGLE, "'")
    .replace(ODD_SPACE, ' ')
    .replace(ZERO_WIDTH, '')
    .replace(DASH_OPTION, '$1--')
    .trim();
}

/** `-name`, `-name=value`: a single-hyphen long option as chat users type it (not `-1`, not `-`). */
const SINGLE_HYPHEN = /^-[A-Za-z][A-Za-z0-9-]*(=[\s\S]*)?$/;

/** `-instance-ids` → `--instance-ids`, as the corpus's refresh.py does before the CLI sees the words. */
export function chatOptionWords(words: readonly string[]): string[] {
  return words.map((w) => (SINGLE_HYPHEN.test(w) ? `-${w}` : w));
}
