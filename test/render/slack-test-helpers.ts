import type { ActionsBlock, Button, ContextBlock, HeaderBlock, InputBlock, KnownBlock, SectionBlock } from '@slack/types';
import type { Card, CardAction, CardSection } from '../../src/core/card.js';
import { renderSlack } from '../../src/render/slack.js';

/** Small readers over rendered Block Kit, so tests say what they look for. */

export function cardWith(sections: CardSection[], actions: CardAction[] = []): Card {
  return { title: 'Test card', sections, actions };
}

/** The blocks after the header (the card above has no severity or subtitle, so no context line). */
export function bodyBlocks(card: Card): KnownBlock[] {
  return renderSlack(card).blocks.slice(1);
}

export function only<T extends KnownBlock>(blocks: KnownBlock[], type: T['type']): T[] {
  return blocks.filter((b): b is T => b.type === type);
}

export function sectionText(block: KnownBlock | undefined): string {
  const section = block as SectionBlock | undefined;
  return section?.text?.text ?? '';
}

export function buttons(blocks: KnownBlock[]): Button[] {
  return only<ActionsBlock>(blocks, 'actions').flatMap((b) => b.elements.filter((e): e is Button => e.type === 'button'));
}

export function contextTexts(blocks: KnownBlock[]): string[] {
  return only<ContextBlock>(blocks, 'context').flatMap((b) => b.elements.map((e) => ('text' in e ? e.text : `image:${e.alt_text}`)));
}

export type { HeaderBlock, InputBlock, SectionBlock };
