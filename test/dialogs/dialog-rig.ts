/**
 * A dialog manager over a real (memory or PGlite) store, with a clock tests move on, a "command"
 * kind that records what it completes, and events written the way the chat adapters write them.
 */
import type { Card } from '../../src/core/card.js';
import type { ActionEvent, ChatEvent } from '../../src/core/chat-event.js';
import type { Dialog, Question } from '../../src/ports/dialogs.js';
import type { Store } from '../../src/ports/store.js';
import { createMemoryStore } from '../../src/adapters/store/memory-store.js';
import type { DialogKind } from '../../src/dialogs/dialog-kind.js';
import { DialogManager } from '../../src/dialogs/dialog-manager.js';
import type { DialogRequest } from '../../src/dialogs/new-dialog.js';

export class TestClock {
  private at = Date.parse('2026-12-06T10:00:00.000Z');
  now = () => new Date(this.at);
  advanceMinutes(minutes: number): void {
    this.at += minutes * 60_000;
  }
}

export const THREE_QUESTIONS: Question[] = [
  { id: 'InstanceType', kind: 'select', label: 'Instance type', help: 'The size of the instance.', options: [{ label: 't3.micro', value: 't3.micro' }, { label: 't3.small', value: 't3.small' }, { label: 'm5.large', value: 'm5.large' }] },
  { id: 'ImageId', kind: 'text', label: 'Image id', placeholder: 'ami-…', validation: { pattern: 'ami-[0-9a-f]{8,17}', message: 'An image id looks like ami-0abcdef12.' } },
  { id: 'KeyName', kind: 'text', label: 'Key pair name' },
];

/** The "command" kind: refuses the key name "root", summarizes the answers, records completions. */
export class RecordingKind implements DialogKind {
  readonly completed: Dialog[] = [];
  validate(questionId: string, text: string) {
    if (questionId === 'KeyName' && text === 'root') return { ok: false as const, message: 'Key pairs named "root" are not allowed here.' };
    return { ok: true as const, value: text };
  }
  summarize(dialog: Dialog) {
    const args = Object.entries(dialog.answers).map(([k, v]) => `--${k} ${v}`).join(' ');
    return [{ type: 'code' as const, title: 'Command', code: `aws ec2 run-instances ${args}` }];
  }
  async complete(dialog: Dialog): Promise<Card> {
    this.completed.push(dialog);
    return { title: 'Instances started', severity: 'success', sections: [{ type: 'text', text: `Ran with ${JSON.stringify(dialog.answers)}` }] };
  }
  restartHint(): string {
    return '@aws ec2 run-instances';
  }
}

export const ALICE = { id: 'U-alice', name: 'alice' };
export const BOB = { id: 'U-bob', name: 'bob' };
export const PLACE = { platform: 'slack' as const, workspaceId: 'T1', channelId: 'C1', threadId: '1733479200.000100' };

export function makeRig(store: Store = createMemoryStore(), clock = new TestClock(), kind = new RecordingKind()) {
  const manager = new DialogManager({ store: store.dialogs, clock, kinds: { command: kind } });
  const start = (changes: Partial<DialogRequest> = {}, user = ALICE) =>
    manager.start({
      kind: 'command',
      title: 'ec2 run-instances',
      owner: { platform: PLACE.platform, workspaceId: PLACE.workspaceId, userId: user.id, userName: user.name },
      where: { channelId: PLACE.channelId, threadId: PLACE.threadId },
      steps: THREE_QUESTIONS,
      needsConfirmation: true,
      payload: { service: 'ec2', operation: 'RunInstances' },
      ...changes,
    });
  const say = (text: string, user = ALICE) => manager.answer(reply(text, user));
  const click = (actionId: string, values: Record<string, string> = {}, user = ALICE, value?: string) => manager.answer(action(actionId, values, user, value));
  return { manager, store, clock, kind, start, say, click };
}

export function reply(text: string, user = ALICE): ChatEvent {
  return { ...PLACE, messageId: `m-${Math.random()}`, user, text, source: 'thread-reply' };
}

export function action(actionId: string, values: Record<string, string> = {}, user = ALICE, value?: string): ActionEvent {
  return { ...PLACE, messageId: 'card-1', actionId, user, values, ...(value !== undefined ? { value } : {}) };
}

/** The id of the card action whose id ends with `suffix` (e.g. ".run", ".next.1"). */
export function actionIdOf(card: Card, suffix: string): string {
  const found = card.actions?.find((a) => a.type !== 'link' && a.id.endsWith(suffix));
  if (!found || found.type === 'link') throw new Error(`no action ending in ${suffix} on "${card.title}": ${JSON.stringify(card.actions)}`);
  return found.id;
}

/** Every text on the card, for "the card says …" checks. */
export function cardText(card: Card): string {
  return [card.title, card.subtitle, ...card.sections.map((s) => JSON.stringify(s)), card.footer].join('\n');
}
