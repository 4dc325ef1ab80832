import type { Recognised } from '../../source-event.js';
import { parseArn } from '../read.js';
import { CFN_RESOURCE_STATUS, CFN_STACK_STATUS } from './cloudformation-common.js';

/**
 * The classic CloudFormation stack notification that a stack sends to its SNS topics (the route
 * AWS Chatbot documents for CloudFormation): plain text, one `Key='value'` per line —
 * StackId, Timestamp, EventId, LogicalResourceId, PhysicalResourceId, ResourceStatus,
 * ResourceStatusReason, ResourceType, StackName, ClientRequestToken…
 * It is turned into the EventBridge status-change shape, so one normaliser and one template
 * serve both: the stack itself → `CloudFormation Stack Status Change`, any other resource →
 * `CloudFormation Resource Status Change`.
 */
export function recogniseStackNotification(text: string | undefined): Recognised | undefined {
  if (!text || !/^StackId='/m.test(text) || !/^ResourceStatus='/m.test(text)) return undefined;
  const v = keyValues(text);
  const stackId = v.StackId;
  const arn = parseArn(stackId);
  const isStack = v.ResourceType === 'AWS::CloudFormation::Stack' && (v.LogicalResourceId === v.StackName || v.PhysicalResourceId === stackId);
  const detail: Record<string, unknown> = {
    'stack-id': stackId,
    'stack-name': v.StackName,
    'status-details': { status: v.ResourceStatus, 'status-reason': v.ResourceStatusReason ?? '' },
    'client-request-token': v.ClientRequestToken === 'null' ? undefined : v.ClientRequestToken,
    ...(isStack ? {} : { 'logical-resource-id': v.LogicalResourceId, 'physical-resource-id': v.PhysicalResourceId, 'resource-type': v.ResourceType }),
  };
  return {
    form: 'text',
    source: 'aws.cloudformation',
    detailType: isStack ? CFN_STACK_STATUS : CFN_RESOURCE_STATUS,
    id: v.EventId,
    account: arn?.account ?? v.Namespace,
    region: arn?.region,
    time: v.Timestamp,
    resources: stackId ? [stackId] : [],
    detail,
    body: text,
  };
}

/** `Key='value'` lines; a value may run over several lines until the closing quote. */
function keyValues(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([A-Za-z]+)='([\s\S]*?)'(?=\r?\n[A-Za-z]+='|\s*$)/gm;
  for (const m of text.matchAll(re)) if (m[1]) out[m[1]] = m[2] ?? '';
  return out;
}
