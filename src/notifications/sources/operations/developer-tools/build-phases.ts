import type { CardSection } from '../../../../core/card.js';
import { get, getArr, getStr, num } from '../../read.js';
import { durationText } from '../shared/time.js';
import { text } from '../shared/values.js';

const OK = new Set(['SUCCEEDED']);

/** What a build's phase list says: how long it ran, which phase failed and why. */
export function buildPhases(phases: unknown[]): { duration?: string; failedPhase?: string; failureContext?: string; sections: CardSection[] } {
  let seconds = 0;
  let counted = false;
  let failedPhase: string | undefined;
  let failureContext: string | undefined;
  for (const p of phases) {
    const d = num(get(p, 'duration-in-seconds'));
    if (d !== undefined) {
      seconds += d;
      counted = true;
    }
    const status = text(getStr(p, 'phase-status'));
    if (!failedPhase && status && !OK.has(status)) {
      failedPhase = text(getStr(p, 'phase-type'));
      failureContext = getArr(p, 'phase-context')
        .map((c) => text(c))
        .filter((c): c is string => c !== undefined && c !== ':')
        .join('\n') || undefined;
    }
  }
  const sections: CardSection[] = failedPhase && failureContext ? [{ type: 'code', title: `Phase ${failedPhase} failed`, code: failureContext }] : [];
  return { duration: counted ? durationText(seconds * 1000) : undefined, failedPhase, failureContext, sections };
}
