/**
 * What the Slack app does with each incoming request, as one Bolt global middleware: ack at
 * once, handle an event id once, then the work — mentions and /aws to the chat responder,
 * clicks and form submissions to the action handler, "Fill in" to a modal, uninstalls to the
 * store. A failure is logged with a code and never reaches the process.
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { ChannelConfiguration } from '../../config/schema.js';
import type { ActionEvent } from '../../core/chat-event.js';
import { isChatOpsError } from '../../core/errors.js';
import type { ChatResponderDeps } from '../../commands/respond.js';
import { respondToAction, respondToChat } from '../../commands/respond.js';
import { answeredStatus } from '../../commands/click-status.js';
import type { CommandDeps } from '../../commands/command-deps.js';
import type { ChatPort } from '../../ports/chat.js';
import type { InstallationStore } from '../../ports/installations.js';
import type { Logger } from '../../ports/logger.js';
import type { ChannelPreferenceStore } from '../../ports/preferences.js';
import type { ReceiptStore } from '../../ports/receipts.js';
import { modalFromCard } from '../../render/slack-modal.js';
import { FILL_IN_ACTION_ID } from '../../render/slack-prompts.js';
import { promptCardFromBlocks } from './prompt-card-from-blocks.js';
import { installationKey } from './slack-installation-store.js';
import type { SlackInteraction, SlackLifecycleEvent } from './inbound/index.js';
import type { SlackInbound } from './slack-inbound.js';

/** The "Fill in" button of a prompt (src/render/slack-prompts.ts). */
export const FILL_IN_ACTION = FILL_IN_ACTION_ID;

/** The chat the handlers answer through: SlackChat (engineer C). */
export interface SlackAnswerChat extends ChatPort {
  openModal(workspaceId: string | undefined, triggerId: string, view: object): Promise<void>;
  /** Takes the buttons off a clicked message (its blocks as Slack sent them), ending it with `status`. */
  spendButtons(workspaceId: string | undefined, channelId: string, messageId: string, blocks: readonly unknown[], status: string): Promise<void>;
}

export interface SlackHandlerDeps {
  chat: SlackAnswerChat;
  preferences: ChannelPreferenceStore;
  configurations: readonly ChannelConfiguration[];
  receipts: ReceiptStore;
  installations: InstallationStore;
  logger: Logger;
  /** The command engine, dialogs and aliases. */
  commands?: CommandDeps;
}

function responderOf(deps: SlackHandlerDeps): ChatResponderDeps {
  return { chat: deps.chat, preferences: deps.preferences, configurations: deps.configurations, ...(deps.commands ? { commands: deps.commands } : {}) };
}

type Args = AnyMiddlewareArgs & { context: Record<string, unknown>; ack?: (response?: unknown) => Promise<void>; next: () => Promise<void> };

export function slackHandlers(deps: SlackHandlerDeps): Middleware<AnyMiddlewareArgs> {
  const { logger } = deps;
  return async (middlewareArgs) => {
    const args = middlewareArgs as unknown as Args;
    if (args.ack) await args.ack();
    // The work after the ack waits one turn of the event loop, so that under a burst of clicks
    // every request already read is acked before any answer is built and posted.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const inbound = args.context.chatops as SlackInbound | undefined;
    if (!inbound) {
      logger.warn('slack payload refused', { code: 'SLACK_PAYLOAD_INVALID', reason: String(args.context.chatopsError ?? 'not recognised') });
      return;
    }
    try {
      await handle(inbound, args.body as Record<string, unknown>, deps);
    } catch (e) {
      logger.error('slack request handling failed', { code: isChatOpsError(e) ? e.code : 'SLACK_HANDLER_FAILED', kind: inbound.kind, error: e instanceof Error ? e.message : String(e) });
    }
  };
}

