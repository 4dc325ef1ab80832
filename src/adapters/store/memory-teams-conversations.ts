import type { Card } from '../../core/card.js';
import { ChatOpsError } from '../../core/errors.js';
import type { TeamsConversationRef, TeamsConversationStore } from '../../ports/teams-conversations.js';
import type { MemoryContext } from './memory-context.js';
import { storableCopy, storableText } from './storable.js';

const TYPES = new Set(['channel', 'groupChat', 'personal']);

function refused(reason: string): ChatOpsError {
  return new ChatOpsError('STORE_QUERY_FAILED', `The database refused a query: ${reason}.`, { nextStep: 'This is probably a bug; the log has the details.' });
}

/** Teams conversation references and remembered cards in memory, with the SQL tables' rules (migration 006). */
export function createMemoryTeamsConversations(ctx: MemoryContext): TeamsConversationStore {
  const refs = new Map<string, TeamsConversationRef>();
  // JSON [conversation id, activity id] -> the card and when it was written (ms, the context's clock).
  const cards = new Map<string, { card: Card; at: number }>();
  const cardKey = (conversationId: string, activityId: string) => JSON.stringify([storableText(conversationId), storableText(activityId)]);
  const ofTeam = (ref: TeamsConversationRef, teamId: string) => ref.teamId === teamId || ref.conversationId === teamId;

  return {
    async save(ref) {
      ctx.assertOpen();
      if (!TYPES.has(ref.conversationType)) refusedType(ref.conversationType);
      if (typeof ref.serviceUrl !== 'string') throw refused('null value in column "service_url" of relation "teams_conversations" violates not-null constraint');
      const stored: TeamsConversationRef = storableCopy({
        conversationId: ref.conversationId,
        conversationType: ref.conversationType,
        serviceUrl: ref.serviceUrl,
        ...(ref.tenantId !== undefined ? { tenantId: ref.tenantId } : {}),
        ...(ref.teamId !== undefined ? { teamId: ref.teamId } : {}),
        ...(ref.botId !== undefined ? { botId: ref.botId } : {}),
        updatedAt: ctx.clock.now().toISOString(),
      });
      // Kept in the order last saved: the last entry is the latest.
      refs.delete(stored.conversationId);
      refs.set(stored.conversationId, stored);
    },

    async get(conversationId) {
      ctx.assertOpen();
      const found = refs.get(storableText(conversationId));
      return found && storableCopy(found);
    },

    async ofTeam(teamId) {
      ctx.assertOpen();
      const id = storableText(teamId);
      return [...refs.values()]
        .filter((ref) => ofTeam(ref, id))
        .sort((a, b) => (a.conversationId < b.conversationId ? -1 : a.conversationId > b.conversationId ? 1 : 0))
        .map(storableCopy);
    },

    async latest() {
      ctx.assertOpen();
      const last = [...refs.values()].at(-1);
      return last && storableCopy(last);
    },

    async remove(conversationId) {
      ctx.assertOpen();
      return refs.delete(storableText(conversationId));
    },

    async removeTeam(teamId) {
      ctx.assertOpen();
      const id = storableText(teamId);
      let removed = 0;
      for (const ref of [...refs.values()]) {
        if (ofTeam(ref, id) && refs.delete(ref.conversationId)) removed++;
      }
      return removed;
    },

    async rememberCard(conversationId, activityId, card) {
      ctx.assertOpen();
      if (card === null || card === undefined) throw refused('null value in column "card" of relation "teams_cards" violates not-null constraint');
      cards.set(cardKey(conversationId, activityId), { card: storableCopy(card), at: ctx.clock.now().getTime() });
    },

    async card(conversationId, activityId) {
      ctx.assertOpen();
      const found = cards.get(cardKey(conversationId, activityId));
      return found && storableCopy(found.card);
    },

    async pruneCards(beforeIso) {
      ctx.assertOpen();
      const cutoff = Date.parse(beforeIso);
      if (Number.isNaN(cutoff)) throw refused(`invalid input syntax for type timestamp with time zone: ${JSON.stringify(beforeIso)}`);
      let removed = 0;
      for (const [key, { at }] of cards) {
        if (at < cutoff) {
          cards.delete(key);
          removed++;
        }
      }
      return removed;
    },
  };
}

function refusedType(type: unknown): never {
  throw refused(`new row for relation "teams_conversations" violates check constraint "teams_conversations_conversation_type_check" (conversation type ${JSON.stringify(type)})`);
}
