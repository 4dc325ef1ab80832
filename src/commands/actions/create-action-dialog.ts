/**
 * The create-action dialog, started from "⋮ Manage actions" on a notification: name, button
 * text, CLI command or Lambda function, display criteria — each checked as it is answered, with
 * this notification's variables offered — then a preview of what the button would run on this
 * very notification, and Save. A name already used in the channel replaces that action.
 */
import { actionCommand } from '../../actions/action-command.js';
import { commandProblem } from '../../actions/command-problem.js';
import { showsOn } from '../../actions/criteria.js';
import { validateAction, type ActionField } from '../../actions/validate-action.js';
import type { Card } from '../../core/card.js';
import { isChatOpsError } from '../../core/errors.js';
import type { DialogKind } from '../../dialogs/dialog-kind.js';
import { recordAudit } from '../../permissions/audit-entry.js';
import type { ActionTarget, ButtonToken, NewCustomAction } from '../../ports/custom-actions.js';
import type { Dialog } from '../../ports/dialogs.js';
import { contextOfDialog, dialogOwnerAndPlace, type CommandContext } from '../command-context.js';
import type { CommandDeps } from '../command-deps.js';
import { criteriaText, parseCriteria } from './action-criteria-text.js';
import { pickMadeAction } from './manage-actions.js';

export const CREATE_ACTION_DIALOG = 'create-action';
/** Custom actions a channel may hold (made in chat). */
export const MAX_CHANNEL_ACTIONS = 50;

interface CreatePayload {
  channelKey: string;
  variables: Record<string, string>;
}

const CLI = 'cli';
const LAMBDA = 'lambda';

export async function startCreateAction(token: ButtonToken, ctx: CommandContext, deps: CommandDeps): Promise<Card> {
  const names = Object.keys(token.variables).slice(0, 12).map((n) => `$${n}`).join(', ');
  const reply = await deps.dialogs.start({
    kind: CREATE_ACTION_DIALOG,
    title: 'Create a custom action',
    ...dialogOwnerAndPlace(ctx),
    steps: [
      { id: 'name', kind: 'text', label: 'Action name', help: 'Unique in this channel; 1–64 letters, digits, spaces, _ or -.', placeholder: 'reboot-instance' },
      { id: 'buttonText', kind: 'text', label: 'Button text', help: 'At most 20 characters; emoji allowed.', placeholder: 'Reboot' },
      { id: 'kind', kind: 'select', label: 'It runs', options: [{ label: 'a CLI command', value: CLI }, { label: 'a Lambda function', value: LAMBDA }] },
      { id: 'target', kind: 'text', label: 'Command, or function and payload', help: `A command after "@aws" (ec2 reboot-instances --instance-ids $InstanceId), or a function name then an optional JSON payload (my-function {"alarm": "$AlarmName"}). This notification's variables: ${names || 'none'}.` },
      { id: 'criteria', kind: 'text', label: 'Show it when', help: 'none (every notification), or up to 5 separated by commas: InstanceId (has a value), AlarmState=ALARM (equals).', placeholder: 'none' },
    ],
    needsConfirmation: true,
    payload: { channelKey: token.channelKey, variables: token.variables } satisfies CreatePayload,
  });
  return reply.card;
}

/** The edit dialog: which action, then the same questions, each showing the value "same" keeps (questionNotes). */
export async function startEditAction(token: ButtonToken, ctx: CommandContext, deps: CommandDeps): Promise<Card> {
  const pick = await pickMadeAction(token.channelKey, deps, 'pick', 'edit');
  if ('none' in pick) return pick.none;
  const reply = await deps.dialogs.start({
    kind: CREATE_ACTION_DIALOG,
    title: 'Edit a custom action',
    ...dialogOwnerAndPlace(ctx),
    steps: [
      pick.step,
      { id: 'buttonText', kind: 'text', label: 'Button text', help: 'At most 20 characters.', placeholder: SAME },
      { id: 'kind', kind: 'select', label: 'It runs', options: [{ label: 'as it does now', value: SAME }, { label: 'a CLI command', value: CLI }, { label: 'a Lambda function', value: LAMBDA }] },
      { id: 'target', kind: 'text', label: 'Command, or function and payload', help: 'As when creating one.', placeholder: SAME },
      { id: 'criteria', kind: 'text', label: 'Show it when', help: 'none, or up to 5 separated by commas: InstanceId, AlarmState=ALARM.', placeholder: SAME },
    ],
    needsConfirmation: true,
    payload: { channelKey: token.channelKey, variables: token.variables } satisfies CreatePayload,
  });
  return reply.card;
}

function targetOf(kind: string | undefined, text: string): ActionTarget {
  if (kind !== LAMBDA) return { kind: 'cli', command: text.trim().replace(/^@aws\s+/i, '') };
  const m = /^(\S+)\s*([\s\S]*)$/.exec(text.trim());
  return { kind: 'lambda', functionName: m?.[1] ?? '', payload: m?.[2]?.trim() || '{}' };
}

/** An answer that keeps the edited action's value. */
export const SAME = 'same';

/** What an edited action holds now, as the questions' answers would write it (kept in the `pick` answer). */
interface CurrentAnswers {
  name: string;
  buttonText: string;
  kind: string;
  target: string;
  criteria: string;
}

