import type { Severity } from '../../../core/card.js';
import { consoleUrl } from '../console.js';
import { isRecord, parseArn, str } from '../read.js';
import type { Normalised, SourceDefinition } from '../types.js';
import { backupState, looksLikeBackup, readBackupText } from './backup-text.js';
import { isAccountId, isRegionCode } from './region-names.js';

const STATE_WORDS: Record<string, string> = {
  COMPLETED: 'completed',
  FAILED: 'failed',
  EXPIRED: 'did not finish in time',
  ABORTED: 'was aborted',
  PARTIAL: 'completed with issues',
  RUNNING: 'started',
  CREATED: 'started',
  PENDING: 'is pending',
};

/**
 * AWS Backup vault notifications are plain text over SNS, with EventType, State, Id, AccountId
 * and StartTime as message attributes. Facts: jobKind ("Backup job"/"Copy job"/"Restore job"),
 * state, stateWords, sentence, jobId, resourceArn, resourceName, recoveryPointArn, startTime.
 */
export const backupNotification: SourceDefinition = {
  id: 'aws-backup-text',
  matches: [{ source: 'aws.backup', detailType: 'Backup Notification' }],
  recognise({ text, subject }) {
    if (text === undefined || !looksLikeBackup(text, subject)) return undefined;
    return { form: 'text', source: 'aws.backup', detailType: 'Backup Notification', detail: { text, subject }, body: text };
  },
  normalise(event) {
    const text = isRecord(event.detail) ? (str(event.detail.text) ?? '') : '';
    const m = readBackupText(text);
    const attrs = event.sns?.attributes ?? {};
    const jobType = jobTypeOf(attrs.EventType) ?? m.jobType ?? 'backup';
    const state = backupState(attrs.State, text);
    const jobId = m.jobId ?? attrs.Id;
    const resource = parseArn(m.resourceArn);
    const region = [resource?.region, event.region].find(isRegionCode);
    const account = [attrs.AccountId, resource?.account, event.account].find(isAccountId);
    const resourceName = resource ? (resource.resource.split(/[/:]/).pop() ?? resource.resource) : undefined;
    const jobKind = `${jobType.charAt(0).toUpperCase()}${jobType.slice(1)} job`;
    const stateWords = STATE_WORDS[state] ?? state.toLowerCase();
    const url = jobId ? consoleUrl(region, 'backup/home', `/jobs/${jobType}/details/${encodeURIComponent(jobId)}`) : consoleUrl(region, 'backup/home', `/jobs/${jobType}`);
    const facts = { jobKind, state, stateWords, sentence: m.sentence, jobId, resourceArn: m.resourceArn, resourceName, recoveryPointArn: m.recoveryPointArn, startTime: attrs.StartTime };
    const n: Normalised = {
      service: 'AWS Backup',
      severity: severityOf(state),
      title: `${jobKind} ${stateWords}${resourceName ?? jobId ? `: ${resourceName ?? jobId}` : ''}`,
      summary: m.sentence,
      account,
      region,
      time: event.time,
      resources: [...(m.resourceArn ? [{ id: m.resourceArn }] : []), ...(m.recoveryPointArn ? [{ id: m.recoveryPointArn, type: 'Recovery point' }] : [])],
      links: [{ label: `Open ${jobKind.toLowerCase()} in AWS Backup`, url }],
      fields: [
        { label: 'State', value: state, short: true },
        ...(jobId ? [{ label: 'Job ID', value: jobId, short: true }] : []),
        ...(m.resourceArn ? [{ label: 'Resource', value: m.resourceArn }] : []),
      ],
      threadKey: jobId ? `aws.backup:${jobType}:${jobId}` : undefined,
      variables: backupVariables(jobType, state, jobId, m.resourceArn, m.recoveryPointArn, attrs.EventType),
      facts,
    };
    return n;
  },
};

function jobTypeOf(eventType: string | undefined): 'backup' | 'copy' | 'restore' | undefined {
  const t = eventType?.toUpperCase();
  if (t === 'BACKUP_JOB') return 'backup';
  if (t === 'COPY_JOB') return 'copy';
  if (t === 'RESTORE_JOB') return 'restore';
  return undefined;
}

function severityOf(state: string): Severity {
  if (['FAILED', 'EXPIRED', 'ABORTED'].includes(state)) return 'high';
  if (state === 'PARTIAL') return 'medium';
  if (state === 'COMPLETED') return 'success';
  return 'info';
}

/** JobId (and BackupJobId / CopyJobId / RestoreJobId), State, EventType, ResourceArn, RecoveryPointArn. */
function backupVariables(jobType: string, state: string, jobId?: string, resourceArn?: string, recoveryPointArn?: string, eventType?: string): Record<string, string> {
  const vars: Record<string, string> = { State: state };
  if (jobId) {
    vars.JobId = jobId;
    vars[`${jobType.charAt(0).toUpperCase()}${jobType.slice(1)}JobId`] = jobId;
  }
  if (eventType) vars.EventType = eventType;
  if (resourceArn) vars.ResourceArn = resourceArn;
  if (recoveryPointArn) vars.RecoveryPointArn = recoveryPointArn;
  return vars;
}
