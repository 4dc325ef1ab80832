/**
 * What the Teams app does with each activity, mirroring slack-handlers.ts: a mention goes to the
 * chat responder and a submitted form to the action handler, both after Teams has its 200; a
 * click (Action.Execute) is answered at once with its card refreshed in place ("Running…",
 * buttons off), then answered in the thread and refreshed again with the result (buttons back,
 * unless the click ended its dialog); installs and uninstalls change the stored conversation
 * references. Every activity keeps its conversation's reference current. A failure is logged
 * with a code and never reaches Teams.
 */
import type { ChannelConfiguration } from '../../config/schema.js';
import type { Card } from '../../core/card.js';
import type { ActionEvent } from '../../core/chat-event.js';
import type { ChatResponderDeps } from '../../commands/respond.js';
import { respondToAction, respondToChat } from '../../commands/respond.js';
import type { CommandDeps } from '../../commands/command-deps.js';
import { answeredStatus, clickedLabel, clickStatusCard, failedStatus, runningStatus, withClickStatus } from '../../commands/click-status.js';
import type { ChatPort } from '../../ports/chat.js';
import type { Logger } from '../../ports/logger.js';
import type { ChannelPreferenceStore } from '../../ports/preferences.js';
import type { TeamsConversationRef, TeamsConversationStore } from '../../ports/teams-conversations.js';
import { renderTeams } from '../../render/teams.js';
import { errorCode, TeamsBackground } from './teams-background.js';
import type { TeamsInbound } from './teams-inbound.js';
import type { TeamsReferences } from './teams-references.js';

export const ADAPTIVE_CARD_TYPE = 'application/vnd.microsoft.card.adaptive';

/** The HTTP answer for Teams; undefined: 200 with no body. */
export interface TeamsAnswer {
  status: number;
  body?: unknown;
}

export interface TeamsHandlerDeps {
  chat: ChatPort;
  /** Remembered cards (a click carries only the button's data). */
  conversations: Pick<TeamsConversationStore, 'card'>;
  references: TeamsReferences;
  preferences: ChannelPreferenceStore;
  configurations: readonly ChannelConfiguration[];
  logger: Logger;
  /** The command engine, dialogs and aliases. */
  commands?: CommandDeps;
}

/** How long the remembered card may take to read: Teams gives an invoke about 5 s in all. */
const CARD_READ_MS = 2_000;

function withinInvokeBudget<T>(read: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`the store did not answer in ${CARD_READ_MS} ms`), { code: 'TEAMS_CARD_READ_SLOW' })), CARD_READ_MS);
  });
  return Promise.race([read, late]).finally(() => clearTimeout(timer));
}

export class TeamsHandlers {
  readonly #d: TeamsHandlerDeps;
  readonly #later: TeamsBackground;

  constructor(deps: TeamsHandlerDeps) {
    this.#d = deps;
    this.#later = new TeamsBackground(deps.logger);
  }

