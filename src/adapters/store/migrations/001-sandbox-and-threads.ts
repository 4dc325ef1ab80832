import type { Migration } from './migration.js';

export const sandboxAndThreads: Migration = {
  id: 1,
  name: 'sandbox-and-threads',
  sql: `
CREATE TABLE sandbox_messages (
  id          text PRIMARY KEY,
  seq         bigserial NOT NULL UNIQUE,
  channel_id  text NOT NULL,
  thread_id   text,
  sender      text NOT NULL,
  text        text NOT NULL,
  card        jsonb,
  slack       jsonb,
  teams       jsonb,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sandbox_messages_channel_seq ON sandbox_messages (channel_id, seq);

CREATE TABLE threads (
  channel_key text NOT NULL,
  thread_key  text NOT NULL,
  message_id  text NOT NULL,
  thread_id   text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (channel_key, thread_key)
);
`,
};
