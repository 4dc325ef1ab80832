import type { Button, KnownBlock, PlainTextElement, PlainTextInput, PlainTextOption, StaticSelect } from '@slack/types';
import type { InputAction, SelectAction } from '../core/card.js';
import { escapeMrkdwn } from './escape.js';
import { SLACK_LIMITS as L } from './slack-limits.js';
import { mrkdwn, plainLine } from './slack-text.js';
import { clip, moreMarker } from './truncate.js';
import type { UniqueIds } from './unique-ids.js';

/** The action id of the "Fill in" button that opens a card's prompts as one modal form. */
export const FILL_IN_ACTION_ID = 'chatops.fill-in';

/**
 * One question a card asks (a select or a text input), as rendered: the same block and action
 * ids in the message and in the modal, so an answer from either reads the same.
 */
export interface SlackPrompt {
  kind: 'select' | 'input';
  blockId: string;
  label: PlainTextElement;
  /** Selects: a choice is needed. Inputs: the card's `required`. */
  optional: boolean;
  element: StaticSelect | PlainTextInput;
}

interface Ids {
  action: UniqueIds;
  block: UniqueIds;
}

/** A select → its options within Slack's limits, or undefined when none is usable. */
export function selectPrompt(a: SelectAction, ids: Ids): { prompt: SlackPrompt; hidden: number } | undefined {
  const seen = new Set<string>();
  const usable = a.options.filter((o) => o.value !== '' && o.value.length <= L.optionValue && !seen.has(o.value) && seen.add(o.value));
  const options: PlainTextOption[] = usable.slice(0, L.selectOptions).map((o) => ({
    text: plainLine(o.label, L.optionText, o.value),
    value: o.value,
    ...(o.description?.trim() ? { description: plainLine(o.description, L.optionDescription, ' ') } : {}),
  }));
  if (!options.length) return undefined;
  const initial = options.find((o) => o.value === a.initial);
  const element: StaticSelect = {
    type: 'static_select',
    action_id: ids.action.take(a.id, 'select'),
    placeholder: plainLine(a.placeholder, L.placeholder, 'Choose…'),
    options,
    ...(initial ? { initial_option: initial } : {}),
  };
  const prompt: SlackPrompt = { kind: 'select', blockId: ids.block.take(a.id, 'select'), label: plainLine(a.label, L.inputLabel, 'Choose'), optional: false, element };
  return { prompt, hidden: a.options.length - options.length };
}

/** A text input → a plain_text_input. */
export function inputPrompt(a: InputAction, ids: Ids): SlackPrompt {
  const element: PlainTextInput = {
    type: 'plain_text_input',
    action_id: ids.action.take(a.id, 'input'),
    ...(a.multiline ? { multiline: true } : {}),
    ...(a.placeholder?.trim() ? { placeholder: plainLine(a.placeholder, L.placeholder, ' ') } : {}),
    ...(a.initial ? { initial_value: clip(a.initial, L.inputInitialValue) } : {}),
  };
  return { kind: 'input', blockId: ids.block.take(a.id, 'input'), label: plainLine(a.label, L.inputLabel, a.id || 'Input'), optional: a.required !== true, element };
}

/**
 * A prompt as message blocks. A select: its label, then the `static_select` in an actions block
 * (choosing sends the answer at once). A text input: an `input` block with `dispatch_action`,
 * so pressing Enter sends it.
 */
export function promptMessageBlocks(prompt: SlackPrompt, hiddenOptions = 0): KnownBlock[] {
  if (prompt.element.type === 'static_select') {
    const label = `*${escapeMrkdwn(clip(prompt.label.text, 500))}*${hiddenOptions > 0 ? `\n${moreMarker(hiddenOptions, 'options')} not shown` : ''}`;
    return [
      { type: 'section', text: mrkdwn(label) },
      { type: 'actions', block_id: prompt.blockId, elements: [prompt.element] },
    ];
  }
  return [{ type: 'input', block_id: prompt.blockId, dispatch_action: true, label: prompt.label, optional: prompt.optional, element: prompt.element }];
}

/** A prompt as a modal `input` block: the same ids, answered when the form is submitted. */
export function promptModalBlock(prompt: SlackPrompt): KnownBlock {
  return { type: 'input', block_id: prompt.blockId, label: prompt.label, optional: prompt.optional, element: prompt.element };
}

/** The button that opens every prompt of the card in one modal form. */
export function fillInButton(): Button {
  return { type: 'button', action_id: FILL_IN_ACTION_ID, text: { type: 'plain_text', text: 'Fill in', emoji: true } };
}
