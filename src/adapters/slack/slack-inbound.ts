/**
 * What a request to /slack/events (or a Socket Mode envelope) is, decided once at the edge with
 * the inbound parsers (./inbound/): a URL check, an Events API event, the slash command or an
 * interaction. Throws SLACK_PAYLOAD_INVALID (→ 400) for anything malformed.
 */
import { z } from 'zod';
import type { ChatEvent } from '../../core/chat-event.js';
import { isChatOpsError } from '../../core/errors.js';
import { chatEventFromSlackEvent, chatEventFromSlashCommand, parseEventCallback, parseInteraction, slackLifecycleEvent } from './inbound/index.js';
import type { SlackInteraction, SlackLifecycleEvent } from './inbound/index.js';
import { invalid } from './slack-request-body.js';
import type { SlackBody } from './slack-request-body.js';

export type SlackInbound =
  | { kind: 'url_verification'; challenge: string }
  | { kind: 'ssl_check' }
  | { kind: 'event'; eventId: string; eventType: string; chatEvent?: ChatEvent; lifecycle?: SlackLifecycleEvent }
  | { kind: 'command'; chatEvent: ChatEvent }
  | { kind: 'interaction'; interaction: SlackInteraction };

const urlVerification = z.object({ type: z.literal('url_verification'), challenge: z.string().min(1).max(500) });

export function slackInbound(body: SlackBody): SlackInbound {
  try {
    return classify(body);
  } catch (e) {
    if (isChatOpsError(e)) throw e;
    throw invalid(e instanceof Error ? e.message : 'The Slack payload could not be read.', e);
  }
}

function classify(body: SlackBody): SlackInbound {
  if (body.ssl_check !== undefined) return { kind: 'ssl_check' };
  if (body.type === 'url_verification') {
    const parsed = urlVerification.safeParse(body);
    if (!parsed.success) throw invalid('The url_verification payload has no challenge.');
    return { kind: 'url_verification', challenge: parsed.data.challenge };
  }
  if (body.type === 'event_callback') {
    const envelope = parseEventCallback(body);
    const chatEvent = chatEventFromSlackEvent(body);
    const lifecycle = slackLifecycleEvent(body);
    return { kind: 'event', eventId: envelope.event_id, eventType: envelope.event.type, ...(chatEvent ? { chatEvent } : {}), ...(lifecycle ? { lifecycle } : {}) };
  }
  if (body.command !== undefined) return { kind: 'command', chatEvent: chatEventFromSlashCommand(body as Record<string, string>) };
  if (typeof body.type === 'string') return { kind: 'interaction', interaction: parseInteraction(body) };
  throw invalid('This is not a Slack event, slash command or interaction (no type or command).');
}
