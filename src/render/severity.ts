import type { Severity } from '../core/card.js';

/** How a severity shows on each platform. `neutral` (or none) shows no marker at all. */
export interface SeverityLook {
  label: string;
  /** Slack emoji shortcode shown before the title. */
  slackEmoji: string;
  /** Adaptive Card container style of the header. */
  acStyle: 'attention' | 'warning' | 'good' | 'accent';
  /** Adaptive Card TextBlock colour of the severity label. */
  acColor: 'Attention' | 'Warning' | 'Good' | 'Accent';
}

const LOOKS: Record<Exclude<Severity, 'neutral'>, SeverityLook> = {
  critical: { label: 'Critical', slackEmoji: ':red_circle:', acStyle: 'attention', acColor: 'Attention' },
  high: { label: 'High', slackEmoji: ':large_orange_circle:', acStyle: 'attention', acColor: 'Attention' },
  medium: { label: 'Medium', slackEmoji: ':large_yellow_circle:', acStyle: 'warning', acColor: 'Warning' },
  low: { label: 'Low', slackEmoji: ':large_blue_circle:', acStyle: 'accent', acColor: 'Accent' },
  info: { label: 'Info', slackEmoji: ':information_source:', acStyle: 'accent', acColor: 'Accent' },
  success: { label: 'Success', slackEmoji: ':large_green_circle:', acStyle: 'good', acColor: 'Good' },
};

export function severityLook(severity: Severity | undefined): SeverityLook | undefined {
  return severity && severity !== 'neutral' ? LOOKS[severity] : undefined;
}
