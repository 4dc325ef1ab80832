import type { SourceEvent } from '../../../source-event.js';
import { get, getStr, isRecord } from '../../read.js';
import { text } from '../shared/values.js';

/**
 * What a CodeStar Notifications message adds to the EventBridge event it wraps: the rule that
 * sent it and `additionalAttributes` (failed actions, source revisions, extra information).
 */
export interface CodeStarExtras {
  viaCodeStar: boolean;
  notificationRuleArn?: string;
  additionalInformation?: string;
  failedStage?: string;
  failedActions: { action?: string; information?: string }[];
  sourceActions: { name?: string; provider?: string; variables: Record<string, string> }[];
}

export function codeStarExtras(event: SourceEvent): CodeStarExtras {
  const attrs = get(event.body, 'additionalAttributes');
  const failedActions = arrayOf(get(attrs, 'failedActions')).map((a) => ({ action: text(getStr(a, 'action')), information: text(getStr(a, 'additionalInformation')) }));
  const sourceActions = arrayOf(get(attrs, 'sourceActions')).map((a) => ({
    name: text(getStr(a, 'sourceActionName')),
    provider: text(getStr(a, 'sourceActionProvider')),
    variables: stringMap(get(a, 'sourceActionVariables')),
  }));
  return {
    viaCodeStar: event.form === 'codestar',
    notificationRuleArn: text(getStr(event.body, 'notificationRuleArn')),
    additionalInformation: text(getStr(attrs, 'additionalInformation')),
    failedStage: text(getStr(attrs, 'failedStage')),
    failedActions,
    sourceActions,
  };
}

function arrayOf(v: unknown): unknown[] {
  return Array.isArray(v) ? v.filter(isRecord) : [];
}

function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(v)) return out;
  for (const [k, value] of Object.entries(v)) {
    const s = text(value);
    if (s) out[k] = s;
  }
  return out;
}
