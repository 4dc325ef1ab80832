/**
 * A click on a notification's button (issue #9). The button carries an opaque token only; the
 * token names the channel it was posted to, the notification's variables and what the button
 * does. A token that is unknown, expired or from another channel is refused. Then, for the person
 * who clicked (their account, role, guardrails, org policy — never the poster's):
 * - a custom action shows exactly what will run, asks for variables the notification lacks, and
 *   runs on Run through the one command pipeline;
 * - "Show logs" / "Show error logs" runs a Logs Insights query over the alarm's window;
 * - "⋮ Manage actions" shows the channel's actions and this notification's variables.
 */
import { sameActionName } from '../../config/actions-schema.js';
import { actionCommand } from '../../actions/action-command.js';
import { logsCard, planLine, planLogsQuery, planWithLookups, runLogsQuery, type PlanOptions } from '../../actions/logs/index.js';
import type { Card } from '../../core/card.js';
import { chatChannelKey, type ActionEvent } from '../../core/chat-event.js';
import { ChatOpsError } from '../../core/errors.js';
import { isAccessRefused } from '../../permissions/access-errors.js';
import { authorize } from '../../permissions/authorize.js';
import { recordAudit } from '../../permissions/audit-entry.js';
import { openSession, preCheckAccess } from '../../permissions/open-session.js';
import type { ButtonToken, CustomActionRecord } from '../../ports/custom-actions.js';
import type { CustomActionConfig } from '../../config/actions-schema.js';
import { channelButtonSettings } from '../../config/configurations.js';
import { askForAccess } from '../access/ask-for-access.js';
import { runAsLabel } from '../access/access-labels.js';
import { actorOf, type CommandContext } from '../command-context.js';
import type { CommandDeps } from '../command-deps.js';
import { startCommandDialog } from '../command-dialog.js';
import { startOrRun } from '../command-flow.js';
import { auditRefusals } from '../run-command.js';
import { startCreateAction, startEditAction } from './create-action-dialog.js';
import { startDeleteAction } from './delete-action-dialog.js';
import { CREATE_ACTION_ID, DELETE_ACTION_ID, EDIT_ACTION_ID, manageActionsCard } from './manage-actions.js';
import { BUTTON_ID_PREFIX } from '../../notifications/pipeline/action-buttons.js';

/** True for the ids this file answers: a notification's buttons and Manage actions' Create. */
export function isButtonClick(actionId: string): boolean {
  return [BUTTON_ID_PREFIX, `${CREATE_ACTION_ID}.`, `${EDIT_ACTION_ID}.`, `${DELETE_ACTION_ID}.`].some((prefix) => actionId.startsWith(prefix));
}

export async function answerButton(event: ActionEvent, deps: CommandDeps): Promise<Card> {
  const ctx: CommandContext = { actor: actorOf(event), ...((event.threadId ?? event.messageId) ? { threadId: event.threadId ?? event.messageId } : {}) };
  if (event.actionId.startsWith(`${CREATE_ACTION_ID}.`)) return startCreateAction(await readToken(event, event.actionId.slice(CREATE_ACTION_ID.length + 1), deps), ctx, deps);
  if (event.actionId.startsWith(`${EDIT_ACTION_ID}.`)) return startEditAction(await readToken(event, event.actionId.slice(EDIT_ACTION_ID.length + 1), deps), ctx, deps);
  if (event.actionId.startsWith(`${DELETE_ACTION_ID}.`)) return startDeleteAction(await readToken(event, event.actionId.slice(DELETE_ACTION_ID.length + 1), deps), ctx, deps);
  const token = await readToken(event, event.actionId.slice(BUTTON_ID_PREFIX.length), deps);
  switch (token.action.kind) {
    case 'custom':
      return customAction(token, token.action.name, ctx, deps);
    case 'logs':
      return showLogs(token, token.action.errorsOnly, ctx, deps);
    case 'manage':
      return manageActionsCard(token, ctx, deps);
  }
}

