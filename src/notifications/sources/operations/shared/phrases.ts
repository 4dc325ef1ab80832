import { statusToken } from './values.js';

/** Status tokens whose plain-English past tense isn't just the words in lower case. */
const PHRASES: Record<string, string> = {
  SUCCESS: 'succeeded',
  FAILURE: 'failed',
  START: 'started',
  STOP: 'stopped',
  TIMEDOUT: 'timed out',
  TIMEOUT: 'timed out',
  CANCELED: 'cancelled',
  COMPLETED_WITH_SUCCESS: 'completed successfully',
  COMPLETED_WITH_FAILURE: 'completed with failures',
  COMPLETED_WITH_ERROR: 'completed with errors',
  READY: 'is ready',
  PASSED: 'passed',
  IN_PROGRESS: 'is in progress',
  INPROGRESS: 'is in progress',
  PENDING: 'is pending',
  RUNNING: 'is running',
  RUNNABLE: 'is runnable',
  STARTING: 'is starting',
  SUBMITTED: 'was submitted',
  QUEUED: 'is queued',
  WAITING: 'is waiting',
  PENDING_APPROVAL: 'is waiting for approval',
  CANCELLING: 'is being cancelled',
  STOPPING: 'is stopping',
  SUPERSEDED: 'was superseded',
  ABANDONED: 'was abandoned',
  RESUMED: 'resumed',
  PROVISIONING: 'is provisioning',
  DEPROVISIONING: 'is deprovisioning',
  ACTIVATING: 'is activating',
  DEACTIVATING: 'is deactivating',
  ACTIVE: 'is active',
  INACTIVE: 'is inactive',
  DRAINING: 'is draining',
  SHUTTING_DOWN: 'is shutting down',
};

/**
 * A status as it reads after a subject: "Success" → "succeeded", "TIMED_OUT" → "timed out",
 * "InProgress" → "is in progress". Templates use it as `facts.statusPhrase`.
 */
export function statusPhrase(status: string | undefined): string | undefined {
  const token = statusToken(status);
  if (!token) return undefined;
  return PHRASES[token] ?? token.toLowerCase().replace(/_/g, ' ');
}
