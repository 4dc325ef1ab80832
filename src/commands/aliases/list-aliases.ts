/** `@aws alias list`: the channel's aliases with their commands, cut visibly when long. */
import type { Card } from '../../core/card.js';
import { fitList } from '../help/fit-list.js';
import type { AliasDeps } from './alias-deps.js';
import { ALIAS_LIMITS } from './alias-limits.js';

const MAX_SHOWN = 30;
const MAX_COMMAND = 90;

export async function listAliases(deps: Pick<AliasDeps, 'aliases' | 'channelKey'>): Promise<Card> {
  const aliases = await deps.aliases.list(deps.channelKey);
  if (aliases.length === 0) {
    return {
      title: 'No aliases in this channel',
      severity: 'neutral',
      sections: [{ type: 'text', format: 'markdown', text: 'Save a command with `@aws alias create NAME COMMAND`, e.g. `@aws alias create alarms cloudwatch describe-alarms --state-value ALARM`.' }],
      fallbackText: 'No aliases in this channel.',
    };
  }
  const lines = aliases.map((a) => {
    const command = a.command.replace(/\s+/g, ' ');
    const shown = command.length > MAX_COMMAND ? `${command.slice(0, MAX_COMMAND - 1)}…` : command;
    return `**${a.name}**: \`${shown.replaceAll('`', "'")}\``;
  });
  return {
    title: `Aliases of this channel (${aliases.length})`,
    severity: 'info',
    sections: [
      { type: 'list', format: 'markdown', items: fitList(lines, MAX_SHOWN, (n) => `… and ${n} more`) },
      { type: 'text', format: 'markdown', text: `Run one with \`@aws run NAME values…\`; remove one with \`@aws alias delete NAME\`. A channel keeps up to ${ALIAS_LIMITS.perChannel}.` },
    ],
    fallbackText: `Aliases of this channel: ${aliases.map((a) => a.name).join(', ')}`,
  };
}
