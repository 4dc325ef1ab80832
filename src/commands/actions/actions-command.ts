/**
 * `@aws actions list` and `@aws actions delete NAME`: the channel's custom actions as text
 * commands (creating one is "⋮ Manage actions" on a notification, where its variables are at
 * hand). Actions declared in chatops.yml are listed but changed only there.
 */
import { channelActions } from '../../actions/channel-actions.js';
import { sameActionName } from '../../config/actions-schema.js';
import { chatChannelKey } from '../../core/chat-event.js';
import { channelButtonSettings } from '../../config/configurations.js';
import type { Card } from '../../core/card.js';
import { ChatOpsError } from '../../core/errors.js';
import { recordAudit } from '../../permissions/audit-entry.js';
import type { CommandContext } from '../command-context.js';
import type { CommandDeps } from '../command-deps.js';
import { criteriaText } from './action-criteria-text.js';

const USAGE = 'Use `@aws actions list`, or `@aws actions delete NAME`. To create one, choose ⋮ Manage actions on a notification.';

export async function actionsCommand(words: readonly string[], ctx: CommandContext, deps: CommandDeps): Promise<Card> {
  const { actor } = ctx;
  const channelKey = chatChannelKey(actor);
  const verb = words[0]?.toLowerCase() ?? 'list';
  if (verb === 'list' && words.length <= 1) {
    const { declared, made } = await channelActions(deps.access.configurations, channelKey, deps.buttons.actions);
    const items = [...declared.map((a) => ({ ...a, from: 'chatops.yml' })), ...made.map((a) => ({ ...a, from: `by ${a.createdBy}` }))].map(
      (a) => `**${a.buttonText}** (${a.name}, ${a.from}): ${a.target.kind === 'cli' ? `\`@aws ${a.target.command}\`` : `Lambda \`${a.target.functionName}\``}, ${criteriaText(a.criteria)}`,
    );
    return {
      title: 'Custom actions in this channel',
      severity: 'info',
      sections: items.length ? [{ type: 'list', format: 'markdown', items }] : [{ type: 'text', text: 'No custom actions here yet. Choose ⋮ Manage actions on a notification to create one.' }],
      fallbackText: `${items.length} custom actions.`,
    };
  }
  if (verb === 'delete' && words.length === 2) {
    const name = words[1]!;
    if (channelButtonSettings(deps.access.configurations, channelKey).customActions.some((a) => sameActionName(a.name, name))) {
      throw new ChatOpsError('ACTION_DECLARED', `"${name}" is declared in chatops.yml, so it can't be deleted from chat.`, { nextStep: 'Ask your administrator to remove it from the configuration.' });
    }
    const deleted = await deps.buttons.actions.delete(channelKey, name);
    await recordAudit(deps.access, actor, { kind: 'dialog', command: `actions delete ${name}`, decision: deleted ? 'action-deleted' : 'no-such-action' });
    if (!deleted) throw new ChatOpsError('ACTION_UNKNOWN', `This channel has no custom action "${name}".`, { nextStep: 'See them with `@aws actions list`.' });
    const text = `Deleted "${name}": its button no longer appears on new notifications (buttons already posted say it is gone).`;
    return { title: 'Custom action deleted', severity: 'success', sections: [{ type: 'text', text }], fallbackText: text };
  }
  throw new ChatOpsError('USAGE', `"@aws actions ${words.join(' ')}" is not an actions command.`, { nextStep: USAGE });
}
