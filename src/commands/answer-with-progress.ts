/**
 * An answer that may take a while (an AWS call, an agent, a support case) shows "Working on
 * it…" in its thread once it has taken longer than a moment, and that message then becomes the
 * answer (updated in place), so the thread gets one message either way. Quick answers are
 * posted directly, with no notice.
 */
import type { Card } from '../core/card.js';
import { markShown } from '../core/errors.js';
import type { ChatPort, PostedMessage } from '../ports/chat.js';

/** How long an answer may take before the notice is shown. */
export const WORKING_NOTICE_AFTER_MS = 1_500;

export interface AnswerTarget {
  channelId: string;
  threadId?: string;
  workspaceId?: string;
}

export interface ProgressOptions {
  /** What is being done, for the notice ("running `ec2 describe-instances`"). */
  doing?: string;
  noticeAfterMs?: number;
  /** Resolves after `ms`; tests pass one they resolve themselves. */
  delay?: (ms: number) => Promise<void>;
}

const SLOW: unique symbol = Symbol('slow');

const realDelay = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms).unref();
  });

export function workingCard(doing: string | undefined): Card {
  const text = doing ? `aws is ${doing}. The answer will replace this message.` : 'The answer will replace this message.';
  return { title: 'Working on it…', severity: 'neutral', sections: [{ type: 'text', text }], fallbackText: 'Working on it…' };
}

/**
 * Posts the card `produce` makes. If it is not ready after `noticeAfterMs`, posts the notice
 * first and updates it with the card. When `produce` fails, the user sees `errorCard(error)` in
 * the same place (the notice must not stay "working" for ever), and the error is thrown after
 * that, for the caller to log.
 */
export async function answerWithProgress(chat: ChatPort, target: AnswerTarget, produce: () => Promise<Card>, options: ProgressOptions & { errorCard: (e: unknown) => Card }): Promise<PostedMessage> {
  const where = { ...(target.threadId ? { threadId: target.threadId } : {}), ...(target.workspaceId ? { workspaceId: target.workspaceId } : {}) };
  const work = produce().then(
    (card) => ({ card }),
    (error: unknown) => ({ error }),
  );
  const first = await Promise.race([work, (options.delay ?? realDelay)(options.noticeAfterMs ?? WORKING_NOTICE_AFTER_MS).then((): typeof SLOW => SLOW)]);
  if (first !== SLOW) {
    if ('card' in first) return chat.post(target.channelId, { card: first.card, ...where });
    await chat.post(target.channelId, { card: options.errorCard(first.error), ...where });
    throw markShown(first.error);
  }
  const notice = await chat.post(target.channelId, { card: workingCard(options.doing), ...where });
  const done = await work;
  await chat.update(target.channelId, notice.messageId, { card: 'card' in done ? done.card : options.errorCard(done.error), ...where });
  if ('error' in done) throw markShown(done.error);
  return notice;
}
