import type { Migration } from './migration.js';

/**
 * What the permissions layer keeps (ports/permissions.ts, issue #8). `user_roles`: the role a
 * user chose with switch-roles, one per (platform, workspace or tenant, user, configuration,
 * account); '' stands for "no workspace". `default_accounts`: the account a user uses by default
 * in a channel, indexed by `chosen_at` so housekeeping can forget choices older than 7 days.
 * `audit_log`: every command, click, dialog decision and denial, ids from a sequence so they
 * increase; indexed by time and by user (id, and name without case) for `chatops audit`. Audit
 * rows are never pruned.
 */
export const permissions: Migration = {
  id: 9,
  name: 'permissions',
  sql: `
CREATE TABLE user_roles (
  platform      text NOT NULL,
  workspace_id  text NOT NULL,
  user_id       text NOT NULL,
  configuration text NOT NULL,
  account_id    text NOT NULL,
  role_arn      text NOT NULL,
  set_at        timestamptz NOT NULL,
  PRIMARY KEY (platform, workspace_id, user_id, configuration, account_id)
);
CREATE TABLE default_accounts (
  platform     text NOT NULL,
  workspace_id text NOT NULL,
  channel_id   text NOT NULL,
  user_id      text NOT NULL,
  account_id   text NOT NULL,
  chosen_at    timestamptz NOT NULL,
  PRIMARY KEY (platform, workspace_id, channel_id, user_id)
);
CREATE INDEX default_accounts_chosen_at ON default_accounts (chosen_at);
CREATE TABLE audit_log (
  id           bigserial PRIMARY KEY,
  at           timestamptz NOT NULL,
  kind         text NOT NULL CHECK (kind IN ('command', 'click', 'dialog', 'denial')),
  platform     text NOT NULL,
  workspace_id text,
  channel_id   text NOT NULL,
  user_id      text NOT NULL,
  user_name    text,
  account_id   text,
  role_arn     text,
  command      text,
  decision     text NOT NULL,
  policy       text,
  result_code  text,
  duration_ms  integer
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_user_id ON audit_log (user_id, id);
CREATE INDEX audit_log_user_name ON audit_log (lower(user_name), id);
`,
};
