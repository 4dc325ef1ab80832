/**
 * Small typed builders for the Adaptive Card 1.5 elements the Teams renderer emits, so the
 * card is built from values, never from JSON strings.
 */

export type AcElement = Record<string, unknown>;
export type Spacing = 'None' | 'Small' | 'Default' | 'Medium' | 'Large';

export type TextBlock = {
  type: 'TextBlock';
  text: string;
  wrap: true;
  style?: 'heading';
  size?: 'Small' | 'Medium' | 'Large';
  weight?: 'Bolder';
  color?: 'Attention' | 'Warning' | 'Good' | 'Accent';
  isSubtle?: boolean;
  spacing?: Spacing;
  separator?: boolean;
};

export type TextRun = { type: 'TextRun'; text: string; fontType: 'Monospace' };

export type AcAction = Record<string, unknown> & { type: `Action.${string}`; title: string };

export function textBlock(text: string, options: Omit<TextBlock, 'type' | 'text' | 'wrap'> = {}): TextBlock {
  return { type: 'TextBlock', text, wrap: true, ...options };
}

export function container(items: AcElement[], options: AcElement = {}): AcElement {
  return { type: 'Container', ...options, items };
}

export function column(items: AcElement[], width: 'auto' | 'stretch'): AcElement {
  return { type: 'Column', width, items };
}

export function actionSet(actions: AcAction[]): AcElement {
  return { type: 'ActionSet', actions };
}

/** "Event JSON" → "event JSON", "Logs" → "logs": a title used inside a sentence. */
export function lowerFirst(title: string): string {
  return /^\p{Lu}\p{Ll}/u.test(title) ? title.charAt(0).toLowerCase() + title.slice(1) : title;
}
