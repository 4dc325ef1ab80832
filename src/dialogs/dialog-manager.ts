/**
 * The dialog manager: starts a dialog and takes its answers, one event at a time, with the state
 * in the store. Platform-neutral: it reads ChatEvents and ActionEvents and answers with Cards.
 *
 * Every change is a compare-and-set on the dialog's version; when another event (a double click,
 * another replica) changed the dialog first, the event is decided again on what is stored now.
 * So complete() runs once per dialog, however many times Run is pressed.
 */
import type { Card } from '../core/card.js';
import type { ActionEvent, ChatEvent } from '../core/chat-event.js';
import { ChatOpsError } from '../core/errors.js';
import type { Clock } from '../ports/clock.js';
import { systemClock } from '../ports/clock.js';
import type { Dialog, DialogStore } from '../ports/dialogs.js';
import { OPEN_PHASES } from '../ports/dialogs.js';
import { confirmationCard, questionCard } from './dialog-cards.js';
import type { CardNotes } from './dialog-cards.js';
import type { Decision, DialogStatus } from './dialog-decide.js';
import { decide, settle } from './dialog-decide.js';
import type { DialogInput } from './dialog-input.js';
import { isActionEvent, readAction } from './dialog-input.js';
import type { DialogKind } from './dialog-kind.js';
import { cancelledCard, expiredCard, finishedCard, goneCard, refusedCard } from './dialog-notices.js';
import type { DialogRequest } from './new-dialog.js';
import { newDialog } from './new-dialog.js';

export type DialogReplyStatus = DialogStatus | 'refused';

/** What to show after an event: the card, why, and the dialog as stored (absent when it is gone). */
export interface DialogReply {
  status: DialogReplyStatus;
  card: Card;
  dialog?: Dialog;
}

export interface DialogManagerOptions {
  store: DialogStore;
  /** Expiry follows this clock (tests move it on). */
  clock?: Clock;
  /** Minutes a dialog waits after its last answer. Default 15. */
  ttlMinutes?: number;
  kinds?: Record<string, DialogKind>;
}

const ATTEMPTS = 5;

export class DialogManager {
  private readonly store: DialogStore;
  private readonly clock: Clock;
  readonly ttlMinutes: number;
  private readonly kinds = new Map<string, DialogKind>();

  constructor(options: DialogManagerOptions) {
    this.store = options.store;
    this.clock = options.clock ?? systemClock;
    this.ttlMinutes = options.ttlMinutes ?? 15;
    for (const [name, kind] of Object.entries(options.kinds ?? {})) this.register(name, kind);
  }

  /** Registers what dialogs of kind `name` do. Every process that may answer them registers the same. */
  register(name: string, kind: DialogKind): void {
    this.kinds.set(name, kind);
  }

  /** Starts a dialog, ending the owner's open one in the same thread (the card says so). */
  async start(request: DialogRequest): Promise<DialogReply & { replaced: Dialog[] }> {
    const kind = this.kindOf(request.kind);
    const now = this.clock.now();
    const fresh = newDialog(request, now, this.ttlMs);
    const first = await settle(fresh, kind);
    const dialog = first.next ?? fresh;
    const { replaced } = await this.store.start(dialog);
    const notes = replaced.map((old) => `This replaces your unfinished "${old.title}", which is cancelled.`);
    return { ...(await this.reply(dialog, first, kind, { notes })), replaced };
  }

