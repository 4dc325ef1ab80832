import type { Migration } from './migration.js';

/**
 * Command aliases (`@aws alias create NAME COMMAND`): one row per alias, keyed by channel and
 * name, since the reference defines aliases per channel and shares them with its members.
 */
export const commandAliases: Migration = {
  id: 8,
  name: 'command-aliases',
  sql: `
CREATE TABLE command_aliases (
  channel_key text NOT NULL,
  name        text NOT NULL,
  command     text NOT NULL,
  created_by  text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (channel_key, name)
);
`,
};
