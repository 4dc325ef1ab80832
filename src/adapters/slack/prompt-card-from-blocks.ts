import type { Card, InputAction, SelectAction, SelectOption } from '../../core/card.js';

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined => (isRecord(v) && typeof v.text === 'string' ? v.text : undefined);

/**
 * The prompt a "Fill in" button belongs to, read back from the clicked message's Block Kit: its
 * header as the title, its static_select and plain_text_input elements as the card's select and
 * input actions (same action ids), so the modal asks for the same fields.
 */
export function promptCardFromBlocks(blocks: readonly unknown[]): Card {
  const actions: (SelectAction | InputAction)[] = [];
  let title: string | undefined;
  for (const block of blocks) {
    if (!isRecord(block)) continue;
    if (block.type === 'header') title ??= text(block.text);
    const label = text(block.label);
    const elements = block.type === 'input' ? [block.element] : block.type === 'actions' && Array.isArray(block.elements) ? block.elements : block.type === 'section' ? [block.accessory] : [];
    for (const element of elements) {
      const action = actionFrom(element, label ?? (block.type === 'section' ? text(block.text) : undefined));
      if (action && !actions.some((a) => a.id === action.id)) actions.push(action);
    }
  }
  return { title: title ?? 'Fill in', severity: 'neutral', sections: [], actions };
}

function actionFrom(element: unknown, label: string | undefined): SelectAction | InputAction | undefined {
  if (!isRecord(element) || typeof element.action_id !== 'string') return undefined;
  const id = element.action_id;
  const placeholder = text(element.placeholder);
  const common = { id, label: label ?? placeholder ?? id, ...(placeholder ? { placeholder } : {}) };
  if (element.type === 'static_select') {
    const options: SelectOption[] = (Array.isArray(element.options) ? element.options : []).flatMap((o) => (isRecord(o) && typeof o.value === 'string' ? [{ label: text(o.text) ?? o.value, value: o.value }] : []));
    const initial = isRecord(element.initial_option) && typeof element.initial_option.value === 'string' ? element.initial_option.value : undefined;
    return { type: 'select', ...common, options, ...(initial ? { initial } : {}) };
  }
  if (element.type === 'plain_text_input') {
    return { type: 'input', ...common, ...(element.multiline === true ? { multiline: true } : {}), ...(typeof element.initial_value === 'string' ? { initial: element.initial_value } : {}) };
  }
  return undefined;
}