async function handle(inbound: SlackInbound, body: Record<string, unknown>, deps: SlackHandlerDeps): Promise<void> {
  const { logger } = deps;
  const responder = responderOf(deps);
  switch (inbound.kind) {
    case 'event': {
      // Slack redelivers when we were slow (X-Slack-Retry-Num): the same event id is handled once.
      if (!(await deps.receipts.firstTime(`slack:event:${inbound.eventId}`))) {
        logger.debug('slack event already handled', { eventId: inbound.eventId });
        return;
      }
      if (inbound.lifecycle) return uninstall(inbound.lifecycle, deps);
      // Mentions go to the command pipeline; thread replies without a mention (message.channels/
      // groups) only answer the writer's open dialog; a reply that mentions the bot arrives as
      // app_mention as well, and is answered as that.
      if (inbound.chatEvent) await respondToChat(inbound.chatEvent, responder);
      return;
    }
    case 'command':
      await respondToChat(inbound.chatEvent, responder);
      return;
    case 'interaction':
      return onInteraction(inbound.interaction, body, deps);
    default:
      return;
  }
}

async function onInteraction(interaction: SlackInteraction, body: Record<string, unknown>, deps: SlackHandlerDeps): Promise<void> {
  switch (interaction.kind) {
    case 'actions':
      for (const action of interaction.events) await onAction(action, body, deps);
      return;
    case 'submit':
      if (interaction.event) await respondToAction(interaction.event, responderOf(deps));
      else deps.logger.info('slack form submitted from a modal the app did not open from a message: ignored', { callbackId: interaction.callbackId });
      return;
    case 'unsupported':
      deps.logger.debug('slack interaction acknowledged, not handled', { type: interaction.type, reason: interaction.reason });
      return;
    default:
      // Modal closed, shortcuts: acknowledged; nothing to do until the dialog manager lands.
      deps.logger.debug('slack interaction acknowledged', { kind: interaction.kind });
  }
}

async function onAction(action: ActionEvent, body: Record<string, unknown>, deps: SlackHandlerDeps): Promise<void> {
  if (action.actionId !== FILL_IN_ACTION) {
    const outcome = await respondToAction(action, responderOf(deps));
    // Run or Cancel ended its dialog: the confirmation keeps who pressed what, and no buttons.
    const blocks = (body.message as { blocks?: unknown[] } | undefined)?.blocks;
    if (outcome.closed && blocks) await spend(action, blocks, deps);
    return;
  }
  const message = body.message as { blocks?: unknown[] } | undefined;
  if (!action.triggerId) throw new Error('a "Fill in" click without a trigger_id');
  const card = promptCardFromBlocks(message?.blocks ?? []);
  const privateMetadata = JSON.stringify({ channelId: action.channelId, messageId: action.messageId, threadId: action.threadId ?? action.messageId, ...(action.workspaceId ? { workspaceId: action.workspaceId } : {}) });
  await deps.chat.openModal(action.workspaceId, action.triggerId, modalFromCard(card, privateMetadata));
}

async function spend(action: ActionEvent, blocks: unknown[], deps: SlackHandlerDeps): Promise<void> {
  const status = answeredStatus(action.user.name ?? action.user.id, buttonLabel(blocks, action.actionId));
  try {
    await deps.chat.spendButtons(action.workspaceId, action.channelId, action.messageId, blocks, status);
  } catch (e) {
    // The answer is in the thread already; a confirmation that keeps its buttons only says so again when clicked.
    deps.logger.warn('could not take the buttons off a finished confirmation', { channel: action.channelId, ts: action.messageId, code: isChatOpsError(e) ? e.code : (e as { code?: string }).code });
  }
}

/** The text of the clicked button in a message's blocks, else its action id. */
function buttonLabel(blocks: readonly unknown[], actionId: string): string {
  for (const block of blocks) {
    const elements = (block as { elements?: unknown }).elements;
    for (const el of Array.isArray(elements) ? elements : []) {
      const e = el as { action_id?: unknown; text?: { text?: unknown } };
      if (e.action_id === actionId && typeof e.text?.text === 'string') return e.text.text;
    }
  }
  return actionId;
}

async function uninstall(event: SlackLifecycleEvent, deps: SlackHandlerDeps): Promise<void> {
  // Revoked user tokens only: the bot still works.
  if (event.kind === 'tokens-revoked' && event.botUserIds.length === 0) return;
  const removed = await deps.installations.remove(installationKey(event));
  deps.logger.info(removed ? 'slack installation removed' : 'slack app removed from a workspace with no stored installation', { event: event.kind, teamId: event.teamId, enterpriseId: event.enterpriseId });
}
