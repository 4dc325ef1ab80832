import type { Migration } from './migration.js';

/**
 * Custom actions and button tokens (ports/custom-actions.ts, issue #9). `custom_actions`: one row
 * per channel and name; names are unique without case, so the key is `name_key` (the name in lower
 * case, computed by the store so memory and SQL fold case alike) while `name` keeps the spelling
 * given; target and criteria are jsonb. `button_tokens`: the opaque id a notification's button
 * carries and what it stands for, indexed by `expires_at` so housekeeping can forget expired ones.
 */
export const customActions: Migration = {
  id: 10,
  name: 'custom-actions',
  sql: `
CREATE TABLE custom_actions (
  channel_key text NOT NULL,
  name_key    text NOT NULL,
  name        text NOT NULL,
  button_text text NOT NULL,
  target      jsonb NOT NULL,
  criteria    jsonb NOT NULL,
  created_by  text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (channel_key, name_key)
);
CREATE TABLE button_tokens (
  token           text PRIMARY KEY,
  platform        text NOT NULL,
  channel_key     text NOT NULL,
  notification_id text NOT NULL,
  action          jsonb NOT NULL,
  variables       jsonb NOT NULL,
  created_at      timestamptz NOT NULL,
  expires_at      timestamptz NOT NULL
);
CREATE INDEX button_tokens_expires_at ON button_tokens (expires_at);
`,
};
