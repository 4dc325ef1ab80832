/**
 * The bot joining and leaving conversations. Installed in a team or chat: `installationUpdate`
 * (action add) and `conversationUpdate` with the bot in `membersAdded`. Removed: `installationUpdate`
 * (remove) or the bot in `membersRemoved`; from a team these arrive on the team's id (its
 * General channel), not on the channel it was added to, so a team uninstall drops every channel
 * of the team. Channels created or deleted in a team the bot is in come as conversationUpdates too.
 */
import type { TeamsConversationRef } from '../../../ports/teams-conversations.js';
import type { TeamsAccount, TeamsActivity } from './activity-schema.js';
import { conversationType, referenceOf, splitConversationId } from './conversation.js';
import { sameBot } from './teams-text.js';

export type TeamsLifecycle =
  | { kind: 'installed'; how: string }
  | { kind: 'uninstalled'; how: string; teamId?: string; conversationId?: string }
  | { kind: 'channel-created'; channel: TeamsConversationRef }
  | { kind: 'channel-deleted'; channelId: string }
  | { kind: 'ignored'; reason: string };

/** In a personal chat the only bot that can be added is ours (real payloads hide the bot's id). */
function isOurBot(member: TeamsAccount, activity: TeamsActivity): boolean {
  const botId = activity.recipient?.id;
  if (botId && sameBot(member.id, botId)) return true;
  return conversationType(activity) === 'personal' && member.id.startsWith('28:');
}

function uninstalled(activity: TeamsActivity, how: string): TeamsLifecycle {
  const { conversationId } = splitConversationId(activity.conversation.id);
  const type = conversationType(activity);
  const teamId = activity.channelData?.team?.id ?? (type === 'channel' ? conversationId : undefined);
  return teamId ? { kind: 'uninstalled', how, teamId } : { kind: 'uninstalled', how, conversationId };
}

export function installationUpdate(activity: TeamsActivity): TeamsLifecycle {
  const action = activity.action ?? '';
  if (action === 'add' || action === 'add-upgrade') return { kind: 'installed', how: `installationUpdate ${action}` };
  if (action === 'remove') return uninstalled(activity, 'installationUpdate remove');
  return { kind: 'ignored', reason: `installationUpdate ${action || 'without an action'}` };
}

export function conversationUpdate(activity: TeamsActivity): TeamsLifecycle {
  const eventType = activity.channelData?.eventType ?? '';
  if ((activity.membersRemoved ?? []).some((m) => isOurBot(m, activity))) return uninstalled(activity, `conversationUpdate ${eventType || 'membersRemoved'}`);
  if (eventType === 'teamDeleted') return uninstalled(activity, 'conversationUpdate teamDeleted');
  if ((activity.membersAdded ?? []).some((m) => isOurBot(m, activity))) return { kind: 'installed', how: `conversationUpdate ${eventType || 'membersAdded'}` };
  const channelId = activity.channelData?.channel?.id;
  if (channelId && (eventType === 'channelCreated' || eventType === 'channelRestored')) return { kind: 'channel-created', channel: referenceOf(activity, channelId) };
  if (channelId && eventType === 'channelDeleted') return { kind: 'channel-deleted', channelId };
  return { kind: 'ignored', reason: `conversationUpdate ${eventType || 'members changed'}` };
}
