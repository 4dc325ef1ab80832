import type { CardSection } from '../../../../core/card.js';
import type { SourceEvent } from '../../../source-event.js';
import { getStr, parseArn } from '../../read.js';
import { text } from './values.js';

/** Where and when, from the envelope; the ARN in `resources` fills a missing region/account. */
export function where(event: SourceEvent): { account?: string; region?: string; time?: string } {
  const arn = event.resources.map((r) => parseArn(r)).find((a) => a !== undefined);
  return {
    account: event.account ?? (arn?.account || undefined),
    region: event.region ?? (arn?.region || undefined),
    time: event.time,
  };
}

/** Sections every operations card may carry: a note when EventBridge replayed the event. */
export function envelopeSections(event: SourceEvent): CardSection[] {
  const replay = text(getStr(event.body, 'replay-name'));
  return replay ? [{ type: 'text', text: `Replayed from the EventBridge archive replay "${replay}"; this is not a new event.` }] : [];
}

/** The first resource ARN of a given service and resource prefix, e.g. ('ec2', 'instance/'). */
export function resourceArn(event: SourceEvent, service: string, prefix: string): string | undefined {
  return event.resources.find((r) => {
    const arn = parseArn(r);
    return arn?.service === service && arn.resource.startsWith(prefix);
  });
}
