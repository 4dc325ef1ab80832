import { TEAMS_LIMITS } from './teams-limits.js';
import { fitText } from './truncate.js';

/** A text in the card that may be cut to make the card smaller: where it lives and how to re-render it shorter. */
export interface TextSlot {
  holder: { text: string };
  fit: (limit: number) => string;
}

const onNewParagraph = (body: string, marker: string) => (body ? `${body}\n\n${marker}` : marker);

/** Renders `source` into `holder.text` (within the per-text cap) and registers it as cuttable. */
export function slotText<T extends { text: string }>(slots: TextSlot[], holder: T, source: string, render: (s: string) => string, assemble = onNewParagraph): T {
  const fit = (limit: number) => fitText(source, limit, render, assemble);
  holder.text = fit(TEAMS_LIMITS.textChars);
  slots.push({ holder, fit });
  return holder;
}

/**
 * Cuts the longest texts first until the card is within `maxBytes`: finds the length above
 * which every text must be cut to save the excess (a water level) and cuts those. `bytes` is
 * the card's measured size; each cut subtracts exactly what the text's JSON shrank by, so the
 * card is serialised once. Returns the size after cutting; the caller drops sections if that
 * is still too big.
 */
export function shrinkTexts(slots: TextSlot[], bytes: number, maxBytes: number): number {
  for (let round = 0; round < 8 && bytes > maxBytes; round++) {
    const excess = bytes - maxBytes + 256;
    const cap = Math.max(TEAMS_LIMITS.minTextChars, waterLevel(slots.map((s) => s.holder.text.length), excess));
    let changed = false;
    for (const slot of slots) {
      if (slot.holder.text.length > cap) {
        const before = jsonBytes(slot.holder.text);
        slot.holder.text = slot.fit(cap);
        bytes -= before - jsonBytes(slot.holder.text);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return bytes;
}

function jsonBytes(text: string): number {
  return Buffer.byteLength(JSON.stringify(text), 'utf8');
}

/** The largest cap such that cutting every length above it down to it saves at least `excess`. */
export function waterLevel(lengths: number[], excess: number): number {
  const sorted = [...lengths].sort((a, b) => b - a);
  let sum = 0;
  for (let k = 0; k < sorted.length; k++) {
    sum += sorted[k] ?? 0;
    const cap = Math.floor((sum - excess) / (k + 1));
    if (cap >= (sorted[k + 1] ?? 0)) return Math.max(0, cap);
  }
  return 0;
}
