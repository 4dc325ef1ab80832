import type { Severity } from '../../../core/card.js';
import { consoleUrl } from '../console.js';
import { parseArn } from '../read.js';

export const CFN_SERVICE = 'AWS CloudFormation';
export const CFN_STACK_STATUS = 'CloudFormation Stack Status Change';
export const CFN_RESOURCE_STATUS = 'CloudFormation Resource Status Change';
export const CFN_DRIFT_STATUS = 'CloudFormation Drift Detection Status Change';

/** "arn:aws:cloudformation:us-east-1:123456789012:stack/my-stack/uuid" → "my-stack" */
export function stackNameOf(stackId: string | undefined): string | undefined {
  const resource = parseArn(stackId)?.resource;
  if (!resource?.startsWith('stack/')) return undefined;
  return resource.split('/')[1] || undefined;
}

/** The stack's page in the CloudFormation console, on a tab: stackinfo, events, resources, drifts. */
export function stackUrl(region: string | undefined, stackId: string | undefined, tab: 'stackinfo' | 'events' | 'resources' | 'drifts' = 'stackinfo'): string {
  if (!stackId) return consoleUrl(region, 'cloudformation/home', '/stacks');
  return consoleUrl(region, 'cloudformation/home', `/stacks/${tab}?stackId=${encodeURIComponent(stackId)}`);
}

/** Failures and rollbacks are high, finished operations success, everything in flight info. */
export function statusSeverity(status: string | undefined): Severity {
  if (!status) return 'info';
  if (/FAILED$/.test(status) || status.includes('ROLLBACK')) return 'high';
  if (/COMPLETE$/.test(status)) return 'success';
  return 'info';
}

const STATUS_WORDS: Record<string, string> = {
  CREATE_IN_PROGRESS: 'is being created',
  CREATE_COMPLETE: 'created',
  CREATE_FAILED: 'failed to create',
  DELETE_IN_PROGRESS: 'is being deleted',
  DELETE_COMPLETE: 'deleted',
  DELETE_FAILED: 'failed to delete',
  DELETE_SKIPPED: 'kept (deletion skipped)',
  UPDATE_IN_PROGRESS: 'is being updated',
  UPDATE_COMPLETE_CLEANUP_IN_PROGRESS: 'updated, cleaning up',
  UPDATE_COMPLETE: 'updated',
  UPDATE_FAILED: 'failed to update',
  UPDATE_ROLLBACK_IN_PROGRESS: 'update failed, rolling back',
  UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS: 'update rolled back, cleaning up',
  UPDATE_ROLLBACK_COMPLETE: 'update rolled back',
  UPDATE_ROLLBACK_FAILED: 'update rollback failed',
  ROLLBACK_IN_PROGRESS: 'creation failed, rolling back',
  ROLLBACK_COMPLETE: 'creation rolled back',
  ROLLBACK_FAILED: 'rollback failed',
  REVIEW_IN_PROGRESS: 'is waiting for a change set review',
  IMPORT_IN_PROGRESS: 'is importing resources',
  IMPORT_COMPLETE: 'imported resources',
  IMPORT_ROLLBACK_IN_PROGRESS: 'import failed, rolling back',
  IMPORT_ROLLBACK_COMPLETE: 'import rolled back',
  IMPORT_ROLLBACK_FAILED: 'import rollback failed',
};

/** "UPDATE_ROLLBACK_COMPLETE" → "update rolled back" */
export function statusWords(status: string | undefined): string {
  if (!status) return 'changed status';
  return STATUS_WORDS[status] ?? `is ${status.toLowerCase().replace(/_/g, ' ')}`;
}