  get #responder(): ChatResponderDeps {
    const d = this.#d;
    return { chat: d.chat, preferences: d.preferences, configurations: d.configurations, ...(d.commands ? { commands: d.commands } : {}) };
  }

  /** Resolves when the work started after earlier answers is done. */
  idle(): Promise<void> {
    return this.#later.idle();
  }

  async handle(inbound: TeamsInbound): Promise<TeamsAnswer | undefined> {
    const { logger } = this.#d;
    const where = { conversation: inbound.activity.conversation.id, activityId: inbound.activity.id ?? undefined };
    switch (inbound.kind) {
      case 'mention': {
        const { event } = inbound;
        this.#later.run('mention', async () => {
          await this.#keep(inbound.reference);
          await respondToChat(event, this.#responder);
        }, where);
        return undefined;
      }
      case 'action':
        if (inbound.invoke) return this.#click(inbound.event, inbound.reference);
        this.#later.run('form submission', async () => {
          await this.#keep(inbound.reference);
          await respondToAction(inbound.event, this.#responder);
        }, where);
        return undefined;
      case 'installed':
        await this.#keep(inbound.reference, true);
        logger.info('teams app added to a conversation: reference saved', { ...where, how: inbound.how, type: inbound.reference?.conversationType, team: inbound.reference?.teamId });
        return undefined;
      case 'uninstalled':
        await this.#uninstall(inbound.how, inbound.teamId, inbound.conversationId);
        return undefined;
      case 'channel-created':
        await this.#keep(inbound.reference);
        await this.#keep(inbound.channel);
        logger.info('teams channel created in a team with the app: reference saved', { channel: inbound.channel.conversationId, team: inbound.channel.teamId });
        return undefined;
      case 'channel-deleted':
        await this.#keep(inbound.reference);
        await this.#guard('removing a deleted channel', async () => {
          const removed = await this.#d.references.remove(inbound.channelId);
          logger.info('teams channel deleted: reference removed', { channel: inbound.channelId, removed });
        });
        return undefined;
      default:
        logger.debug('teams activity acknowledged, nothing to do', { ...where, reason: inbound.reason });
        this.#later.run('reference update', () => this.#keep(inbound.reference), where);
        return undefined;
    }
  }

  /**
   * Teams waits for the invoke's answer (about 5 s): the remembered card with "Running…" and no
   * buttons goes back at once; the answer in the thread and the final refresh follow.
   */
  async #click(event: ActionEvent, reference: TeamsConversationRef | undefined): Promise<TeamsAnswer> {
    const who = event.user.name ?? event.user.id;
    let card: Card | undefined;
    try {
      card = await withinInvokeBudget(this.#d.conversations.card(event.channelId, event.messageId));
    } catch (e) {
      this.#d.logger.warn('the clicked card could not be read from the store: answering with a status card', { code: errorCode(e), conversation: event.channelId, activityId: event.messageId, error: e instanceof Error ? e.message : String(e) });
    }
    const label = clickedLabel(card, event.actionId);
    const shown = (status: string, lockActions = false) => (card ? withClickStatus(card, status, { lockActions }) : clickStatusCard(status));
    this.#later.run('click', async () => {
      await this.#keep(reference);
      let status = answeredStatus(who, label);
      let spent = false;
      try {
        const outcome = await respondToAction(event, this.#responder);
        // A help menu button turns the card into its page: that is the card's new state.
        if (outcome.updated) return;
        // Run or Cancel of a finished dialog: its buttons stay off.
        spent = outcome.closed === true;
      } catch (e) {
        status = failedStatus(who, label);
        this.#d.logger.error('teams click could not be answered in its thread', { code: errorCode(e), conversation: event.channelId, activityId: event.messageId, error: e instanceof Error ? e.message : String(e) });
      }
      await this.#d.chat.update(event.channelId, event.messageId, { card: shown(status, spent), ...(event.workspaceId ? { workspaceId: event.workspaceId } : {}) });
    }, { conversation: event.channelId, activityId: event.messageId, actionId: event.actionId });
    return { status: 200, body: { statusCode: 200, type: ADAPTIVE_CARD_TYPE, value: renderTeams(shown(runningStatus(who, label), true)) } };
  }

  async #uninstall(how: string, teamId: string | undefined, conversationId: string | undefined): Promise<void> {
    await this.#guard('removing conversation references', async () => {
      if (teamId) {
        const removed = await this.#d.references.removeTeam(teamId);
        this.#d.logger.info('teams app removed from a team: its conversation references are removed', { how, team: teamId, removed });
      } else if (conversationId) {
        const removed = await this.#d.references.remove(conversationId);
        this.#d.logger.info('teams app removed from a chat: its conversation reference is removed', { how, conversation: conversationId, removed });
      }
    });
  }

  async #keep(reference: TeamsConversationRef | undefined, force = false): Promise<void> {
    if (!reference) return;
    await this.#guard('saving a conversation reference', () => this.#d.references.keep(reference, { force }).then(() => undefined), { conversation: reference.conversationId });
  }

  async #guard(what: string, work: () => Promise<void>, fields: Record<string, unknown> = {}): Promise<void> {
    try {
      await work();
    } catch (e) {
      this.#d.logger.error(`teams: ${what} failed`, { ...fields, code: errorCode(e) === 'TEAMS_HANDLER_FAILED' ? 'TEAMS_REFERENCE_FAILED' : errorCode(e), error: e instanceof Error ? e.message : String(e) });
    }
  }
}
