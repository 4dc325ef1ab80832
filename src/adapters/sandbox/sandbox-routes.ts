import { answeredStatus, clickedLabel, withClickStatus } from '../../commands/click-status.js';
import { addressedText } from '../../commands/respond.js';
import express from 'express';
import type { IRouter } from 'express';
import type { ActionEvent, ChatEvent, Platform } from '../../core/chat-event.js';
import { ChatOpsError } from '../../core/errors.js';
import type { Logger } from '../../ports/logger.js';
import { jsonBody } from '../http/json-body.js';
import { parseBody } from '../http/parse-body.js';
import { toActionEvent } from './sandbox-actions.js';
import type { SandboxChat } from './sandbox-chat.js';
import { handOff } from './sandbox-handoff.js';
import { toMessageJson } from './sandbox-message-json.js';
import { mountSandboxPage } from './sandbox-page.js';
import { actionBody, chatMessageBody } from './sandbox-schemas.js';
import { streamHandler } from './sandbox-stream.js';

/** A channel configuration, for the page's "Send test notification" buttons. */
export interface SandboxConfiguration {
  name: string;
  platform: Platform;
  channelId: string;
}

/** A sample event for the page's picker. */
export interface SandboxSample {
  id: string;
  label: string;
}

export interface SandboxDeps {
  /** The sandbox chat; its channels and messages are what the page shows. */
  chat: SandboxChat;
  configurations: readonly SandboxConfiguration[];
  samples: readonly SandboxSample[];
  /** A user wrote in a channel. Runs after the 202; answer through the ChatPort (`chat`). */
  onChatMessage(event: ChatEvent): Promise<void> | void;
  /**
   * A button click, select choice or form submit. Runs after the 202. `closed`: the click ended
   * its dialog, so the clicked card loses its buttons (as on Slack and Teams).
   */
  onAction(event: ActionEvent): Promise<{ closed?: boolean } | void> | { closed?: boolean } | void;
  logger: Logger;
  /** SSE heartbeat interval; 15 s unless a test wants it sooner. */
  heartbeatMs?: number;
}

/**
 * The sandbox: the chat page at / and /sandbox/, and its JSON API under /sandbox/api.
 * POST /api/test-notifications is separate (mountTestNotifications in adapters/http) because it
 * is mounted whether or not the sandbox is.
 */
export function mountSandbox(router: IRouter, deps: SandboxDeps): void {
  const { chat, logger } = deps;
  const api = express.Router();
  api.use(jsonBody());

  api.get('/channels', (_req, res) => {
    res.json(chat.channels.map(({ id, name }) => ({ id, name })));
  });

  api.get('/channels/:id/messages', async (req, res) => {
    const messages = await chat.messages(req.params.id);
    res.json(messages.map(toMessageJson));
  });

  api.post('/channels/:id/messages', async (req, res) => {
    const channelId = req.params.id;
    const body = parseBody(chatMessageBody, req.body, 'SANDBOX_BAD_REQUEST');
    const message = await chat.postAsUser(channelId, body);
    const event: ChatEvent = { platform: 'sandbox', channelId, messageId: message.id, user: { id: body.user, name: body.user }, text: body.text };
    if (message.threadId) event.threadId = message.threadId;
    // As in Slack: a reply in a thread that does not address the bot can still answer the writer's open dialog.
    if (message.threadId && addressedText(body.text) === undefined) event.source = 'thread-reply';
    res.status(202).json({ id: message.id });
    handOff('message', () => deps.onChatMessage(event), { chat, channelId, threadId: message.threadId ?? message.id, logger });
  });

  api.post('/actions', async (req, res) => {
    const body = parseBody(actionBody, req.body, 'SANDBOX_BAD_REQUEST');
    const message = await chat.message(body.messageId);
    if (!message) throw new ChatOpsError('SANDBOX_MESSAGE_NOT_FOUND', `There is no message "${body.messageId}".`);
    const event = toActionEvent(message, body);
    res.status(202).json({ accepted: true });
    handOff(
      'action',
      async () => {
        const outcome = await deps.onAction(event);
        if (outcome?.closed && message.card) {
          const status = answeredStatus(event.user.name ?? event.user.id, clickedLabel(message.card, event.actionId));
          await chat.update(message.channelId, message.id, { card: withClickStatus(message.card, status, { lockActions: true }) });
        }
      },
      { chat, channelId: message.channelId, threadId: message.threadId ?? message.id, logger },
    );
  });

  api.get('/stream', streamHandler(chat, deps.heartbeatMs));

  api.get('/configurations', (_req, res) => {
    res.json(deps.configurations.map(({ name, platform, channelId }) => ({ name, platform, channelId })));
  });

  api.get('/samples', (_req, res) => {
    res.json(deps.samples.map(({ id, label }) => ({ id, label })));
  });

  router.use('/sandbox/api', api);
  mountSandboxPage(router);
}
