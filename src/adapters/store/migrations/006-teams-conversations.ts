import type { Migration } from './migration.js';

/**
 * Microsoft Teams conversation references and remembered cards.
 *
 * `teams_conversations` keeps, per conversation the bot has seen (a team's channel, a group
 * chat, a personal chat), where its Bot Connector answers (`service_url`): Teams has no list of
 * installations to ask, and proactive posts need it. A channel row carries its team, so an
 * uninstall removes every channel of the team (`team_id` is indexed for that).
 *
 * `teams_cards` keeps the card last posted as each bot message: a button click carries only its
 * data, and refreshing the card in place needs the rest. Old rows are pruned by `updated_at`.
 */
export const teamsConversations: Migration = {
  id: 6,
  name: 'teams-conversations',
  sql: `
CREATE TABLE teams_conversations (
  conversation_id   text PRIMARY KEY,
  conversation_type text NOT NULL CHECK (conversation_type IN ('channel', 'groupChat', 'personal')),
  service_url       text NOT NULL,
  tenant_id         text,
  team_id           text,
  bot_id            text,
  updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX teams_conversations_team_id ON teams_conversations (team_id);

CREATE TABLE teams_cards (
  conversation_id text NOT NULL,
  activity_id     text NOT NULL,
  card            jsonb NOT NULL,
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (conversation_id, activity_id)
);
CREATE INDEX teams_cards_updated_at ON teams_cards (updated_at);
`,
};
