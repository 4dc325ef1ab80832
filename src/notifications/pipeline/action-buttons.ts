/**
 * The buttons a notification gets in one channel (issue #9): the channel's custom actions whose
 * display criteria hold on this notification (declared in chatops.yml first, then those made in
 * chat), "Show logs" and "Show error logs" on alarms with log groups (or an API Gateway stage or
 * ECS service whose groups are looked up at click time), and "⋮ Manage actions".
 * Each button carries an opaque id only (`ca.<token>`): the token, stored with the channel, the
 * notification's variables and what the button does, expires after BUTTON_DAYS.
 */
import { channelActions } from '../../actions/channel-actions.js';
import { chatChannelKey } from '../../core/chat-event.js';
import { randomBytes } from 'node:crypto';
import { showsOn } from '../../actions/criteria.js';
import { hasLogs, logGroupsFor } from '../../actions/logs/index.js';
import type { ChannelConfiguration, ChatChannelConfiguration } from '../../config/schema.js';
import type { Card, CardAction } from '../../core/card.js';
import type { Notification } from '../../core/notification.js';
import type { Clock } from '../../ports/clock.js';
import type { ButtonPurpose, ButtonToken, ButtonTokenStore, CustomActionStore } from '../../ports/custom-actions.js';

export const BUTTON_ID_PREFIX = 'ca.';
/** Days a notification's buttons work. */
export const BUTTON_DAYS = 14;
/** Custom action buttons shown at most on one notification (Slack shows 25 elements in a block; the card has links too). */
export const MAX_ACTION_BUTTONS = 5;

export interface ActionButtonDeps {
  /** Every configuration: a channel's declared actions and log groups come from all that deliver to it. */
  configurations: readonly ChannelConfiguration[];
  customActions: Pick<CustomActionStore, 'list'>;
  buttonTokens: Pick<ButtonTokenStore, 'put'>;
  clock: Clock;
}

export function newButtonToken(): string {
  return randomBytes(16).toString('base64url');
}

export function isActionButtonId(actionId: string): boolean {
  return actionId.startsWith(BUTTON_ID_PREFIX);
}

/** An alarm's state change (SNS, EventBridge and Lambda-action forms all become this kind), not its configuration changes. */
const isAlarm = (n: Notification): boolean => n.source === 'aws.cloudwatch' && n.kind === 'CloudWatch Alarm State Change';

/** The card with this channel's buttons added (tokens are stored first); unchanged for a channel without AWS accounts. */
export async function withActionButtons(notification: Notification, card: Card, configuration: ChatChannelConfiguration, deps: ActionButtonDeps): Promise<Card> {
  if (configuration.accounts.length === 0) return card;
  const channelKey = chatChannelKey(configuration);
  const variables = notification.variables;
  const { declared, made, logGroups } = await channelActions(deps.configurations, channelKey, deps.customActions);
  const shown = [...declared, ...made].filter((a) => showsOn(a, variables)).slice(0, MAX_ACTION_BUTTONS);
  const buttons: { label: string; purpose: ButtonPurpose }[] = shown.map((a) => ({ label: a.buttonText, purpose: { kind: 'custom', name: a.name } }));
  if (isAlarm(notification) && hasLogs(logGroupsFor(variables, logGroups))) {
    buttons.push({ label: 'Show logs', purpose: { kind: 'logs', errorsOnly: false } }, { label: 'Show error logs', purpose: { kind: 'logs', errorsOnly: true } });
  }
  buttons.push({ label: '⋮ Manage actions', purpose: { kind: 'manage' } });

  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + BUTTON_DAYS * 86_400_000).toISOString();
  const tokens: ButtonToken[] = buttons.map((b) => ({
    token: newButtonToken(),
    platform: configuration.platform,
    channelKey,
    notificationId: notification.id,
    action: b.purpose,
    variables,
    createdAt: now.toISOString(),
    expiresAt,
  }));
  await deps.buttonTokens.put(tokens);
  const actions: CardAction[] = buttons.map((b, i) => ({ type: 'button', id: `${BUTTON_ID_PREFIX}${tokens[i]!.token}`, label: b.label }));
  return { ...card, actions: [...(card.actions ?? []), ...actions] };
}
