import type { Migration } from './migration.js';

/**
 * When a try of an outbox row started and has not ended yet. The deliverer sets it just before
 * a post to a chat that looks for earlier posts (Slack), and every outcome (sent, retry, dead,
 * coalesced) clears it. A row found with it set was being sent when the process stopped: Slack
 * may have the message already, so the next try looks for it before posting again.
 */
export const outboxSendingSince: Migration = {
  id: 5,
  name: 'outbox-sending-since',
  sql: `
ALTER TABLE outbox ADD COLUMN sending_since timestamptz;
`,
};
