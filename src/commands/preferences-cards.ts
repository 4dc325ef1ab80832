import type { ChannelConfiguration } from '../config/schema.js';
import type { Card, CardSection } from '../core/card.js';
import type { ChannelPreferencesRecord, ThreadingPreference } from '../ports/preferences.js';

const CHANGE_IT =
  'Change it with `@aws preferences threading on` or `@aws preferences threading off`; `@aws preferences threading default` goes back to what the configurations say.';
const THREADED = 'Notifications in this channel are now threaded by alarm, finding or pipeline run: later notifications about the same thing reply in the first one\'s thread, and the first card shows the latest state.';
const FLAT = 'Notifications in this channel are no longer threaded: each notification is now its own message.';

/** The answer to `@aws preferences`: threading here, where that comes from, and who delivers here. */
export function preferencesCard(record: ChannelPreferencesRecord | undefined, configurations: readonly ChannelConfiguration[]): Card {
  const chosen = record?.preferences.threading;
  const fields = chosen
    ? [
        { label: 'Threading', value: onOff(chosen), short: true },
        { label: 'Comes from', value: `This channel's preference, set by ${record!.updatedBy} on ${utcMinute(record!.updatedAt)}`, short: true },
      ]
    : [
        { label: 'Threading', value: fromConfigurations(configurations), short: true },
        { label: 'Comes from', value: configurations.length > 1 ? "Each configuration's threading setting (this channel has no preference of its own)" : "The configuration's threading setting (this channel has no preference of its own)", short: true },
      ];
  return {
    title: 'Notification preferences for this channel',
    severity: 'info',
    sections: [{ type: 'fields', fields }, deliveredBy(configurations, chosen), { type: 'text', format: 'markdown', text: CHANGE_IT }],
    footer: 'aws-chatops',
    fallbackText: `Notification preferences for this channel: threading ${chosen ?? fromConfigurations(configurations).toLowerCase()}.`,
  };
}

/** After `@aws preferences threading on|off`. */
export function threadingSetCard(threading: ThreadingPreference, by: string, configurations: readonly ChannelConfiguration[]): Card {
  const sections: CardSection[] = [
    { type: 'text', text: threading === 'on' ? THREADED : FLAT },
    { type: 'text', text: `Set by ${by}. It applies from the next notification, to every configuration that delivers here, whatever their own threading setting says.` },
    { type: 'text', format: 'markdown', text: '`@aws preferences threading default` goes back to what the configurations say.' },
  ];
  if (configurations.length === 0) sections.splice(2, 0, noConfigurations());
  return {
    title: threading === 'on' ? 'Threading is on in this channel' : 'Threading is off in this channel',
    severity: 'success',
    sections,
    fallbackText: threading === 'on' ? THREADED : FLAT,
  };
}

/** After `@aws preferences threading default`, when the channel had a preference. */
export function threadingDefaultCard(by: string, configurations: readonly ChannelConfiguration[]): Card {
  return {
    title: 'Threading follows the configurations again',
    severity: 'success',
    sections: [
      { type: 'text', text: `${by} removed this channel's threading preference. From the next notification on, threading here is what the configurations say: ${fromConfigurations(configurations).toLowerCase()}.` },
      deliveredBy(configurations, undefined),
    ],
    fallbackText: `This channel's threading preference was removed; threading follows the configurations again.`,
  };
}

/** `@aws preferences threading default` when there was nothing to remove. */
export function alreadyDefaultCard(configurations: readonly ChannelConfiguration[]): Card {
  return {
    title: 'Nothing to change',
    severity: 'neutral',
    sections: [
      { type: 'text', text: `This channel has no threading preference of its own, so threading already follows the configurations: ${fromConfigurations(configurations).toLowerCase()}.` },
      deliveredBy(configurations, undefined),
    ],
    fallbackText: 'This channel has no threading preference; threading already follows the configurations.',
  };
}

/** Anything else under `@aws preferences`. */
export function preferencesUsageCard(problem?: string): Card {
  return {
    title: 'How to use @aws preferences',
    severity: 'neutral',
    sections: [
      ...(problem ? [{ type: 'text' as const, text: problem }] : []),
      {
        type: 'list',
        format: 'markdown',
        items: [
          '`@aws preferences` shows this channel\'s notification preferences',
          '`@aws preferences threading on` threads notifications by alarm, finding or pipeline run',
          '`@aws preferences threading off` posts each notification as its own message',
          '`@aws preferences threading default` follows the configurations\' threading setting again',
        ],
      },
    ],
    fallbackText: 'Usage: @aws preferences [threading on|off|default]',
  };
}

function onOff(threading: ThreadingPreference): string {
  return threading === 'on' ? 'On' : 'Off';
}

/** "On", "Off", "On for ops, off for ops-copy", or "On (the default)" when nothing delivers here. */
function fromConfigurations(configurations: readonly ChannelConfiguration[]): string {
  if (configurations.length === 0) return 'On (the default)';
  const values = new Set(configurations.map((c) => c.threading));
  if (values.size === 1) return onOff(configurations[0]!.threading);
  const parts = configurations.map((c) => `${c.threading} for ${c.name}`).join(', ');
  return `${parts.charAt(0).toUpperCase()}${parts.slice(1)}`;
}

function deliveredBy(configurations: readonly ChannelConfiguration[], chosen: ThreadingPreference | undefined): CardSection {
  if (configurations.length === 0) return noConfigurations();
  return {
    type: 'list',
    title: 'Configurations that deliver here',
    format: 'markdown',
    items: configurations.map((c) => {
      const own = `its own setting: threading ${c.threading}`;
      return `\`${c.name}\` (${c.platform}) — ${chosen && chosen !== c.threading ? `${own}, overridden here` : own}`;
    }),
  };
}

function noConfigurations(): CardSection {
  return { type: 'text', text: 'No enabled channel configuration delivers notifications to this channel yet. A preference set here applies as soon as one does.' };
}

/** 2026-11-23T10:00:01.123Z → 2026-11-23 10:00 UTC */
function utcMinute(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}
