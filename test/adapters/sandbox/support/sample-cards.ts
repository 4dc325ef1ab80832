import type { Card } from '../../../../src/core/card.js';

/** A hand-made card with fields, a code section, a select, an input and buttons. */
export function alarmCard(overrides: Partial<Card> = {}): Card {
  return {
    title: 'ALARM: "api-5xx-rate" in US East (N. Virginia)',
    severity: 'critical',
    icon: { emoji: 'rotating_light', alt: 'Alarm' },
    subtitle: 'Amazon CloudWatch · 123456789012 · us-east-1',
    sections: [
      { type: 'text', format: 'markdown', text: 'Threshold crossed: **5xx rate** above 5% for 3 datapoints. See the [runbook](https://example.com/runbooks/api-5xx).' },
      {
        type: 'fields',
        fields: [
          { label: 'State', value: 'OK → ALARM', short: true },
          { label: 'Metric', value: 'AWS/ApiGateway 5XXError', short: true },
          { label: 'Account', value: '123456789012', short: true },
          { label: 'Region', value: 'us-east-1', short: true },
        ],
      },
      { type: 'code', title: 'Reason', code: 'Threshold Crossed: 3 out of the last 3 datapoints [7.1, 6.4, 5.9] were greater than the threshold (5.0).', language: 'text' },
    ],
    actions: [
      { type: 'button', id: 'ack', label: 'Acknowledge', value: 'token-ack-123', style: 'primary' },
      { type: 'button', id: 'mute', label: 'Mute 1 h', value: 'token-mute-456' },
      { type: 'select', id: 'assign', label: 'Assign to', placeholder: 'Pick a team', options: [ { label: 'Platform', value: 'platform' }, { label: 'Payments', value: 'payments' } ] },
      { type: 'link', label: 'Open in console', url: 'https://console.aws.amazon.com/cloudwatch/home?region=us-east-1#alarmsV2:alarm/api-5xx-rate' },
    ],
    footer: 'Amazon CloudWatch · 2024-05-01 10:32 UTC',
    threadKey: 'alarm:api-5xx-rate',
    fallbackText: 'ALARM: api-5xx-rate in us-east-1',
    ...overrides,
  };
}
