/**
 * Short cards for a dialog that can't take the answer given: someone else's, expired, finished,
 * cancelled or no longer kept. Each says what happened and what to do next.
 */
import type { Card } from '../core/card.js';
import type { Dialog } from '../ports/dialogs.js';

/** How to start again, e.g. `"@aws ec2 run-instances"`; the kind's hint or a general one. */
export type RestartHint = string;

export function ownerName(dialog: Dialog): string {
  return `@${dialog.owner.userName || dialog.owner.userId}`;
}

export function refusedCard(dialog: Dialog, restart: RestartHint): Card {
  return notice(dialog.title, 'medium', `This question is for ${ownerName(dialog)}; your answer was not used. Start your own with ${restart}.`);
}

export function cancelledCard(dialog: Dialog, restart: RestartHint): Card {
  return notice(dialog.title, 'neutral', `Cancelled; nothing was run. Start again with ${restart}.`);
}

export function expiredCard(dialog: Dialog, ttlMinutes: number, restart: RestartHint): Card {
  return notice(dialog.title, 'low', `This dialog expired: nobody answered for ${ttlMinutes} minutes, so nothing was run. Start again with ${restart}.`);
}

export function finishedCard(dialog: Dialog, restart: RestartHint): Card {
  const what = dialog.phase === 'done' ? 'is finished already' : dialog.phase === 'expired' ? 'expired' : 'was cancelled';
  return notice(dialog.title, 'neutral', `This dialog ${what}; that answer was not used. Start again with ${restart}.`);
}

export function goneCard(): Card {
  return notice('Dialog', 'low', 'This dialog is no longer kept (it ended a while ago). Start again with the command you ran.');
}

function notice(title: string, severity: Card['severity'], text: string): Card {
  return { title, severity, sections: [{ type: 'text', text }] };
}
