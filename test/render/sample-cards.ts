import type { Card } from '../../src/core/card.js';
import { readFixture } from '../support/fixtures.js';

/**
 * Hand-built cards the renderer tests and golden files use. The alarm and the GuardDuty
 * finding carry the values of real sample events, read in place from ../shared/fixtures.
 */

function fixture(relPath: string): Record<string, unknown> {
  return JSON.parse(readFixture(relPath).toString('utf8')) as Record<string, unknown>;
}

interface AlarmEvent {
  account: string;
  region: string;
  time: string;
  detail: { alarmName: string; configuration: { description: string }; state: { value: string; reason: string }; previousState: { value: string } };
}

/** A CloudWatch alarm going into ALARM: fields side by side, the reason, the raw event collapsed, buttons and a link. */
export function alarmCard(): Card {
  const event = fixture('cloudwatch/eventbridge-alarm-state-change-metric-alarm.json') as unknown as AlarmEvent;
  const d = event.detail;
  return {
    title: `${d.alarmName} is in ${d.state.value}`,
    severity: 'critical',
    icon: { emoji: 'rotating_light', alt: 'Amazon CloudWatch' },
    subtitle: `Amazon CloudWatch · ${event.account} · ${event.region}`,
    sections: [
      { type: 'text', text: d.configuration.description },
      {
        type: 'fields',
        fields: [
          { label: 'State', value: `${d.state.value} (was ${d.previousState.value})`, short: true },
          { label: 'Region', value: event.region, short: true },
          { label: 'Account', value: event.account, short: true },
          { label: 'Time', value: event.time, short: true },
          { label: 'Reason', value: d.state.reason },
        ],
      },
      { type: 'code', title: 'Event JSON', code: JSON.stringify(event, null, 2), language: 'json', collapsed: true },
    ],
    actions: [
      { type: 'button', id: 'alarm.mute', label: 'Mute for 1 hour', value: 'btn_8f3a2c', style: 'primary' },
      { type: 'link', label: 'Open in CloudWatch', url: `https://console.aws.amazon.com/cloudwatch/home?region=${event.region}#alarmsV2:alarm/${d.alarmName}` },
    ],
    footer: 'aws-chatops · channel configuration ops-alerts',
    threadKey: `alarm:${d.alarmName}`,
  };
}

interface GuardDutyEvent {
  region: string;
  detail: { title: string; description: string; type: string; accountId: string; severity: number; service: { eventFirstSeen: string; eventLastSeen: string; count: number } };
}

/** A GuardDuty finding: markdown text with a link, a bulleted list, a divider, an icon image and a dangerous confirmed button. */
export function guardDutyCard(): Card {
  const event = fixture('eventbridge/guardduty-finding-recon-port-probe-high-partial.json') as unknown as GuardDutyEvent;
  const d = event.detail;
  return {
    title: d.title,
    severity: 'high',
    icon: { url: 'https://chatops.example.com/icons/guardduty.png', alt: 'Amazon GuardDuty' },
    subtitle: `Amazon GuardDuty · ${d.accountId} · ${event.region}`,
    sections: [
      {
        type: 'text',
        format: 'markdown',
        title: 'Finding',
        text: `**${d.type}** (severity ${d.severity})\n${d.description}\nSee [the finding types](https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_finding-types-ec2.html).`,
      },
      { type: 'divider' },
      {
        type: 'list',
        title: 'Activity',
        items: [`First seen ${d.service.eventFirstSeen}`, `Last seen ${d.service.eventLastSeen}`, `Seen _${d.service.count}_ times`],
        format: 'markdown',
      },
    ],
    actions: [
      {
        type: 'button',
        id: 'guardduty.isolate',
        label: 'Isolate instance',
        value: 'btn_51c9de',
        style: 'danger',
        confirm: { title: 'Isolate the instance?', text: 'Its security groups are replaced by a quarantine group.', confirm: 'Isolate', deny: 'Cancel' },
      },
      { type: 'button', id: 'guardduty.archive', label: 'Archive finding', value: 'btn_77ab10' },
    ],
    fallbackText: `[High] ${d.title}`,
  };
}

/** The answer to a command: an ordered list, uncollapsed output, a select, a text input and an image. */
export function commandResultCard(): Card {
  return {
    title: 'aws ec2 describe-instances',
    severity: 'success',
    subtitle: 'Account 123456789012 · us-east-1 · role ChatOpsReadOnly',
    sections: [
      { type: 'list', title: 'Steps', items: ['Resolved the operation', 'Ran it with --query Reservations[].Instances[].InstanceId'], ordered: true },
      { type: 'code', title: 'Output', code: '[\n  "i-0123456789abcdef0",\n  "i-0fedcba9876543210"\n]', language: 'json' },
      { type: 'image', url: 'https://chatops.example.com/charts/cpu.png', alt: 'CPU utilisation, last hour', title: 'CPU' },
    ],
    actions: [
      {
        type: 'select',
        id: 'instance',
        label: 'Instance',
        placeholder: 'Pick an instance',
        options: [
          { label: 'i-0123456789abcdef0', value: 'i-0123456789abcdef0', description: 'web-1' },
          { label: 'i-0fedcba9876543210', value: 'i-0fedcba9876543210', description: 'web-2' },
        ],
        initial: 'i-0fedcba9876543210',
      },
      { type: 'input', id: 'note', label: 'Note for the audit log', placeholder: 'Why are you doing this?', multiline: true, required: true },
      { type: 'button', id: 'ec2.reboot', label: 'Reboot', value: 'btn_0c77e1', style: 'danger', confirm: { title: 'Reboot?', text: 'The instance restarts now.', confirm: 'Reboot', deny: 'Cancel' } },
    ],
    footer: 'Ran in 412 ms',
  };
}

/** The least a card can be: a title. */
export function minimalCard(): Card {
  return { title: 'Hello from aws-chatops', sections: [] };
}

/** Far bigger than either platform takes: 60 sections, 10,000-character text, long labels, 150 options, 100 KB of code. */
export function hugeCard(): Card {
  const sections: Card['sections'] = [{ type: 'text', text: 'x'.repeat(10_000) }, { type: 'code', code: `${'{"k":"v"},\n'.repeat(9_310)}`.slice(0, 100_000) }];
  for (let i = sections.length; i < 60; i++) sections.push({ type: 'text', title: `Section ${i + 1}`, text: `Body of section ${i + 1}. `.repeat(40) });
  return {
    title: 'T'.repeat(400),
    severity: 'medium',
    sections,
    actions: [
      { type: 'button', id: 'long', label: 'L'.repeat(200), value: 'btn_1' },
      { type: 'select', id: 'pick', label: 'Pick one', options: Array.from({ length: 150 }, (_, i) => ({ label: `Option ${i + 1}`, value: `v${i + 1}` })) },
    ],
    footer: 'f'.repeat(5_000),
  };
}
