/**
 * A parsed command, run for the person who asked, at the moment they asked: authorized (the
 * channel's account, their role or the channel's, the guardrails, the org chat policy — or a
 * dialog for the account or role first), pre-checked, sent to AWS with the session's credentials
 * in the command's region (or the account's, or the default one), audited, and answered with a
 * result card (`--query`, `--output`, long lists cut, the next page's token shown) that says which
 * account and role it ran as.
 */
import type { Card } from '../core/card.js';
import { isChatOpsError } from '../core/errors.js';
import { AccessRefusedError, isAccessRefused } from '../permissions/access-errors.js';
import type { Allowed } from '../permissions/access-types.js';
import { recordAudit } from '../permissions/audit-entry.js';
import { authorize } from '../permissions/authorize.js';
import { iamActionFor } from '../permissions/precheck/index.js';
import { describeGuardrails } from '../permissions/guardrails.js';
import { openSession } from '../permissions/open-session.js';
import { runAsLabel, roleLabel } from './access/access-labels.js';
import { askForAccess } from './access/ask-for-access.js';
import type { CommandContext } from './command-context.js';
import type { CommandDeps } from './command-deps.js';
import type { ParsedCommand } from './parse/parse-command.js';
import { resultCard } from './result-card.js';
import { isLambdaInvoke, lambdaFailed } from './result-lambda.js';

export async function runParsed(parsed: ParsedCommand, line: string, deps: CommandDeps, ctx: CommandContext): Promise<Card> {
  const { access } = deps;
  const started = access.clock.now().getTime();
  const durationMs = () => access.clock.now().getTime() - started;
  let allowed: Allowed | undefined;
  try {
    const decision = await authorize(ctx.actor, access, ctx.account ? { account: ctx.account } : {});
    if (decision.kind !== 'allowed') return await askForAccess(decision, line, ctx, deps.accessDialogs);
    allowed = decision;
    const service = deps.index.service(parsed.service);
    const operation = service.operations[parsed.operationCli];
    const region = parsed.region ?? allowed.account.region ?? deps.defaultRegion;
    const credentials = await openSession({ actor: ctx.actor, allowed, action: iamActionFor(parsed.service, parsed.operation), region }, access);
    const answer = await deps.aws
      .run({
        service: { cli: service.cli, package: service.package, clientClass: service.clientClass },
        operation: parsed.operation,
        operationCli: parsed.operationCli,
        params: parsed.params,
        region,
        ...(credentials ? { credentials } : {}),
      })
      .catch((e: unknown) => {
        throw deniedByAws(e, allowed!);
      });
    // A Lambda function that threw still answers HTTP 200: the audit records its failure.
    const resultCode = isLambdaInvoke(parsed.service, parsed.operationCli) && lambdaFailed(answer.output) ? 'LAMBDA_FUNCTION_ERROR' : 'ok';
    await recordAudit(access, ctx.actor, { kind: 'command', command: line, decision: 'allowed', resultCode, durationMs: durationMs(), allowed });
    return resultCard({
      params: parsed.params,
      service: parsed.service,
      operationCli: parsed.operationCli,
      command: line,
      region,
      account: runAsLabel(allowed),
      output: answer.output,
      ...(answer.requestId ? { requestId: answer.requestId } : {}),
      ...(parsed.query ? { query: parsed.query } : {}),
      ...(parsed.output ? { format: parsed.output } : {}),
      ...(operation?.paginator ? { paginator: operation.paginator } : {}),
      ...(parsed.maxItems !== undefined ? { maxItems: parsed.maxItems } : {}),
    });
  } catch (e) {
    const facts = isAccessRefused(e)
      ? { kind: 'denial' as const, decision: 'denied', policy: e.policy }
      : { kind: 'command' as const, decision: allowed ? 'allowed' : 'failed' };
    await recordAudit(access, ctx.actor, { ...facts, command: line, resultCode: isChatOpsError(e) ? e.code : 'internal', durationMs: durationMs(), ...(allowed ? { allowed } : {}) });
    throw e;
  }
}

/** AWS's own AccessDenied, worded with the role and guardrails it ran with. */
function deniedByAws(e: unknown, allowed: Allowed): unknown {
  if (!isChatOpsError(e) || e.code !== 'AWS_ACCESS_DENIED') return e;
  const guardrails = describeGuardrails(allowed.guardrails);
  const words = `${e.userMessage} It ran in ${runAsLabel(allowed)}, with guardrails: ${guardrails}.`;
  const next = allowed.role.kind === 'user' ? 'Switch to a role that allows it (@aws switch-roles), or ask your administrator.' : `Ask your administrator to allow it for ${roleLabel(allowed.role)} and the guardrails, or use a role of your own (@aws switch-roles).`;
  return new AccessRefusedError('AWS_ACCESS_DENIED', words, `AWS IAM (${allowed.role.kind === 'service' ? 'service credentials' : allowed.role.arn})`, next);
}


/** Runs `work`; a refusal from the permissions layer is written to the audit log, then thrown on. */
export async function auditRefusals<T>(line: string, ctx: CommandContext, deps: Pick<CommandDeps, 'access'>, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (isAccessRefused(e)) await recordAudit(deps.access, ctx.actor, { kind: 'denial', command: line, decision: 'denied', policy: e.policy, resultCode: e.code });
    throw e;
  }
}
