import { get, getStr, isRecord, num } from '../../read.js';
import { text } from '../shared/values.js';

export interface ContainerOutcome {
  name: string;
  exitCode?: number;
  reason?: string;
  /** Exited with a non-zero code, or has a failure reason (OutOfMemoryError, CannotPullContainerError…). */
  failed: boolean;
  /** "app: exit 137 (OutOfMemoryError: Container killed due to memory usage)" */
  line: string;
}

/** How each container of a stopped task ended. */
export function containerOutcomes(containers: unknown): ContainerOutcome[] {
  if (!Array.isArray(containers)) return [];
  return containers.filter(isRecord).flatMap((c) => {
    const name = text(getStr(c, 'name')) ?? 'container';
    const exitCode = num(get(c, 'exitCode'));
    const reason = text(getStr(c, 'reason'));
    const status = text(getStr(c, 'lastStatus'));
    if (exitCode === undefined && !reason) return [];
    const failed = (exitCode !== undefined && exitCode !== 0) || (reason !== undefined && status === 'STOPPED');
    const line = [`${name}: `, exitCode !== undefined ? `exit ${exitCode}` : 'stopped', reason ? ` (${reason})` : ''].join('');
    return [{ name, exitCode, reason, failed, line }];
  });
}
