import type { Migration } from './migration.js';

/**
 * Multi-turn dialogs (src/dialogs/). The whole dialog is one jsonb document; the columns beside
 * it are what queries look for: the place (platform, workspace, channel, thread; '' for none),
 * the owner, the phase and the version an update must name (compare-and-set). At most one open
 * dialog per owner per place (partial unique index); `expires_at` is indexed for pruning.
 */
export const dialogs: Migration = {
  id: 7,
  name: 'dialogs',
  sql: `
CREATE TABLE dialogs (
  id           text PRIMARY KEY,
  platform     text NOT NULL,
  workspace_id text NOT NULL,
  channel_id   text NOT NULL,
  thread_id    text NOT NULL,
  user_id      text NOT NULL,
  phase        text NOT NULL CHECK (phase IN ('asking', 'confirming', 'done', 'cancelled', 'expired')),
  version      integer NOT NULL,
  dialog       jsonb NOT NULL,
  created_at   timestamptz NOT NULL,
  expires_at   timestamptz NOT NULL
);
CREATE UNIQUE INDEX dialogs_one_open_per_owner ON dialogs (platform, workspace_id, channel_id, thread_id, user_id)
  WHERE phase IN ('asking', 'confirming');
CREATE INDEX dialogs_expires_at ON dialogs (expires_at);
`,
};
