/**
 * The account a user works in by default in a channel with several accounts: chosen in a
 * dialog or with `@aws set default-account`, remembered 7 days (as the reference says), then
 * asked again.
 */
import type { DefaultAccountKey } from '../ports/permissions.js';
import type { AccessDeps, Actor } from './access-types.js';

export const DEFAULT_ACCOUNT_DAYS = 7;
const DAY_MS = 86_400_000;

export function defaultAccountKey(actor: Actor): DefaultAccountKey {
  return { platform: actor.platform, workspaceId: actor.workspaceId ?? '', channelId: actor.channelId, userId: actor.userId };
}

/** The user's default account key in the channel, unless it is older than the remembered days. */
export async function defaultAccountOf(actor: Actor, deps: Pick<AccessDeps, 'defaultAccounts' | 'clock' | 'defaultAccountDays'>): Promise<string | undefined> {
  const record = await deps.defaultAccounts.get(defaultAccountKey(actor));
  if (!record) return undefined;
  const days = deps.defaultAccountDays ?? DEFAULT_ACCOUNT_DAYS;
  if (Date.parse(record.chosenAt) + days * DAY_MS <= deps.clock.now().getTime()) return undefined;
  return record.accountId;
}

export async function rememberDefaultAccount(actor: Actor, accountId: string, deps: Pick<AccessDeps, 'defaultAccounts' | 'clock'>): Promise<void> {
  await deps.defaultAccounts.set({ ...defaultAccountKey(actor), accountId, chosenAt: deps.clock.now().toISOString() });
}

/** When a remembered choice stops counting, for the cards ("until 13 December"). */
export function rememberedUntil(now: Date, days = DEFAULT_ACCOUNT_DAYS): Date {
  return new Date(now.getTime() + days * DAY_MS);
}
