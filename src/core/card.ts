/**
 * The neutral card: everything a pipeline wants to show, with no knowledge of Slack or Teams.
 * `render/` turns it into Block Kit or an Adaptive Card and owns each platform's limits.
 *
 * Text is plain unless a section says `format: 'markdown'`. Markdown here is a small neutral
 * subset that both platforms can show: **bold**, _italic_, `code`, [label](https://url), lines
 * starting with "- " as bullets. Renderers escape plain text and translate the subset.
 */

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info', 'success', 'neutral'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * - plain: shown literally (renderers escape it).
 * - markdown: the neutral subset described above.
 * - client: text written for the chat client itself (custom notifications' "client-markdown"):
 *   passed through as mrkdwn on Slack and as markdown on Teams, only made safe, not escaped.
 */
export type TextFormat = 'plain' | 'markdown' | 'client';

export interface CardIcon {
  /** A short emoji shortcode without colons (e.g. "rotating_light"), used where images aren't wanted. */
  emoji?: string;
  /** An https image URL (service icon). */
  url?: string;
  alt: string;
}

export interface CardField {
  label: string;
  value: string;
  /** When set, the value is shown as a link to this URL. */
  url?: string;
  /** Short fields may sit side by side. */
  short?: boolean;
}

export interface TextSection {
  type: 'text';
  text: string;
  format?: TextFormat;
  /** Optional small heading shown above the text. */
  title?: string;
}

export interface FieldsSection {
  type: 'fields';
  title?: string;
  fields: CardField[];
}

export interface CodeSection {
  type: 'code';
  title?: string;
  code: string;
  language?: string;
  /** Collapsed sections are hidden behind a "Show" toggle where the platform can do that. */
  collapsed?: boolean;
}

export interface ImageSection {
  type: 'image';
  url: string;
  alt: string;
  title?: string;
}

export interface ListSection {
  type: 'list';
  title?: string;
  items: string[];
  ordered?: boolean;
  format?: TextFormat;
}

export interface DividerSection {
  type: 'divider';
}

export type CardSection = TextSection | FieldsSection | CodeSection | ImageSection | ListSection | DividerSection;

export type ButtonStyle = 'default' | 'primary' | 'danger';

export interface ConfirmSpec {
  title: string;
  text: string;
  confirm: string;
  deny: string;
}

/** A button. `id` names the action; `value` is an opaque token (never a command). */
export interface ButtonAction {
  type: 'button';
  id: string;
  label: string;
  value?: string;
  style?: ButtonStyle;
  confirm?: ConfirmSpec;
}

export interface LinkAction {
  type: 'link';
  label: string;
  url: string;
}

export interface SelectOption {
  label: string;
  value: string;
  description?: string;
}

export interface SelectAction {
  type: 'select';
  id: string;
  label: string;
  placeholder?: string;
  options: SelectOption[];
  initial?: string;
}

export interface InputAction {
  type: 'input';
  id: string;
  label: string;
  placeholder?: string;
  initial?: string;
  multiline?: boolean;
  required?: boolean;
  /**
   * What a valid answer looks like, as a regular expression over the whole text (e.g.
   * `i-[0-9a-f]{8,17}`), with the words shown when it does not match. Platforms that check
   * inputs before sending (Teams) check it; the dialog checks every answer again anyway.
   */
  validation?: { pattern: string; message: string };
}

export type CardAction = ButtonAction | LinkAction | SelectAction | InputAction;

export interface Card {
  title: string;
  severity?: Severity;
  icon?: CardIcon;
  /** One short line under the title: service, account, region. */
  subtitle?: string;
  sections: CardSection[];
  actions?: CardAction[];
  footer?: string;
  /** Cards with the same thread key belong in one chat thread. */
  threadKey?: string;
  /** Plain text for notifications, screen readers and clients that can't show cards. */
  fallbackText?: string;
}
