import type { ActionsBlockElement, Button, ConfirmationDialog, KnownBlock } from '@slack/types';
import type { ButtonAction, CardAction, ConfirmSpec } from '../core/card.js';
import { SLACK_LIMITS as L } from './slack-limits.js';
import type { SlackPrompt } from './slack-prompts.js';
import { FILL_IN_ACTION_ID, fillInButton, inputPrompt, promptMessageBlocks, selectPrompt } from './slack-prompts.js';
import { plainLine } from './slack-text.js';
import { clip } from './truncate.js';
import type { UniqueIds } from './unique-ids.js';
import { httpUrl } from './url.js';

/** Blocks made from actions that stay or go together, and how many card actions they hold (for "N actions left out"). */
export interface ActionUnit {
  blocks: KnownBlock[];
  actions: number;
}

export interface SlackActions {
  units: ActionUnit[];
  /** Buttons that can't be shown at all (their opaque value is longer than Slack carries) and selects without options. */
  unshown: number;
  /** The card's selects and inputs as rendered, in card order (the modal form asks the same). */
  prompts: SlackPrompt[];
}

interface Ids {
  action: UniqueIds;
  block: UniqueIds;
}

/**
 * Card actions → blocks, in card order: consecutive buttons and links share `actions` blocks
 * (25 per block); a select is its label and a `static_select` in an actions block; an input is
 * an `input` block that sends on Enter. A card asking two or more questions also gets a
 * "Fill in" button (action id `chatops.fill-in`, never taken by a card action) right after
 * the last one, to answer them in one modal. Links with anything but an http(s) URL are dropped.
 */
export function slackActionUnits(actions: CardAction[], ids: Ids): SlackActions {
  ids.action.take(FILL_IN_ACTION_ID, FILL_IN_ACTION_ID);
  const units: ActionUnit[] = [];
  const prompts: SlackPrompt[] = [];
  let lastPromptUnit = -1;
  let unshown = 0;
  let row: ActionsBlockElement[] = [];
  const flush = () => {
    for (let i = 0; i < row.length; i += L.actionsElements) {
      const elements = row.slice(i, i + L.actionsElements);
      units.push({ blocks: [{ type: 'actions', elements }], actions: elements.length });
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
      const made = action.type === 'select' ? selectPrompt(action, ids) : { prompt: inputPrompt(action, ids), hidden: 0 };
      if (!made) {
        unshown++;
        return;
      }
      prompts.push(made.prompt);
      units.push({ blocks: promptMessageBlocks(made.prompt, made.hidden), actions: 1 });
      lastPromptUnit = units.length - 1;
    }
  });
  flush();
  if (prompts.length >= 2) addFillIn(units, lastPromptUnit);
  return { units, unshown, prompts };
}

/** "Fill in" leads the button row after the last prompt, or gets a row of its own there. */
function addFillIn(units: ActionUnit[], afterUnit: number): void {
  const next = units[afterUnit + 1]?.blocks;
  const row = next?.length === 1 && next[0]?.type === 'actions' && !next[0].block_id ? next[0] : undefined;
  if (row && row.elements.length < L.actionsElements) row.elements.unshift(fillInButton());
  else units.splice(afterUnit + 1, 0, { blocks: [{ type: 'actions', elements: [fillInButton()] }], actions: 0 });
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
