import type { Severity } from '../../../core/card.js';
import type { NotificationLink } from '../../../core/notification.js';
import type { SourceEvent } from '../../source-event.js';
import { get, getStr, isRecord } from '../read.js';
import type { Normalised, SourceDefinition } from '../types.js';
import { CONFIG_COMPLIANCE_CHANGE, CONFIG_SERVICE, configResourceUrl, configRuleUrl, recogniseConfigMessage, resourcePhrase } from './config-common.js';
import { defined } from './summarise.js';

const PHRASE: Record<string, string> = {
  COMPLIANT: 'is compliant with',
  NON_COMPLIANT: 'is not compliant with',
  NOT_APPLICABLE: 'is not in scope of',
  INSUFFICIENT_DATA: 'has insufficient data for',
};

/**
 * AWS Config rule compliance changes: SNS `ComplianceChangeNotification` and EventBridge
 * `Config Rules Compliance Change` (same body). NON_COMPLIANT is high when the resource was
 * compliant before (a regression), medium otherwise; COMPLIANT is success.
 * This definition also recognises every AWS Config SNS message (see config-common.ts).
 *
 * facts: resource ("EC2 instance i-0abc"), rule, compliance ("NON_COMPLIANT"), previous,
 * change ("NON_COMPLIANT → COMPLIANT"), annotation, recordedAt, resourceUrl, ruleUrl.
 */
export const configCompliance: SourceDefinition = {
  id: 'config-compliance',
  matches: [
    { source: 'aws.config', detailType: 'ComplianceChangeNotification' },
    { source: 'aws.config', detailType: CONFIG_COMPLIANCE_CHANGE },
  ],
  recognise: ({ json }) => recogniseConfigMessage(json),
  normalise: normaliseCompliance,
};

function normaliseCompliance(event: SourceEvent): Normalised {
  const d = isRecord(event.detail) ? event.detail : {};
  const qualifier = get(d, 'newEvaluationResult', 'evaluationResultIdentifier', 'evaluationResultQualifier');
  const rule = getStr(d, 'configRuleName') ?? getStr(qualifier, 'configRuleName');
  const ruleArn = getStr(d, 'configRuleARN');
  const type = getStr(d, 'resourceType') ?? getStr(qualifier, 'resourceType');
  const id = getStr(d, 'resourceId') ?? getStr(qualifier, 'resourceId');
  const compliance = getStr(d, 'newEvaluationResult', 'complianceType');
  const previous = getStr(d, 'oldEvaluationResult', 'complianceType');
  const annotation = getStr(d, 'newEvaluationResult', 'annotation');
  const region = getStr(d, 'awsRegion') ?? event.region;
  const resource = resourcePhrase(type, id);
  const resourceUrl = configResourceUrl(region, type, id);
  const ruleUrl = configRuleUrl(region, rule);
  const isAccount = type === 'AWS::::Account';

  const links: NotificationLink[] = isAccount || !id
    ? [{ label: 'Open rule in AWS Config', url: ruleUrl }]
    : [
        { label: 'Open resource in AWS Config', url: resourceUrl },
        { label: 'Open rule', url: ruleUrl },
      ];
  const phrase = compliance ? (PHRASE[compliance] ?? `is ${compliance.toLowerCase()} for`) : 'changed compliance with';
  return {
    service: CONFIG_SERVICE,
    severity: complianceSeverity(compliance, previous),
    title: `${resource} ${phrase} ${rule ?? 'a Config rule'}`,
    summary: annotation ?? undefined,
    account: getStr(d, 'awsAccountId') ?? event.account,
    region,
    time: getStr(d, 'newEvaluationResult', 'resultRecordedTime') ?? event.time,
    resources: [...(id ? [{ id, type, url: isAccount ? undefined : resourceUrl }] : []), ...(ruleArn ? [{ id: ruleArn, type: 'AWS::Config::ConfigRule', url: ruleUrl }] : [])],
    links,
    fields: [
      ...(compliance ? [{ label: 'Compliance', value: previous ? `${compliance} (was ${previous})` : compliance, short: true }] : []),
      ...(rule ? [{ label: 'Rule', value: rule, url: ruleUrl, short: true }] : []),
    ],
    threadKey: rule && id ? `${ruleArn ?? rule}|${type ?? ''}|${id}` : undefined,
    variables: defined({ configRuleName: rule, configRuleArn: ruleArn, resourceType: type, resourceId: id, complianceType: compliance, previousComplianceType: previous, annotation }),
    facts: {
      resource,
      rule,
      compliance,
      previous,
      change: previous ? `${previous} → ${compliance ?? '?'}` : compliance,
      annotation,
      recordedAt: getStr(d, 'newEvaluationResult', 'resultRecordedTime'),
      resourceUrl: isAccount ? undefined : resourceUrl,
      ruleUrl,
    },
  };
}

function complianceSeverity(now: string | undefined, before: string | undefined): Severity {
  if (now === 'COMPLIANT') return 'success';
  if (now === 'NON_COMPLIANT') return before === 'COMPLIANT' ? 'high' : 'medium';
  if (now === 'INSUFFICIENT_DATA') return 'low';
  return 'info';
}
