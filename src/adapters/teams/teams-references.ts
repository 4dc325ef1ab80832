/**
 * Keeps the stored conversation references up to date from the activities Teams sends. Every
 * activity names its conversation; writing the same reference again on every message would
 * cost a store write per message, so what was written lately is remembered in-process and an
 * unchanged reference is written again only once a day (its `updatedAt` says when it was seen).
 */
import type { Clock } from '../../ports/clock.js';
import type { TeamsConversationRef, TeamsConversationStore } from '../../ports/teams-conversations.js';

const REWRITE_AFTER_MS = 86_400_000;
const MAX_REMEMBERED = 10_000;

export class TeamsReferences {
  readonly #store: TeamsConversationStore;
  readonly #clock: Clock;
  /** conversation id → the reference as written and when. */
  readonly #written = new Map<string, { key: string; at: number; teamId?: string }>();

  constructor(store: TeamsConversationStore, clock: Clock) {
    this.#store = store;
    this.#clock = clock;
  }

  /** Saves the reference unless the same one was written lately; `force` always writes (installs). */
  async keep(ref: TeamsConversationRef, options: { force?: boolean } = {}): Promise<boolean> {
    const key = JSON.stringify([ref.conversationType, ref.serviceUrl, ref.tenantId ?? '', ref.teamId ?? '', ref.botId ?? '']);
    const now = this.#clock.now().getTime();
    const seen = this.#written.get(ref.conversationId);
    if (!options.force && seen && seen.key === key && now - seen.at < REWRITE_AFTER_MS) return false;
    await this.#store.save(ref);
    this.#written.delete(ref.conversationId);
    this.#written.set(ref.conversationId, { key, at: now, ...(ref.teamId ? { teamId: ref.teamId } : {}) });
    if (this.#written.size > MAX_REMEMBERED) this.#written.delete(this.#written.keys().next().value!);
    return true;
  }

  /** The bot left a chat or a channel was deleted. */
  async remove(conversationId: string): Promise<boolean> {
    this.#written.delete(conversationId);
    return this.#store.remove(conversationId);
  }

  /** The app was uninstalled from a team: every channel of it goes. */
  async removeTeam(teamId: string): Promise<number> {
    for (const [id, w] of this.#written) if (id === teamId || w.teamId === teamId) this.#written.delete(id);
    return this.#store.removeTeam(teamId);
  }
}
