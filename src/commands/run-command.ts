/**
 * A parsed command, run: the call goes to AWS through the AwsPort in the command's region (or
 * the default one), and the answer becomes a result card (`--query`, `--output`, long lists cut,
 * the next page's token shown).
 */
import type { Card } from '../core/card.js';
import type { CommandDeps } from './command-deps.js';
import type { ParsedCommand } from './parse/parse-command.js';
import { resultCard } from './result-card.js';

export async function runParsed(parsed: ParsedCommand, line: string, deps: Pick<CommandDeps, 'index' | 'aws' | 'defaultRegion'>): Promise<Card> {
  const service = deps.index.service(parsed.service);
  const operation = service.operations[parsed.operationCli];
  const region = parsed.region ?? deps.defaultRegion;
  const answer = await deps.aws.run({
    service: { cli: service.cli, package: service.package, clientClass: service.clientClass },
    operation: parsed.operation,
    operationCli: parsed.operationCli,
    params: parsed.params,
    region,
  });
  return resultCard({
    service: parsed.service,
    operationCli: parsed.operationCli,
    command: line,
    region,
    output: answer.output,
    ...(answer.requestId ? { requestId: answer.requestId } : {}),
    ...(parsed.query ? { query: parsed.query } : {}),
    ...(parsed.output ? { format: parsed.output } : {}),
    ...(operation?.paginator ? { paginator: operation.paginator } : {}),
    ...(parsed.maxItems !== undefined ? { maxItems: parsed.maxItems } : {}),
  });
}