  /**
   * Takes a reply in a thread or a click, choice or form on a dialog's card. Undefined when the
   * event is for no dialog: a click on another card, or a message from someone who has no open
   * dialog in a thread where nobody else has one either. Call it for thread messages that are
   * not a new command; a message from someone else in a thread with an open dialog is refused.
   */
  async answer(event: ChatEvent | ActionEvent): Promise<DialogReply | undefined> {
    const found = isActionEvent(event) ? await this.forAction(event) : await this.forText(event);
    if (!found || 'reply' in found) return found?.reply;
    let { dialog } = found;
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const kind = this.kindOf(dialog.kind);
      const decision = await this.decideNow(dialog, found.input, kind);
      if (!decision.next) return this.reply(dialog, decision, kind);
      const stored = await this.store.update(decision.next, dialog.version);
      if (stored) return this.reply(stored, decision, kind);
      const again = await this.store.get(dialog.id);
      if (!again) return { status: 'finished', card: goneCard() };
      dialog = again;
    }
    throw new ChatOpsError('DIALOG_BUSY', 'This dialog changed too often at once to take your answer.', { nextStep: 'Send the answer again.' });
  }

  private async forAction(event: ActionEvent): Promise<{ dialog: Dialog; input: DialogInput } | { reply: DialogReply } | undefined> {
    const input = readAction(event);
    if (!input) return undefined;
    const dialog = await this.store.get(input.action.dialogId);
    if (!dialog) return { reply: { status: 'finished', card: goneCard() } };
    if (dialog.owner.platform !== event.platform || dialog.owner.userId !== event.user.id) {
      return { reply: { status: 'refused', card: refusedCard(dialog, this.restartHint(dialog)), dialog } };
    }
    return { dialog, input };
  }

  private async forText(event: ChatEvent): Promise<{ dialog: Dialog; input: DialogInput } | { reply: DialogReply } | undefined> {
    const owner = { platform: event.platform, userId: event.user.id, ...(event.workspaceId ? { workspaceId: event.workspaceId } : {}) };
    const where = { channelId: event.channelId, ...(event.threadId ? { threadId: event.threadId } : {}) };
    const own = await this.store.findOpen(owner, where);
    if (own) return { dialog: own, input: { via: 'text', text: event.text } };
    const now = this.clock.now().toISOString();
    const others = (await this.store.listOpen(event.platform, event.workspaceId, where)).filter((d) => d.expiresAt > now);
    const other = others[0];
    return other ? { reply: { status: 'refused', card: refusedCard(other, this.restartHint(other)), dialog: other } } : undefined;
  }

  /** Expired and finished dialogs take no answer; open ones decide. */
  private async decideNow(dialog: Dialog, input: DialogInput, kind: DialogKind): Promise<Decision> {
    if (!OPEN_PHASES.includes(dialog.phase)) return { status: 'finished' };
    const now = this.clock.now();
    if (now.toISOString() >= dialog.expiresAt) return { status: 'expired', next: { ...dialog, phase: 'expired', updatedAt: now.toISOString() } };
    return decide(dialog, input, kind, now, this.ttlMs);
  }

  private async reply(dialog: Dialog, decision: Decision, kind: DialogKind, extra: CardNotes = {}): Promise<DialogReply> {
    const notes = { notes: [...(extra.notes ?? []), ...(decision.notes ?? [])], ...(decision.problem ? { problem: decision.problem } : {}) };
    const hint = this.restartHint(dialog);
    const card = ((): Card | Promise<Card> => {
      switch (decision.status === 'stale' || decision.status === 'invalid' ? dialog.phase : decision.status) {
        case 'asking': {
          const asked = dialog.steps[dialog.position];
          const more = asked ? (kind.questionNotes?.(asked.id, dialog) ?? []) : [];
          return questionCard(dialog, this.ttlMinutes, { ...notes, notes: [...notes.notes, ...more] });
        }
        case 'confirming':
          return confirmationCard(dialog, this.ttlMinutes, notes);
        case 'completed':
          return kind.complete(dialog);
        case 'cancelled':
          return cancelledCard(dialog, hint);
        case 'expired':
          return expiredCard(dialog, this.ttlMinutes, hint);
        default:
          return finishedCard(dialog, hint);
      }
    })();
    return { status: decision.status, card: await card, dialog };
  }

  private restartHint(dialog: Dialog): string {
    const hint = this.kinds.get(dialog.kind)?.restartHint?.(dialog);
    return hint ? `"${hint}"` : 'a new @aws command';
  }

  private kindOf(name: string): DialogKind {
    const kind = this.kinds.get(name);
    if (!kind) {
      throw new ChatOpsError('DIALOG_KIND_UNKNOWN', `No dialog kind "${name}" is registered in this process.`, {
        nextStep: 'This is a bug: every process that answers dialogs registers the same kinds.',
      });
    }
    return kind;
  }

  private get ttlMs(): number {
    return this.ttlMinutes * 60_000;
  }
}
