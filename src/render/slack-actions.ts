import type { ActionsBlockElement, Button, ConfirmationDialog, KnownBlock, PlainTextOption } from '@slack/types';
import type { ButtonAction, CardAction, ConfirmSpec, InputAction, SelectAction } from '../core/card.js';
import { escapeMrkdwn } from './escape.js';
import { SLACK_LIMITS as L } from './slack-limits.js';
import { mrkdwn, plainLine } from './slack-text.js';
import { clip, moreMarker } from './truncate.js';
import type { UniqueIds } from './unique-ids.js';
import { httpUrl } from './url.js';

/** A block made from actions, and how many card actions it holds (for "N actions left out"). */
export interface ActionUnit {
  block: KnownBlock;
  actions: number;
}

export interface SlackActions {
  units: ActionUnit[];
  /** Buttons that can't be shown at all (their opaque value is longer than Slack carries) and selects without options. */
  unshown: number;
}

interface Ids {
  action: UniqueIds;
  block: UniqueIds;
}

/**
 * Card actions → blocks, in card order: consecutive buttons and links share `actions` blocks
 * (25 per block); a select is a section with a `static_select`; an input is an `input` block.
 * Links with anything but an http(s) URL are dropped.
 */
export function slackActionUnits(actions: CardAction[], ids: Ids): SlackActions {
  const units: ActionUnit[] = [];
  let unshown = 0;
  let row: ActionsBlockElement[] = [];
  const flush = () => {
    for (let i = 0; i < row.length; i += L.actionsElements) {
      const elements = row.slice(i, i + L.actionsElements);
      units.push({ block: { type: 'actions', elements }, actions: elements.length });
    }
    row = [];
  };
  actions.forEach((action, n) => {
    if (action.type === 'button') {
      const button = buttonElement(action, ids);
      if (button) row.push(button);
      else unshown++;
    } else if (action.type === 'link') {
      const url = httpUrl(action.url);
      if (url && url.length <= L.url) row.push({ type: 'button', action_id: ids.action.take(`link-${n + 1}`, 'link'), text: plainLine(action.label, L.buttonText, 'Open link'), url });
    } else {
      flush();
      const block = action.type === 'select' ? selectBlock(action, ids) : inputBlock(action, ids);
      if (block) units.push({ block, actions: 1 });
      else unshown++;
    }
  });
  flush();
  return { units, unshown };
}

function buttonElement(a: ButtonAction, ids: Ids): Button | undefined {
  if (a.value !== undefined && a.value.length > L.buttonValue) return undefined;
  const button: Button = { type: 'button', action_id: ids.action.take(a.id, 'button'), text: plainLine(a.label, L.buttonText, a.id || 'Button') };
  if (a.value !== undefined && a.value !== '') button.value = a.value;
  if (a.style === 'primary' || a.style === 'danger') button.style = a.style;
  if (a.confirm) button.confirm = confirmDialog(a.confirm, a.style === 'danger');
  return button;
}

function confirmDialog(c: ConfirmSpec, danger: boolean): ConfirmationDialog {
  return {
    title: plainLine(c.title, L.confirmTitle, 'Are you sure?'),
    text: { type: 'plain_text', text: clip(c.text.trim() || 'Are you sure?', L.confirmText), emoji: true },
    confirm: plainLine(c.confirm, L.confirmButton, 'Yes'),
    deny: plainLine(c.deny, L.confirmButton, 'Cancel'),
    ...(danger ? { style: 'danger' as const } : {}),
  };
}

function selectBlock(a: SelectAction, ids: Ids): KnownBlock | undefined {
  const seen = new Set<string>();
  const usable = a.options.filter((o) => o.value !== '' && o.value.length <= L.optionValue && !seen.has(o.value) && seen.add(o.value));
  const options: PlainTextOption[] = usable.slice(0, L.selectOptions).map((o) => ({
    text: plainLine(o.label, L.optionText, o.value),
    value: o.value,
    ...(o.description?.trim() ? { description: plainLine(o.description, L.optionDescription, ' ') } : {}),
  }));
  if (!options.length) return undefined;
  const hidden = a.options.length - options.length;
  const label = `*${escapeMrkdwn(clip(a.label.trim() || 'Choose', 500))}*${hidden > 0 ? `\n${moreMarker(hidden, 'options')} not shown` : ''}`;
  const initial = options.find((o) => o.value === a.initial);
  return {
    type: 'section',
    block_id: ids.block.take(a.id, 'select'),
    text: mrkdwn(label),
    accessory: {
      type: 'static_select',
      action_id: ids.action.take(a.id, 'select'),
      placeholder: plainLine(a.placeholder, L.placeholder, 'Choose…'),
      options,
      ...(initial ? { initial_option: initial } : {}),
    },
  };
}

function inputBlock(a: InputAction, ids: Ids): KnownBlock {
  return {
    type: 'input',
    block_id: ids.block.take(a.id, 'input'),
    label: plainLine(a.label, L.inputLabel, a.id || 'Input'),
    optional: a.required !== true,
    element: {
      type: 'plain_text_input',
      action_id: ids.action.take(a.id, 'input'),
      ...(a.multiline ? { multiline: true } : {}),
      ...(a.placeholder?.trim() ? { placeholder: plainLine(a.placeholder, L.placeholder, ' ') } : {}),
      ...(a.initial ? { initial_value: clip(a.initial, L.inputInitialValue) } : {}),
    },
  };
}
