/**
 * The Agents Playground's mock tenant (`.m365agentsplayground.yml` in its working directory):
 * the bot "aws", the team "Ops Team" with the channel "alerts", the group chat "Ops Chat" and
 * a personal chat. The playground's schema (0.1.1) wants exactly five `users` besides the
 * current user: fewer or more and it exits with ConfigFileParseError.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

/** The names and ids the page and the bot see; the page's tree shows "<team> - <channel>". */
export const MOCK_TENANT = {
  tenantId: '00000000-0000-0000-0000-000000000001',
  bot: { id: '00000000-0000-0000-0000-000000000011', name: 'aws' },
  team: { id: '19:ops-team@thread.tacv2', name: 'Ops Team' },
  channel: { id: '19:alerts@thread.tacv2', name: 'alerts' },
  groupChat: { id: 'ops-chat-id', name: 'Ops Chat' },
  personalChat: { id: 'personal-chat-id' },
  currentUser: { id: 'user-id-0', name: 'Alex Wilber' },
} as const;

/** What the page's conversation list calls each conversation. */
export const CONVERSATIONS = {
  channel: `${MOCK_TENANT.team.name} - ${MOCK_TENANT.channel.name}`,
  groupChat: MOCK_TENANT.groupChat.name,
  personal: 'Personal Chat',
} as const;

export type ConversationName = (typeof CONVERSATIONS)[keyof typeof CONVERSATIONS];

function user(n: number, given: string, surname: string) {
  const login = `${given.toLowerCase()}${surname[0]!.toLowerCase()}`;
  return {
    id: `user-id-${n}`,
    name: `${given} ${surname}`,
    userPrincipleName: `${login}@example.com`, // sic: the playground's field name
    aadObjectId: `00000000-0000-0000-0000-0000000000${20 + n}`,
    givenName: given,
    surname,
    email: `${login}@example.com`,
  };
}

export function mockTenantConfig(): Record<string, unknown> {
  return {
    version: '0.1.1',
    tenantId: MOCK_TENANT.tenantId,
    bot: MOCK_TENANT.bot,
    currentUser: user(0, 'Alex', 'Wilber'),
    users: [user(1, 'Megan', 'Bowen'), user(2, 'Adele', 'Vance'), user(3, 'Isaiah', 'Langer'), user(4, 'Patti', 'Fernandez'), user(5, 'Lynne', 'Robbins')],
    personalChat: MOCK_TENANT.personalChat,
    groupChat: MOCK_TENANT.groupChat,
    team: {
      id: MOCK_TENANT.team.id,
      name: MOCK_TENANT.team.name,
      aadGroupId: '00000000-0000-0000-0000-000000000031',
      // The team's General channel is implicit (its id is the team id); the schema allows one more.
      channels: [MOCK_TENANT.channel],
    },
  };
}

/** Writes `.m365agentsplayground.yml` into `dir` (the playground's cwd); returns its path. */
export function writeMockTenant(dir: string): string {
  const path = join(dir, '.m365agentsplayground.yml');
  writeFileSync(path, stringify(mockTenantConfig()));
  return path;
}
