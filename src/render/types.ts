import type { KnownBlock } from '@slack/types';

/** A `chat.postMessage` payload without the channel: fallback text plus blocks. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/** An Adaptive Card 1.5 object as Teams receives it in an attachment. */
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: '1.5';
  body: Record<string, unknown>[];
  actions?: Record<string, unknown>[];
  msteams?: Record<string, unknown>;
  fallbackText?: string;
}
