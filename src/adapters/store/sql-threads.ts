import { ChatOpsError } from '../../core/errors.js';
import type { ThreadRecord, ThreadStore } from '../../ports/store.js';
import type { SqlQueryable } from './sql-client.js';
import { toIso } from './sql-values.js';

interface ThreadRow {
  channel_key: string;
  thread_key: string;
  message_id: string;
  thread_id: string;
  created_at: Date | string;
}

const SELECT = 'SELECT channel_key, thread_key, message_id, thread_id, created_at FROM threads WHERE channel_key = $1 AND thread_key = $2';

export function createSqlThreads(db: SqlQueryable): ThreadStore {
  async function get(channelKey: string, threadKey: string): Promise<ThreadRecord | undefined> {
    const rows = await db.query<ThreadRow>(SELECT, [channelKey, threadKey]);
    return rows[0] ? fromRow(rows[0]) : undefined;
  }

  return {
    get,
    // Two statements on purpose: after a racing writer commits, only a new statement sees its row.
    async putIfAbsent(record) {
      await db.query(
        `INSERT INTO threads (channel_key, thread_key, message_id, thread_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (channel_key, thread_key) DO NOTHING`,
        [record.channelKey, record.threadKey, record.messageId, record.threadId],
      );
      const stored = await get(record.channelKey, record.threadKey);
      if (!stored) {
        throw new ChatOpsError('STORE_QUERY_FAILED', `Thread ${record.threadKey} in ${record.channelKey} was not found right after it was written.`);
      }
      return stored;
    },
  };
}

function fromRow(row: ThreadRow): ThreadRecord {
  return {
    channelKey: row.channel_key,
    threadKey: row.thread_key,
    messageId: row.message_id,
    threadId: row.thread_id,
    createdAt: toIso(row.created_at),
  };
}
