import type { Migration } from './migration.js';

/**
 * Durable notification delivery: inbox (what SNS handed us), outbox (one row per chat message),
 * per-channel delivery leases, the delivery trace and SNS subscription records. `seq` columns
 * give insertion order; every time comparison uses the database clock (now()).
 */
export const delivery: Migration = {
  id: 2,
  name: 'delivery',
  sql: `
CREATE TABLE inbox (
  message_id    text PRIMARY KEY,
  seq           bigserial NOT NULL UNIQUE,
  kind          text NOT NULL CHECK (kind IN ('notification', 'raw')),
  topic_arn     text,
  body          text NOT NULL,
  configuration text,
  status        text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'processing', 'done', 'failed')),
  attempts      integer NOT NULL DEFAULT 0,
  owner         text,
  lease_until   timestamptz,
  event_ids     text[] NOT NULL DEFAULT '{}',
  last_error    text,
  received_at   timestamptz NOT NULL DEFAULT now(),
  processed_at  timestamptz
);
-- claim: pending rows and processing rows (lease may have expired), oldest first
CREATE INDEX inbox_claimable ON inbox (seq) WHERE status IN ('pending', 'processing');
-- find: by any event id found inside
CREATE INDEX inbox_event_ids ON inbox USING gin (event_ids);

CREATE TABLE outbox (
  id              text PRIMARY KEY,
  seq             bigserial NOT NULL UNIQUE,
  message_id      text NOT NULL,
  event_id        text NOT NULL,
  configuration   text NOT NULL,
  platform        text NOT NULL,
  channel_id      text NOT NULL,
  channel_key     text NOT NULL,
  thread_key      text,
  card            jsonb NOT NULL,
  summary         jsonb NOT NULL,
  status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'dead', 'coalesced')),
  attempts        integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_error      text,
  chat_message_id text,
  chat_thread_id  text,
  digest_id       text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now()
);
-- leaseChannels (first pending row per channel of a platform) and pending (one channel, seq order)
CREATE INDEX outbox_pending_by_channel ON outbox (platform, channel_key, seq) WHERE status = 'pending';
CREATE INDEX outbox_pending_channel_seq ON outbox (channel_key, seq) WHERE status = 'pending';
CREATE INDEX outbox_message ON outbox (message_id, seq);

CREATE TABLE channel_leases (
  channel_key text PRIMARY KEY,
  owner       text NOT NULL,
  lease_until timestamptz NOT NULL
);

CREATE TABLE delivery_trace (
  seq           bigserial PRIMARY KEY,
  message_id    text NOT NULL,
  event_id      text,
  step          text NOT NULL,
  configuration text,
  detail        jsonb,
  at            timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX delivery_trace_message ON delivery_trace (message_id, seq);
CREATE INDEX delivery_trace_event ON delivery_trace (event_id, seq) WHERE event_id IS NOT NULL;

CREATE TABLE sns_subscriptions (
  seq        bigserial PRIMARY KEY,
  message_id text NOT NULL,
  type       text NOT NULL,
  topic_arn  text NOT NULL,
  status     text NOT NULL,
  reason     text,
  at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sns_subscriptions_topic ON sns_subscriptions (topic_arn, seq);
`,
};
