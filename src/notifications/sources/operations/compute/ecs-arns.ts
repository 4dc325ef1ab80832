import { parseArn } from '../../read.js';

/** Names inside ECS ARNs: cluster/<name>, task/<cluster>/<id> (or task/<id>), service/<cluster>/<name>. */
export function ecsNames(arn: string | undefined): { cluster?: string; id?: string } {
  const parts = parseArn(arn)?.resource.split('/') ?? [];
  const [kind, a, b] = parts;
  if (!kind) return {};
  if (kind === 'cluster') return { cluster: a };
  return b !== undefined ? { cluster: a, id: b } : { id: a };
}

/** ECS task groups are "service:<name>" or "family:<name>". */
export function serviceOfGroup(group: string | undefined): string | undefined {
  return group?.startsWith('service:') ? group.slice('service:'.length) : undefined;
}
