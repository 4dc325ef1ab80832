/** Inbound Slack payloads → neutral ChatEvents and ActionEvents. Pure: no Bolt, no network. */
export { unformatSlackText, decodeEntities } from './slack-text.js';
export type { UnformatOptions } from './slack-text.js';
export { chatEventFromSlackEvent, parseEventCallback, botUserOf } from './events-api.js';
export type { SlackEventOptions } from './events-api.js';
export { slackLifecycleEvent } from './lifecycle-events.js';
export type { SlackLifecycleEvent, SlackTokensRevoked, SlackUninstalled } from './lifecycle-events.js';
export { chatEventFromSlashCommand } from './slash-command.js';
export { parseInteraction, actionEventsFromInteraction } from './interactions.js';
export type * from './interaction-results.js';
export { originFromPrivateMetadata } from './private-metadata.js';
export type { MessageOrigin } from './private-metadata.js';
export { parseFormBody, interactionPayloadFromFormBody } from './form-body.js';
export { SLACK_PAYLOAD_INVALID } from './payload-error.js';
