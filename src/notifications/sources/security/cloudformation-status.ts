import type { SourceEvent } from '../../source-event.js';
import { getStr, isRecord, parseArn } from '../read.js';
import type { Normalised, SourceDefinition } from '../types.js';
import { CFN_RESOURCE_STATUS, CFN_SERVICE, CFN_STACK_STATUS, stackNameOf, stackUrl, statusSeverity, statusWords } from './cloudformation-common.js';
import { recogniseStackNotification } from './cloudformation-text.js';
import { defined } from './summarise.js';

/**
 * AWS CloudFormation stack and resource status changes (EventBridge `CloudFormation Stack
 * Status Change` / `CloudFormation Resource Status Change`; also the classic SNS stack
 * notifications, see cloudformation-text.ts). *_FAILED and rollbacks are high, *_COMPLETE
 * success, in progress info. Events of one stack share a thread (the stack id).
 *
 * facts: stackName, status ("UPDATE_ROLLBACK_COMPLETE"), statusWords ("update rolled back"),
 * reason, logicalId, physicalId, resourceType, subject ("Stack my-stack" / "MyBucket
 * (AWS::S3::Bucket) in stack my-stack"), clientRequestToken, consoleUrl.
 */
export const cloudFormationStatus: SourceDefinition = {
  id: 'cloudformation-status',
  matches: [
    { source: 'aws.cloudformation', detailType: CFN_STACK_STATUS },
    { source: 'aws.cloudformation', detailType: CFN_RESOURCE_STATUS },
  ],
  recognise: ({ text }) => recogniseStackNotification(text),
  normalise: normaliseStatus,
};

function normaliseStatus(event: SourceEvent): Normalised {
  const d = isRecord(event.detail) ? event.detail : {};
  const stackId = getStr(d, 'stack-id') ?? event.resources.find((r) => r.includes(':stack/'));
  const stackName = stackNameOf(stackId) ?? getStr(d, 'stack-name');
  const status = getStr(d, 'status-details', 'status');
  const reason = getStr(d, 'status-details', 'status-reason') || undefined;
  const isResource = event.detailType === CFN_RESOURCE_STATUS;
  const logicalId = getStr(d, 'logical-resource-id');
  const physicalId = getStr(d, 'physical-resource-id') || undefined;
  const resourceType = getStr(d, 'resource-type');
  const region = event.region ?? parseArn(stackId)?.region;
  const url = stackUrl(region, stackId, isResource ? 'resources' : 'stackinfo');
  const stack = stackName ? `stack ${stackName}` : 'a stack';
  const subject = isResource ? `${logicalId ?? 'A resource'}${resourceType ? ` (${resourceType})` : ''} in ${stack}` : `Stack ${stackName ?? ''}`.trim();
  const words = statusWords(status);
  return {
    service: CFN_SERVICE,
    severity: statusSeverity(status),
    title: `${subject} ${words}`,
    summary: reason,
    account: event.account ?? parseArn(stackId)?.account,
    region,
    time: event.time,
    resources: [
      ...(stackId ? [{ id: stackId, type: 'AWS::CloudFormation::Stack', url: stackUrl(region, stackId) }] : []),
      ...(isResource && (physicalId ?? logicalId) ? [{ id: physicalId ?? logicalId ?? '', type: resourceType }] : []),
    ],
    links: [
      { label: isResource ? 'Open stack resources' : 'Open stack in CloudFormation', url },
      ...(stackId ? [{ label: 'Stack events', url: stackUrl(region, stackId, 'events') }] : []),
    ],
    fields: [...(status ? [{ label: 'Status', value: status, short: true }] : [])],
    threadKey: stackId,
    variables: defined({ stackId, stackName, status, statusReason: reason, logicalResourceId: logicalId, physicalResourceId: physicalId, resourceType, clientRequestToken: getStr(d, 'client-request-token') || undefined }),
    facts: { stackName, status, statusWords: words, reason, logicalId, physicalId, resourceType, subject, clientRequestToken: getStr(d, 'client-request-token') || undefined, consoleUrl: url },
  };
}
