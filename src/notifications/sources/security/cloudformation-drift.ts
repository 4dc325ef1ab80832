import type { Severity } from '../../../core/card.js';
import type { SourceEvent } from '../../source-event.js';
import { get, getStr, isRecord, num, parseArn } from '../read.js';
import type { Normalised, SourceDefinition } from '../types.js';
import { CFN_DRIFT_STATUS, CFN_SERVICE, stackNameOf, stackUrl } from './cloudformation-common.js';
import { defined, plural } from './summarise.js';

/**
 * AWS CloudFormation drift detection (`CloudFormation Drift Detection Status Change`). A drifted
 * stack is medium (someone changed resources outside CloudFormation), a failed detection medium,
 * in sync success, in progress info.
 *
 * facts: stackName, driftStatus ("DRIFTED"), detectionStatus ("DETECTION_COMPLETE"),
 * driftedCount (undefined while in progress), driftedText ("3 resources"), consoleUrl.
 */
export const cloudFormationDrift: SourceDefinition = {
  id: 'cloudformation-drift',
  matches: [{ source: 'aws.cloudformation', detailType: CFN_DRIFT_STATUS }],
  normalise: normaliseDrift,
};

function normaliseDrift(event: SourceEvent): Normalised {
  const d = isRecord(event.detail) ? event.detail : {};
  const stackId = getStr(d, 'stack-id') ?? event.resources.find((r) => r.includes(':stack/'));
  const stackName = stackNameOf(stackId);
  const drift = getStr(d, 'status-details', 'stack-drift-status');
  const detection = getStr(d, 'status-details', 'detection-status');
  const count = num(get(d, 'drift-detection-details', 'drifted-stack-resource-count'));
  const driftedCount = count !== undefined && count >= 0 ? count : undefined;
  const region = event.region ?? parseArn(stackId)?.region;
  const url = stackUrl(region, stackId, 'drifts');
  const driftedText = driftedCount !== undefined ? plural(driftedCount, 'resource') : undefined;
  return {
    service: CFN_SERVICE,
    severity: driftSeverity(drift, detection),
    title: driftTitle(stackName, drift, detection, driftedText),
    account: event.account ?? parseArn(stackId)?.account,
    region,
    time: event.time,
    resources: stackId ? [{ id: stackId, type: 'AWS::CloudFormation::Stack', url: stackUrl(region, stackId) }] : [],
    links: [{ label: 'Open stack drifts', url }],
    fields: [...(drift ? [{ label: 'Drift status', value: drift, short: true }] : []), ...(driftedText ? [{ label: 'Drifted', value: driftedText, short: true }] : [])],
    threadKey: stackId,
    variables: defined({ stackId, stackName, stackDriftStatus: drift, detectionStatus: detection, driftedResourceCount: driftedCount, stackDriftDetectionId: getStr(d, 'stack-drift-detection-id') }),
    facts: { stackName, driftStatus: drift, detectionStatus: detection, driftedCount, driftedText, consoleUrl: url },
  };
}

function driftSeverity(drift: string | undefined, detection: string | undefined): Severity {
  if (detection === 'DETECTION_IN_PROGRESS') return 'info';
  if (drift === 'DRIFTED') return 'medium';
  if (detection === 'DETECTION_FAILED') return 'medium';
  if (drift === 'IN_SYNC') return 'success';
  return 'info';
}

function driftTitle(name: string | undefined, drift: string | undefined, detection: string | undefined, driftedText: string | undefined): string {
  const stack = name ? `stack ${name}` : 'a stack';
  const Stack = name ? `Stack ${name}` : 'A stack';
  if (detection === 'DETECTION_IN_PROGRESS') return `Drift detection started for ${stack}`;
  if (drift === 'DRIFTED') return `${Stack} has drifted${driftedText ? `: ${driftedText}` : ''}`;
  if (detection === 'DETECTION_FAILED') return `Drift detection failed for ${stack}`;
  if (drift === 'IN_SYNC') return `${Stack} is in sync with its template`;
  return `${Stack}: drift status ${drift ?? detection ?? 'unknown'}`;
}