export function currentAnswers(action: Pick<NewCustomAction, 'name' | 'buttonText' | 'target' | 'criteria'>): CurrentAnswers {
  const target = action.target.kind === 'cli' ? action.target.command : `${action.target.functionName} ${action.target.payload}`;
  const criteria = action.criteria.length ? action.criteria.map((c) => (c.operator === 'HAS_VALUE' ? c.variable : `${c.variable}=${c.value ?? ''}`)).join(', ') : 'none';
  return { name: action.name, buttonText: action.buttonText, kind: action.target.kind, target, criteria };
}

function actionOf(dialog: Dialog, extra: Record<string, string> = {}): NewCustomAction {
  const a = { ...dialog.answers, ...extra };
  const current = a.pick ? (JSON.parse(a.pick) as CurrentAnswers) : undefined;
  const value = (id: keyof CurrentAnswers): string | undefined => (current && (a[id] === undefined || a[id].toLowerCase() === SAME) ? current[id] : a[id]);
  const owner = dialog.owner;
  const criteria = value('criteria');
  return {
    channelKey: (dialog.payload as CreatePayload).channelKey,
    name: value('name') ?? '',
    buttonText: value('buttonText') ?? '',
    target: targetOf(value('kind'), value('target') ?? ''),
    criteria: criteria ? parseCriteria(criteria) : [],
    createdBy: owner.userName ?? owner.userId,
  };
}

export function createActionDialogKind(deps: CommandDeps): DialogKind {
  return {
    async validate(questionId, text, dialog) {
      if (questionId === 'pick') {
        const found = await deps.buttons.actions.get((dialog.payload as CreatePayload).channelKey, text);
        return found ? { ok: true, value: JSON.stringify(currentAnswers(found)) } : { ok: false, message: `There is no action "${text}" any more.` };
      }
      if (text.toLowerCase() === SAME && dialog.answers.pick) return { ok: true, value: SAME };
      const action = actionOf(dialog, { [questionId]: text });
      const field: ActionField | undefined = questionId === 'name' || questionId === 'buttonText' ? questionId : questionId === 'target' ? 'target' : questionId === 'criteria' ? 'criteria' : undefined;
      const problem = field && validateAction(action).find((p) => p.field === field);
      if (problem) return { ok: false, message: problem.message };
      if (questionId === 'target' && action.target.kind === 'cli') {
        const why = commandProblem(action.target, deps.index, (dialog.payload as CreatePayload).variables);
        if (why) return { ok: false, message: why };
      }
      return { ok: true, value: text };
    },
    summarize(dialog) {
      const action = actionOf(dialog);
      const { variables } = dialog.payload as CreatePayload;
      const preview = (() => {
        try {
          return actionCommand(action.target, variables);
        } catch (e) {
          return { resolved: isChatOpsError(e) ? e.userMessage : 'cannot be filled in', missing: [] };
        }
      })();
      return [
        { type: 'fields', fields: [{ label: 'Button', value: action.buttonText, short: true }, { label: 'Name', value: action.name, short: true }, { label: 'Shown', value: criteriaText(action.criteria) }] },
        { type: 'text', text: `On this notification it would ${showsOn(action, variables) ? 'show, and' : 'not show; if it did, it would'} run (after a confirmation, with the clicker's permissions):` },
        { type: 'code', code: `@aws ${preview.resolved}` },
        ...(preview.missing.length ? [{ type: 'text' as const, text: `It would ask for ${preview.missing.map((m) => `$${m}`).join(', ')}, which this notification lacks.` }] : []),
      ];
    },
    async complete(dialog) {
      const action = actionOf(dialog);
      const ctx = contextOfDialog(dialog);
      // Kept answers are checked together here (e.g. a kept command under a new "Lambda function").
      const problems = validateAction(action);
      if (problems.length) return { title: 'Not saved', severity: 'medium', sections: [{ type: 'list', items: problems.map((p) => p.message) }], fallbackText: `Not saved: ${problems[0]!.message}` };
      const saved = await deps.buttons.actions.put(action, MAX_CHANNEL_ACTIONS);
      await recordAudit(deps.access, ctx.actor, { kind: 'dialog', command: `actions save ${action.name}`, decision: saved.status });
      if (saved.status === 'full') return { title: 'Not saved', severity: 'medium', sections: [{ type: 'text', text: `This channel already has ${saved.count} custom actions, the most it can hold. Delete one with @aws actions delete NAME.` }], fallbackText: 'Not saved: too many actions.' };
      const text = `${saved.status === 'created' ? 'Saved' : 'Replaced'} "${action.name}": the **${action.buttonText}** button appears on this channel's new notifications ${criteriaText(action.criteria)}.`;
      return { title: 'Custom action saved', severity: 'success', sections: [{ type: 'text', format: 'markdown', text }], fallbackText: text };
    },
    questionNotes(questionId, dialog) {
      // Editing: each question says what the action has now, which "same" keeps.
      if (!dialog.answers.pick) return [];
      const current = JSON.parse(dialog.answers.pick) as CurrentAnswers;
      const now = (value: string) => [`Now: ${value} — reply "same" to keep it.`];
      if (questionId === 'buttonText') return now(current.buttonText);
      if (questionId === 'kind') return now(current.kind === LAMBDA ? 'a Lambda function' : 'a CLI command');
      if (questionId === 'target') return now(current.kind === LAMBDA ? current.target : `@aws ${current.target}`);
      if (questionId === 'criteria') return now(current.criteria === 'none' ? 'on every notification (none)' : current.criteria);
      return [];
    },
    restartHint: () => '⋮ Manage actions on a notification',
  };
}
