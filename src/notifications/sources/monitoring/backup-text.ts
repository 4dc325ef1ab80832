/** What an AWS Backup SNS text ("An AWS Backup job failed. Resource ARN : … BackupJob ID : …") says. */
export interface BackupMessage {
  /** The first sentence, e.g. "An AWS Backup job failed". */
  sentence: string;
  /** "backup", "copy" or "restore" (from the text; SNS attribute EventType is preferred). */
  jobType?: 'backup' | 'copy' | 'restore';
  jobId?: string;
  resourceArn?: string;
  recoveryPointArn?: string;
  /** Every "Name : value" pair in the text. */
  pairs: Record<string, string>;
}

export function looksLikeBackup(text: string | undefined, subject: string | undefined): boolean {
  if (subject && /^Notification from AWS Backup/i.test(subject)) return true;
  return !!text && /^\s*(An|The) AWS (Backup|Copy|Restore) job\b/i.test(text);
}

const PAIR = /([A-Z][A-Za-z ]{0,40}?(?:ARN|ID|Id|Arn))\s*:\s*(\S+)/g;

export function readBackupText(text: string): BackupMessage {
  const pairs: Record<string, string> = {};
  for (const m of text.matchAll(PAIR)) pairs[m[1]!.trim()] = m[2]!.replace(/[.,;]+$/, '');
  const firstPair = text.search(/[A-Z][A-Za-z ]{0,40}?(?:ARN|ID|Id|Arn)\s*:/);
  const head = (firstPair > 0 ? text.slice(0, firstPair) : text).trim().replace(/\.$/, '');
  const find = (re: RegExp) => Object.entries(pairs).find(([k]) => re.test(k))?.[1];
  const kind = /\bAWS (Backup|Copy|Restore) job\b/i.exec(text)?.[1]?.toLowerCase() as BackupMessage['jobType'] | undefined;
  return {
    sentence: head,
    jobType: kind,
    jobId: find(/job\s*id$/i),
    resourceArn: find(/^resource arn$/i),
    recoveryPointArn: find(/^recovery point arn$/i),
    pairs,
  };
}

const FAILED = /\b(failed|aborted|expired|did not complete)\b/i;

/** The job state from the SNS attribute State, else from the words. */
export function backupState(attribute: string | undefined, text: string): string {
  if (attribute) return attribute.toUpperCase();
  if (/failed to complete in time/i.test(text)) return 'EXPIRED';
  if (FAILED.test(text)) return 'FAILED';
  if (/completed/i.test(text)) return 'COMPLETED';
  if (/started|created|running/i.test(text)) return 'RUNNING';
  return 'UNKNOWN';
}