async function readToken(event: ActionEvent, id: string, deps: CommandDeps): Promise<ButtonToken> {
  const token = await deps.buttons.tokens.get(id);
  const refuse = async (code: string, words: string, nextStep: string): Promise<never> => {
    await recordAudit(deps.access, actorOf(event), { kind: 'denial', command: `button ${event.actionId.slice(0, 12)}…`, decision: 'refused', policy: 'button token', resultCode: code });
    throw new ChatOpsError(code, words, { nextStep });
  };
  if (!token) return refuse('BUTTON_UNKNOWN', 'This button is not known here (it may be older than its notification\'s buttons last).', 'Use the buttons of a newer notification, or run the command yourself with @aws.');
  if (token.expiresAt <= deps.access.clock.now().toISOString()) return refuse('BUTTON_EXPIRED', 'This button has expired: a notification\'s buttons work for 14 days.', 'Run the command yourself with @aws, or wait for the next notification.');
  if (token.channelKey !== chatChannelKey(event)) return refuse('BUTTON_ELSEWHERE', 'This button belongs to a notification in another channel.', 'Click it in the channel where the notification was posted.');
  return token;
}

/** The action a channel has under `name`: declared in chatops.yml first, then made in chat. */
async function findAction(channelKey: string, name: string, deps: CommandDeps): Promise<CustomActionConfig | CustomActionRecord | undefined> {
  const declared = channelButtonSettings(deps.access.configurations, channelKey).customActions.find((a) => sameActionName(a.name, name));
  return declared ?? (await deps.buttons.actions.get(channelKey, name));
}

async function customAction(token: ButtonToken, name: string, ctx: CommandContext, deps: CommandDeps): Promise<Card> {
  const action = await findAction(token.channelKey, name, deps);
  if (!action) throw new ChatOpsError('ACTION_GONE', `The custom action "${name}" no longer exists in this channel.`, { nextStep: 'Choose ⋮ Manage actions on a notification to see the actions there are.' });
  const origin = { name: action.name, target: action.target, variables: token.variables };
  const { resolved, missing } = actionCommand(action.target, token.variables);
  const title = `${action.buttonText} (${action.name})`;
  if (missing.length === 0) return startOrRun(resolved, ctx, deps, { confirm: true, title, action: origin });
  // Variables the notification lacks are asked for first; the full command is shown before Run.
  const reply = await startCommandDialog(
    ctx,
    {
      title,
      line: resolved,
      action: origin,
      questions: missing.map((v) => ({ id: `$${v}`, label: `$${v}`, kind: 'text' as const, help: `This notification has no value for $${v}.`, placeholder: 'value' })),
      needsConfirmation: true,
    },
    deps,
  );
  return reply.card;
}

async function showLogs(token: ButtonToken, errorsOnly: boolean, ctx: CommandContext, deps: CommandDeps): Promise<Card> {
  const options: PlanOptions = { errorsOnly, configured: channelButtonSettings(deps.access.configurations, token.channelKey).logGroups, defaultRegion: deps.defaultRegion, now: deps.access.clock.now() };
  // API Gateway and ECS log groups are looked up with the clicker's session, after authorization.
  const pending = planLogsQuery(token.variables, options);
  let line = planLine(pending);
  return auditRefusals(line, ctx, deps, async () => {
    const decision = await authorize(ctx.actor, deps.access);
    if (decision.kind !== 'allowed') return askForAccess(decision, undefined, ctx, deps.accessDialogs);
    const started = deps.access.clock.now().getTime();
    const credentials = await openSession({ actor: ctx.actor, allowed: decision, action: 'logs:StartQuery', region: pending.region }, deps.access);
    try {
      const preCheck = (action: string) => preCheckAccess({ actor: ctx.actor, allowed: decision, action, region: pending.region }, deps.access);
      const plan = await planWithLookups(token.variables, options, { aws: deps.aws, ...(credentials ? { credentials } : {}), preCheck });
      line = planLine(plan);
      const result = await runLogsQuery(plan, { aws: deps.aws, ...(credentials ? { credentials } : {}), clock: deps.access.clock });
      await recordAudit(deps.access, ctx.actor, { kind: 'command', command: line, decision: 'allowed', resultCode: 'ok', durationMs: deps.access.clock.now().getTime() - started, allowed: decision });
      const card = logsCard(plan, result);
      return { ...card, subtitle: [card.subtitle, runAsLabel(decision)].filter(Boolean).join(' · ') };
    } catch (e) {
      // A lookup refused by the pre-check is audited once, as a denial (auditRefusals).
      if (!isAccessRefused(e)) await recordAudit(deps.access, ctx.actor, { kind: 'command', command: line, decision: 'allowed', resultCode: e instanceof ChatOpsError ? e.code : 'internal', durationMs: deps.access.clock.now().getTime() - started, allowed: decision });
      throw e;
    }
  });
}
