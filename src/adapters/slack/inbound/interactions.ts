import type { ActionEvent } from '../../../core/chat-event.js';
import { parseBlockActions } from './block-actions.js';
import type { SlackInteraction } from './interaction-results.js';
import { payloadType } from './payload-error.js';
import { parseGlobalShortcut, parseMessageShortcut } from './shortcuts.js';
import { parseViewClosed, parseViewSubmission } from './view-interactions.js';

export type * from './interaction-results.js';

/**
 * An interactivity payload (the JSON in the form field `payload`) as a typed result.
 * Known types with missing fields throw SLACK_PAYLOAD_INVALID; unknown types are 'unsupported'.
 */
export function parseInteraction(payload: unknown): SlackInteraction {
  const type = payloadType(payload, 'interaction');
  switch (type) {
    case 'block_actions':
      return parseBlockActions(payload);
    case 'view_submission':
      return parseViewSubmission(payload);
    case 'view_closed':
      return parseViewClosed(payload);
    case 'shortcut':
      return parseGlobalShortcut(payload);
    case 'message_action':
      return parseMessageShortcut(payload);
    default:
      return { kind: 'unsupported', type, reason: `the app does not handle "${type}" interactions` };
  }
}

/**
 * The ActionEvents in an interaction: one per block action; one for a modal submit or cancel and
 * a message shortcut when they can be placed in a channel; none for anything else.
 */
export function actionEventsFromInteraction(payload: unknown): ActionEvent[] {
  const interaction = parseInteraction(payload);
  switch (interaction.kind) {
    case 'actions':
      return interaction.events;
    case 'submit':
    case 'cancel':
    case 'message-shortcut':
      return interaction.event ? [interaction.event] : [];
    default:
      return [];
  }
}
