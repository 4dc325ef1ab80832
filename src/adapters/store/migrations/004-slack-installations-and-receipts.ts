import type { Migration } from './migration.js';

/**
 * Slack app installations from the OAuth flow, and inbound deliveries already handled.
 *
 * `app_installations` holds one row per workspace install (keyed by team id) and per org-wide
 * Enterprise Grid install (keyed by enterprise id; such an install has no team). `install_key`
 * ('team:T…' or 'enterprise:E…') is derived by the database from those columns, so the two
 * kinds share one unique key that an upsert can name and lookups use, and a row without its key
 * (a workspace install with no team id) is refused. `bot_token` is a secret: the code never puts
 * a row or a query's parameters into an error or a log line.
 *
 * `inbound_receipts` remembers the id of every inbound delivery handled (a Slack event_id), so a
 * redelivery is recognised with one atomic INSERT … ON CONFLICT DO NOTHING.
 */
export const slackInstallationsAndReceipts: Migration = {
  id: 4,
  name: 'slack-installations-and-receipts',
  sql: `
CREATE TABLE app_installations (
  seq                   bigserial NOT NULL UNIQUE,
  platform              text NOT NULL,
  team_id               text,
  enterprise_id         text,
  is_enterprise_install boolean NOT NULL DEFAULT false,
  install_key           text GENERATED ALWAYS AS (
                          CASE WHEN is_enterprise_install THEN 'enterprise:' || enterprise_id ELSE 'team:' || team_id END
                        ) STORED,
  bot_user_id           text,
  bot_token             text,
  body                  jsonb NOT NULL,
  installed_at          timestamptz NOT NULL DEFAULT now(),
  updated_at            timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (platform, install_key)
);

CREATE TABLE inbound_receipts (
  key     text PRIMARY KEY,
  seen_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX inbound_receipts_seen_at ON inbound_receipts (seen_at);
`,
};
