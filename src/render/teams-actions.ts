import type { ButtonAction, CardAction, InputAction, SelectAction } from '../core/card.js';
import type { AcAction, AcElement } from './teams-elements.js';
import { actionSet, textBlock } from './teams-elements.js';
import { TEAMS_LIMITS } from './teams-limits.js';
import { plainToAc } from './teams-markdown.js';
import { clip, moreMarker } from './truncate.js';
import type { UniqueIds } from './unique-ids.js';
import { httpUrl } from './url.js';

const WHITESPACE_RUN = /\s+/g;
const title = (text: string, fallback: string) => clip(text.replace(WHITESPACE_RUN, ' ').trim() || fallback, TEAMS_LIMITS.actionTitle);

/**
 * Card actions → body elements in card order: buttons (Action.Execute, verb = action id,
 * data = {actionId, value}) and links (Action.OpenUrl, http(s) only) in ActionSets of at most
 * five; selects as Input.ChoiceSet; inputs as Input.Text. A button with a confirmation opens
 * it inline (Action.ShowCard) and runs from there, since Teams has no confirm dialog.
 */
export function teamsActionElements(actions: CardAction[], ids: UniqueIds): AcElement[] {
  const out: AcElement[] = [];
  let row: AcAction[] = [];
  const flush = () => {
    for (let i = 0; i < row.length; i += TEAMS_LIMITS.actionsPerSet) out.push(actionSet(row.slice(i, i + TEAMS_LIMITS.actionsPerSet)));
    row = [];
  };
  for (const action of actions) {
    if (action.type === 'button') {
      row.push(buttonAction(action));
    } else if (action.type === 'link') {
      const url = httpUrl(action.url);
      if (url) row.push({ type: 'Action.OpenUrl', title: title(action.label, 'Open link'), url });
    } else {
      flush();
      const input = action.type === 'select' ? choiceSet(action, ids) : textInput(action, ids);
      if (input) out.push(input);
    }
  }
  flush();
  return out;
}

function execute(a: ButtonAction, label: string): AcAction {
  const style = a.style === 'primary' ? 'positive' : a.style === 'danger' ? 'destructive' : undefined;
  const id = a.id.trim() || 'button';
  return {
    type: 'Action.Execute',
    title: label,
    verb: id,
    data: a.value === undefined ? { actionId: id } : { actionId: id, value: a.value },
    ...(style ? { style } : {}),
  };
}

function buttonAction(a: ButtonAction): AcAction {
  const label = title(a.label, a.id || 'Button');
  if (!a.confirm) return execute(a, label);
  const c = a.confirm;
  return {
    type: 'Action.ShowCard',
    title: label,
    card: {
      type: 'AdaptiveCard',
      body: [textBlock(plainToAc(c.title.trim() || 'Are you sure?'), { weight: 'Bolder' }), textBlock(plainToAc(c.text.trim() || 'Are you sure?'))],
      actions: [execute(a, title(c.confirm, 'Yes'))],
    },
  };
}

function choiceSet(a: SelectAction, ids: UniqueIds): AcElement | undefined {
  const seen = new Set<string>();
  const usable = a.options.filter((o) => o.value !== '' && !seen.has(o.value) && seen.add(o.value));
  const choices = usable.slice(0, TEAMS_LIMITS.choices).map((o) => ({
    title: clip((o.description?.trim() ? `${o.label} — ${o.description}` : o.label).replace(WHITESPACE_RUN, ' ').trim() || o.value, 150),
    value: o.value,
  }));
  if (!choices.length) return undefined;
  const hidden = a.options.length - choices.length;
  const label = (a.label.trim() || 'Choose') + (hidden > 0 ? ` (${moreMarker(hidden, 'options')} not shown)` : '');
  return {
    type: 'Input.ChoiceSet',
    id: ids.take(a.id, 'select'),
    label,
    choices,
    ...(a.placeholder?.trim() ? { placeholder: a.placeholder.trim() } : {}),
    ...(a.initial !== undefined && choices.some((c) => c.value === a.initial) ? { value: a.initial } : {}),
  };
}

function textInput(a: InputAction, ids: UniqueIds): AcElement {
  const label = a.label.trim() || a.id || 'Input';
  return {
    type: 'Input.Text',
    id: ids.take(a.id, 'input'),
    label,
    ...(a.placeholder?.trim() ? { placeholder: a.placeholder.trim() } : {}),
    ...(a.initial ? { value: a.initial } : {}),
    ...(a.multiline ? { isMultiline: true } : {}),
    ...(a.required ? { isRequired: true } : {}),
    ...(a.validation ? { regex: `^(?:${a.validation.pattern})$` } : {}),
    ...(a.required || a.validation ? { errorMessage: a.validation ? a.validation.message : `${label} is required.` } : {}),
  };
}
