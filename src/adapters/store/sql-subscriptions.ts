import type { SubscriptionRecord, SubscriptionStore } from '../../ports/store.js';
import type { SqlQueryable } from './sql-client.js';
import { toIso } from './sql-values.js';
import { storableParam } from './storable.js';

interface SubscriptionRow {
  message_id: string;
  type: SubscriptionRecord['type'];
  topic_arn: string;
  status: SubscriptionRecord['status'];
  reason: string | null;
  at: Date | string;
}

const SELECT = 'SELECT message_id, type, topic_arn, status, reason, at FROM sns_subscriptions';

export function createSqlSubscriptions(db: SqlQueryable): SubscriptionStore {
  return {
    async record(entry) {
      await db.query('INSERT INTO sns_subscriptions (message_id, type, topic_arn, status, reason) VALUES ($1, $2, $3, $4, $5)', [
        entry.messageId,
        entry.type,
        entry.topicArn,
        entry.status,
        entry.reason ?? null,
      ].map(storableParam));
    },
    async list(topicArn) {
      const rows =
        topicArn === undefined
          ? await db.query<SubscriptionRow>(`${SELECT} ORDER BY seq`)
          : await db.query<SubscriptionRow>(`${SELECT} WHERE topic_arn = $1 ORDER BY seq`, [topicArn]);
      return rows.map(fromRow);
    },
  };
}

function fromRow(row: SubscriptionRow): SubscriptionRecord {
  const record: SubscriptionRecord = { messageId: row.message_id, type: row.type, topicArn: row.topic_arn, status: row.status, at: toIso(row.at) };
  if (row.reason !== null) record.reason = row.reason;
  return record;
}
