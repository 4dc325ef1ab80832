import type { ChannelConfiguration } from '../config/schema.js';
import type { Card } from '../core/card.js';
import { chatChannelKey, type ChatEvent } from '../core/chat-event.js';
import type { ChannelPreferenceStore, ThreadingPreference } from '../ports/preferences.js';
import { channelKeyOf } from '../notifications/pipeline/route-event.js';
import { alreadyDefaultCard, preferencesCard, preferencesUsageCard, threadingDefaultCard, threadingSetCard } from './preferences-cards.js';

/** What `@aws preferences …` asks for, parsed from the words after "preferences". */
export type PreferencesRequest =
  | { kind: 'show' }
  | { kind: 'threading'; threading: ThreadingPreference | 'default' }
  | { kind: 'usage'; problem?: string };

export interface PreferencesDeps {
  preferences: ChannelPreferenceStore;
  configurations: readonly ChannelConfiguration[];
}

const THREADING_VALUES = ['on', 'off', 'default'] as const;

/** `""` → show; `threading on|off|default` → set; anything else → usage, with what was wrong. */
export function parsePreferences(args: string): PreferencesRequest {
  const words = args.trim().split(/\s+/).filter(Boolean);
  const [first, second, ...rest] = words.map((w) => w.toLowerCase());
  if (first === undefined) return { kind: 'show' };
  if (first === 'help' || first === '--help') return { kind: 'usage' };
  if (first !== 'threading') return { kind: 'usage', problem: `"${words[0]}" is not a preference aws-chatops knows. Threading is the one you can change today.` };
  if (second === undefined) return { kind: 'usage', problem: 'Say how you want threading: on, off or default.' };
  const value = THREADING_VALUES.find((v) => v === second);
  if (!value) return { kind: 'usage', problem: `"${words[1]}" is not a threading setting: use on, off or default.` };
  if (rest.length) return { kind: 'usage', problem: `"@aws preferences threading ${value}" takes nothing after "${value}".` };
  return { kind: 'threading', threading: value };
}

/**
 * Runs `@aws preferences …` in the event's channel and returns the card to answer with. The
 * channel key is the one the outbox uses (`<platform>:<channel id>`), so the inbox worker finds
 * the preference for every configuration that delivers to this channel.
 */
export async function runPreferences(event: ChatEvent, args: string, deps: PreferencesDeps): Promise<Card> {
  const request = parsePreferences(args);
  if (request.kind === 'usage') return preferencesUsageCard(request.problem);
  const channelKey = chatChannelKey(event);
  const configurations = deps.configurations.filter((c) => c.enabled && channelKeyOf(c) === channelKey);
  if (request.kind === 'show') return preferencesCard(await deps.preferences.get(channelKey), configurations);
  const by = event.user.name ?? event.user.id;
  if (request.threading === 'default') {
    const before = await deps.preferences.get(channelKey);
    if (before?.preferences.threading === undefined) return alreadyDefaultCard(configurations);
    await deps.preferences.set(channelKey, { threading: null }, by);
    return threadingDefaultCard(by, configurations);
  }
  await deps.preferences.set(channelKey, { threading: request.threading }, by);
  return threadingSetCard(request.threading, by, configurations);
}
