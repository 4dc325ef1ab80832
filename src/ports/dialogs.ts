/**
 * Multi-turn dialogs kept in the store (src/dialogs/ drives them). A dialog is plain data: the
 * questions, the answers so far and where it stands. What a kind of dialog does with its answers
 * (validation beyond a pattern, the summary, the work at the end) lives in code registered by
 * kind name, so any process on the same store can carry on a dialog another one started.
 */
import type { CardSection } from '../core/card.js';
import type { Platform } from '../core/chat-event.js';

/** One question. `id` keys the answer in `Dialog.answers`. */
export type Question = SelectQuestion | TextQuestion;

interface QuestionBase {
  id: string;
  /** What is asked, e.g. "Instance type". */
  label: string;
  /** One or two lines more, e.g. the parameter's documentation. */
  help?: string;
}

export interface SelectQuestion extends QuestionBase {
  kind: 'select';
  options: { label: string; value: string }[];
  /** A typed answer that is none of the options is taken when it matches this (e.g. a role ARN). */
  other?: { pattern: string; message: string };
}

export interface TextQuestion extends QuestionBase {
  kind: 'text';
  placeholder?: string;
  /** A regular expression the whole answer must match, and the words shown when it does not. */
  validation?: { pattern: string; message: string };
}

/** Who a dialog belongs to: only this user answers it. */
export interface DialogOwner {
  platform: Platform;
  workspaceId?: string;
  userId: string;
  /** Shown when someone else answers ("This question is for @alice"). */
  userName?: string;
}

/** The thread a dialog lives in. No thread (a personal chat) is a place of its own. */
export interface DialogPlace {
  channelId: string;
  threadId?: string;
}

export const DIALOG_PHASES = ['asking', 'confirming', 'done', 'cancelled', 'expired'] as const;
export type DialogPhase = (typeof DIALOG_PHASES)[number];

/** Phases in which a dialog still waits for its owner. */
export const OPEN_PHASES: readonly DialogPhase[] = ['asking', 'confirming'];

export interface Dialog {
  /** Random and opaque; action ids on the dialog's cards carry it. */
  id: string;
  /** The name of the DialogKind that validates, summarizes and completes it (e.g. "command"). */
  kind: string;
  /** The cards' title, e.g. "ec2 run-instances". */
  title: string;
  owner: DialogOwner;
  where: DialogPlace;
  steps: Question[];
  /** Answers by question id, as validated (the kind's validate may normalise them). */
  answers: Record<string, string>;
  /** The index of the step asked now (steps.length once every question is answered). */
  position: number;
  phase: DialogPhase;
  /** What the confirmation card shows, made once when the last answer came in. */
  summary?: CardSection[];
  needsConfirmation: boolean;
  /** JSON the caller keeps with the dialog (e.g. the parsed command). */
  payload: unknown;
  /** Goes up by one on every change: an update names the version it read (see DialogStore.update). */
  version: number;
  createdAt: string;
  updatedAt: string;
  /** After this the dialog no longer takes answers (15 minutes after the last one by default). */
  expiresAt: string;
}

export interface DialogStore {
  /**
   * Stores a new dialog (version 1) and ends every open dialog of the same owner in the same
   * place (phase "cancelled"): one dialog per user per thread. Returns the dialogs it ended.
   */
  start(dialog: Dialog): Promise<{ replaced: Dialog[] }>;
  get(id: string): Promise<Dialog | undefined>;
  /** The owner's open dialog in this place, if any (whether or not it has expired). */
  findOpen(owner: DialogOwner, where: DialogPlace): Promise<Dialog | undefined>;
  /** Every open dialog in this place, oldest first. */
  listOpen(platform: Platform, workspaceId: string | undefined, where: DialogPlace): Promise<Dialog[]>;
  /**
   * Writes `next` (its version is ignored) only if the stored dialog still has version
   * `expectedVersion`; returns what is stored then (version + 1), or undefined when someone
   * changed it first. Of two concurrent updates from one version exactly one wins.
   */
  update(next: Dialog, expectedVersion: number): Promise<Dialog | undefined>;
  /** Forgets dialogs that expired before `before` (ISO time); returns how many. */
  prune(before: string): Promise<number>;
}
