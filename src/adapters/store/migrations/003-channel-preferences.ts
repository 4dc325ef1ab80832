import type { Migration } from './migration.js';

/**
 * Per-channel notification preferences set from chat (`@aws preferences`). One row per channel
 * anyone ever changed; a NULL preference means "as the channel's configurations say". One typed
 * column per preference, so the database refuses a value the code doesn't know.
 */
export const channelPreferences: Migration = {
  id: 3,
  name: 'channel-preferences',
  sql: `
CREATE TABLE channel_preferences (
  channel_key text PRIMARY KEY,
  threading   text CHECK (threading IN ('on', 'off')),
  updated_by  text NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now()
);
`,
};
