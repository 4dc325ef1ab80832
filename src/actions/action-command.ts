/**
 * The command line a custom action runs, after "@aws": a CLI target with its `$Variables`
 * filled in, or a Lambda target as `lambda invoke --function-name F --payload '<json>'` — so both
 * go through the one command pipeline (parse, deny list, permissions, AWS, result card).
 */
import type { ActionTarget } from '../ports/custom-actions.js';
import { shellWord } from './cli-fill.js';
import { resolveCommand, resolvePayload, type Resolved } from './resolve.js';

export function actionCommand(target: ActionTarget, variables: Readonly<Record<string, string>>): Resolved {
  if (target.kind === 'cli') return resolveCommand(target.command, variables);
  const { resolved, missing } = resolvePayload(target.payload, variables);
  const region = target.region ? ` --region ${target.region}` : '';
  return { resolved: `lambda invoke --function-name ${shellWord(target.functionName)} --payload ${shellWord(resolved)}${region}`, missing };
}
