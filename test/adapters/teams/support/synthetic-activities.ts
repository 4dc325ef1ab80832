/**
 * Synthetic Teams activities for what no real fixture in ../shared/fixtures/teams shows:
 * channel mentions and thread replies, group chats, Action.Execute invokes, Action.Submit
 * messages and uninstalls. Their shapes are the ones the Agents Playground 0.2.28 sent to a bot
 * (docs/research/2026-11-23-teams-v2-findings.md §4, "What the bot received"), with its ids.
 */

export const PLAYGROUND = {
  tenantId: '00000000-0000-0000-0000-0000000000001',
  botId: '00000000-0000-0000-0000-00000000000011',
  botName: 'aws',
  teamId: '19:team-id@thread.tacv2',
  channelId: '19:alerts@thread.tacv2',
  groupChatId: 'group-chat-id',
  personalChatId: 'personal-chat-id',
  user: { id: 'user-id-0', name: 'Alex Wilber', aadObjectId: '00000000-0000-0000-0000-0000000000020' },
} as const;

export type Activity = Record<string, unknown>;
type Where = 'channel' | 'groupChat' | 'personal';

let next = 1795461779900;
const nextId = () => String(next++);

function conversation(where: Where, threadRoot?: string): Activity {
  if (where === 'channel') return { id: threadRoot ? `${PLAYGROUND.channelId};messageid=${threadRoot}` : PLAYGROUND.channelId, conversationType: 'channel', isGroup: true, tenantId: PLAYGROUND.tenantId };
  if (where === 'groupChat') return { id: PLAYGROUND.groupChatId, conversationType: 'groupChat', isGroup: true, tenantId: PLAYGROUND.tenantId, name: 'Ops Chat' };
  return { id: PLAYGROUND.personalChatId, conversationType: 'personal', tenantId: PLAYGROUND.tenantId };
}

function channelData(where: Where): Activity {
  const tenant = { tenant: { id: PLAYGROUND.tenantId } };
  if (where !== 'channel') return tenant;
  return { ...tenant, teamsChannelId: PLAYGROUND.channelId, teamsTeamId: PLAYGROUND.teamId, team: { id: PLAYGROUND.teamId }, channel: { id: PLAYGROUND.channelId } };
}

function base(type: string, serviceUrl: string, where: Where, threadRoot?: string, id = nextId()): Activity {
  return {
    type,
    id,
    timestamp: '2026-11-23T10:00:00.000Z',
    channelId: 'msteams',
    serviceUrl,
    from: { ...PLAYGROUND.user },
    recipient: { id: PLAYGROUND.botId, name: PLAYGROUND.botName },
    conversation: conversation(where, threadRoot),
    channelData: channelData(where),
    locale: 'en-US',
  };
}

const mention = () => ({ type: 'mention', mentioned: { id: PLAYGROUND.botId, name: PLAYGROUND.botName }, text: `<at>${PLAYGROUND.botName}</at>` });

/**
 * `@aws <text>` as a person writes it. In a channel, a new post's conversation id names itself
 * as the thread root; `threadRoot` makes it a reply in that thread.
 */
export function mentionMessage(serviceUrl: string, text: string, options: { where?: Where; threadRoot?: string; id?: string } = {}): Activity {
  const where = options.where ?? 'channel';
  const id = options.id ?? nextId();
  const root = where === 'channel' ? (options.threadRoot ?? id) : undefined;
  return { ...base('message', serviceUrl, where, root, id), text: `<at>${PLAYGROUND.botName}</at> ${text}`, textFormat: 'plain', entities: [mention()] };
}

/** A message with no mention of the bot (personal chats need none). */
export function plainMessage(serviceUrl: string, text: string, where: Where = 'channel'): Activity {
  const id = nextId();
  return { ...base('message', serviceUrl, where, where === 'channel' ? id : undefined, id), text, textFormat: 'plain', entities: [] };
}

/** A click on an Action.Execute button of the card `cardId` (data = the button's data + inputs). */
export function executeInvoke(serviceUrl: string, cardId: string, data: Record<string, unknown>, options: { where?: Where; threadRoot?: string; verb?: string } = {}): Activity {
  const where = options.where ?? 'channel';
  return {
    ...base('invoke', serviceUrl, where, options.threadRoot),
    name: 'adaptiveCard/action',
    replyToId: cardId,
    value: { action: { type: 'Action.Execute', verb: options.verb ?? data.actionId, data }, trigger: 'manual' },
  };
}

/** A form sent with Action.Submit: a message with empty text and the data in `value`. */
export function submitMessage(serviceUrl: string, cardId: string, value: Record<string, unknown>, where: Where = 'channel'): Activity {
  return { ...base('message', serviceUrl, where), text: '', replyToId: cardId, value };
}

/** The app installed in a team, on the channel chosen for it (default: the playground's alerts channel). */
export function installInChannel(serviceUrl: string, channelId: string = PLAYGROUND.channelId): Activity {
  const activity: Activity = { ...base('installationUpdate', serviceUrl, 'channel'), action: 'add' };
  return { ...activity, conversation: { ...(activity.conversation as Activity), id: channelId }, channelData: { ...(activity.channelData as Activity), teamsChannelId: channelId, channel: { id: channelId } } };
}

/** The bot added to a personal chat or group chat. */
export function botAdded(serviceUrl: string, where: Where): Activity {
  return { ...base('conversationUpdate', serviceUrl, where), membersAdded: [{ id: PLAYGROUND.botId }], ...(where === 'channel' ? { channelData: { ...channelData(where), eventType: 'teamMemberAdded' } } : {}) };
}

/** "Uninstall application": arrives on the team's id (its General channel), not the channel. */
export function uninstallFromTeam(serviceUrl: string): Activity {
  const activity = { ...base('installationUpdate', serviceUrl, 'channel'), action: 'remove' };
  return { ...activity, conversation: { id: PLAYGROUND.teamId, conversationType: 'channel', isGroup: true, tenantId: PLAYGROUND.tenantId }, channelData: { tenant: { id: PLAYGROUND.tenantId }, team: { id: PLAYGROUND.teamId } } };
}

/** The bot removed from a chat (conversationUpdate membersRemoved). */
export function botRemoved(serviceUrl: string, where: Where): Activity {
  return { ...base('conversationUpdate', serviceUrl, where), membersRemoved: [{ id: PLAYGROUND.botId }] };
}
