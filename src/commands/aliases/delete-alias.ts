/** `@aws alias delete NAME`: removes one of the channel's aliases. */
import type { Card } from '../../core/card.js';
import { closestNames } from '../schema/suggest.js';
import type { AliasDeps } from './alias-deps.js';
import { aliasUsage, unknownAlias } from './alias-errors.js';

export async function deleteAlias(words: readonly string[], deps: Pick<AliasDeps, 'aliases' | 'channelKey' | 'by'>): Promise<Card> {
  const [typed, ...rest] = words;
  if (!typed || rest.length) throw aliasUsage('ALIAS_NAME_MISSING', 'Name the one alias to delete.', '@aws alias delete NAME');
  const name = typed.toLowerCase();
  const existing = await deps.aliases.get(deps.channelKey, name);
  if (!existing || !(await deps.aliases.delete(deps.channelKey, name))) {
    const names = (await deps.aliases.list(deps.channelKey)).map((a): [string, string] => [a.name, a.name]);
    throw unknownAlias(typed, closestNames(typed, names));
  }
  return {
    title: `Alias "${name}" deleted`,
    severity: 'success',
    sections: [{ type: 'code', title: 'It ran', code: existing.command }],
    footer: `Deleted by ${deps.by}`,
    fallbackText: `Alias ${name} deleted.`,
  };
}
