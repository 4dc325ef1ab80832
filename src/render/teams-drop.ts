import type { AcElement } from './teams-elements.js';
import { textBlock } from './teams-elements.js';
import { leftOutNote } from './truncate.js';

/** Room kept for the note itself and the commas between elements. */
const NOTE_BYTES = 200;

export interface TeamsGroups {
  sections: AcElement[][];
  actions: AcElement[];
}

/**
 * Last resort when cutting texts was not enough: leaves out whole sections from the end (then
 * actions, from the end) until `excessBytes` are saved, and ends the sections with a note
 * saying how many were left out.
 */
export function dropTrailing(groups: TeamsGroups, excessBytes: number): { sections: AcElement[]; actions: AcElement[] } {
  let toSave = excessBytes + NOTE_BYTES;
  const sections = [...groups.sections];
  const actions = [...groups.actions];
  let leftSections = 0;
  let leftActions = 0;
  while (toSave > 0 && sections.length) {
    const group = sections.pop() as AcElement[];
    toSave -= bytesOf(group);
    if (group.length) leftSections++;
  }
  while (toSave > 0 && actions.length) {
    toSave -= bytesOf([actions.pop()]);
    leftActions++;
  }
  const note = leftOutNote(leftSections, leftActions);
  const kept = sections.flat();
  if (note) kept.push(textBlock(`_${note}_`, { isSubtle: true }));
  return { sections: kept, actions };
}

/** What the elements take in the body array: each one serialised, plus its comma. */
function bytesOf(elements: unknown[]): number {
  return elements.reduce<number>((sum, e) => sum + Buffer.byteLength(JSON.stringify(e), 'utf8') + 1, 0);
}
