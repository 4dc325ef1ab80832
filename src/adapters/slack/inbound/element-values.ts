import type { ElementState, StateValues } from './interaction-schemas.js';

/**
 * The value of an interactive element as one string: a text input's text, a select's or radio's
 * option value, a date (YYYY-MM-DD), a time (HH:mm), a date-time (Unix seconds), a user or
 * conversation id. Elements that hold several (multi-selects, checkboxes) give a JSON array of
 * strings — the form that built them knows to read a list. Undefined when nothing is chosen.
 */
export function elementValue(element: ElementState): string | undefined {
  const single =
    element.value ??
    element.selected_option?.value ??
    element.selected_date ??
    element.selected_time ??
    element.selected_user ??
    element.selected_conversation ??
    element.selected_channel;
  if (single != null) return single;
  if (element.selected_date_time != null) return String(element.selected_date_time);
  const several =
    element.selected_options?.map((option) => option.value) ??
    element.selected_users ??
    element.selected_conversations ??
    element.selected_channels;
  return several == null ? undefined : JSON.stringify(several);
}

/** `state.values` flattened by action_id (block ids are layout, not meaning); unanswered ones left out. */
export function flattenStateValues(state: StateValues | undefined): Record<string, string> {
  const values: Record<string, string> = {};
  for (const block of Object.values(state ?? {})) {
    for (const [actionId, element] of Object.entries(block)) {
      const value = elementValue(element);
      if (value !== undefined) values[actionId] = value;
    }
  }
  return values;
}
