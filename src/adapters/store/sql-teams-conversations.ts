import type { Card } from '../../core/card.js';
import type { TeamsConversationRef, TeamsConversationStore, TeamsConversationType } from '../../ports/teams-conversations.js';
import type { SqlQueryable } from './sql-client.js';
import { toNumber } from './sql-rows.js';
import { toIso } from './sql-values.js';
import { storableJson, storableParam } from './storable.js';

interface ConversationRow {
  conversation_id: string;
  conversation_type: TeamsConversationType;
  service_url: string;
  tenant_id: string | null;
  team_id: string | null;
  bot_id: string | null;
  updated_at: Date | string;
}

const COLUMNS = 'conversation_id, conversation_type, service_url, tenant_id, team_id, bot_id, updated_at';

/**
 * Teams conversation references and remembered cards (migration 006). A save replaces the row
 * with the same conversation id in one statement; a team's rows are its channels (`team_id`)
 * and the row of the team id itself (the General channel, or the team as uninstall names it).
 */
export function createSqlTeamsConversations(db: SqlQueryable): TeamsConversationStore {
  return {
    async save(ref) {
      await db.query(
        `INSERT INTO teams_conversations (conversation_id, conversation_type, service_url, tenant_id, team_id, bot_id) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (conversation_id) DO UPDATE SET
           conversation_type = EXCLUDED.conversation_type,
           service_url = EXCLUDED.service_url,
           tenant_id = EXCLUDED.tenant_id,
           team_id = EXCLUDED.team_id,
           bot_id = EXCLUDED.bot_id,
           updated_at = now()`,
        [ref.conversationId, ref.conversationType, ref.serviceUrl, ref.tenantId ?? null, ref.teamId ?? null, ref.botId ?? null].map(storableParam),
      );
    },

    async get(conversationId) {
      const rows = await db.query<ConversationRow>(`SELECT ${COLUMNS} FROM teams_conversations WHERE conversation_id = $1`, [storableParam(conversationId)]);
      return rows[0] ? fromRow(rows[0]) : undefined;
    },

    async ofTeam(teamId) {
      const rows = await db.query<ConversationRow>(`SELECT ${COLUMNS} FROM teams_conversations WHERE team_id = $1 OR conversation_id = $1 ORDER BY conversation_id COLLATE "C"`, [
        storableParam(teamId),
      ]);
      return rows.map(fromRow);
    },

    async latest() {
      const rows = await db.query<ConversationRow>(`SELECT ${COLUMNS} FROM teams_conversations ORDER BY updated_at DESC, conversation_id COLLATE "C" LIMIT 1`);
      return rows[0] ? fromRow(rows[0]) : undefined;
    },

    async remove(conversationId) {
      const rows = await db.query('DELETE FROM teams_conversations WHERE conversation_id = $1 RETURNING conversation_id', [storableParam(conversationId)]);
      return rows.length > 0;
    },

    async removeTeam(teamId) {
      const rows = await db.query('DELETE FROM teams_conversations WHERE team_id = $1 OR conversation_id = $1 RETURNING conversation_id', [storableParam(teamId)]);
      return rows.length;
    },

    async rememberCard(conversationId, activityId, card) {
      await db.query(
        `INSERT INTO teams_cards (conversation_id, activity_id, card) VALUES ($1, $2, $3::jsonb)
         ON CONFLICT (conversation_id, activity_id) DO UPDATE SET card = EXCLUDED.card, updated_at = now()`,
        [storableParam(conversationId), storableParam(activityId), storableJson(card)],
      );
    },

    async card(conversationId, activityId) {
      const rows = await db.query<{ card: Card }>('SELECT card FROM teams_cards WHERE conversation_id = $1 AND activity_id = $2', [
        storableParam(conversationId),
        storableParam(activityId),
      ]);
      return rows[0]?.card;
    },

    async pruneCards(beforeIso) {
      const rows = await db.query<{ removed: number | string }>(
        `WITH gone AS (DELETE FROM teams_cards WHERE updated_at < $1::timestamptz RETURNING 1)
         SELECT count(*) AS removed FROM gone`,
        [beforeIso],
      );
      return toNumber(rows[0]?.removed ?? 0);
    },
  };
}

function fromRow(row: ConversationRow): TeamsConversationRef {
  return {
    conversationId: row.conversation_id,
    conversationType: row.conversation_type,
    serviceUrl: row.service_url,
    ...(row.tenant_id !== null ? { tenantId: row.tenant_id } : {}),
    ...(row.team_id !== null ? { teamId: row.team_id } : {}),
    ...(row.bot_id !== null ? { botId: row.bot_id } : {}),
    updatedAt: toIso(row.updated_at),
  };
}
