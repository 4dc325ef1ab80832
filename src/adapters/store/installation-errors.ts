import { ChatOpsError, isChatOpsError } from '../../core/errors.js';
import type { AppInstallation } from '../../ports/installations.js';

type NewInstallation = Omit<AppInstallation, 'installedAt' | 'updatedAt'>;

/** Slack tokens (bot, user, app-level, refresh) by their prefix. */
const TOKEN_PATTERN = /\bx(?:ox[a-z]|app)-[\w.-]+/gi;
const REDACTED = '[redacted]';

/**
 * Every secret an installation holds: its bot token and each string in its body under a key
 * that names a token or a secret, however it is spelled.
 */
function secretsOf(installation: NewInstallation): string[] {
  const secrets = new Set<string>();
  if (installation.botToken) secrets.add(installation.botToken);
  const visit = (value: unknown, key: string): void => {
    if (typeof value === 'string') {
      if (value && /token|secret/i.test(key)) secrets.add(value);
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item, key);
    } else if (value && typeof value === 'object') {
      for (const [inner, item] of Object.entries(value)) visit(item, inner);
    }
  };
  visit(installation.body, '');
  // Longest first, so a secret that contains another is replaced whole.
  return [...secrets].sort((a, b) => b.length - a.length);
}

/** `text` with the installation's secrets, and anything shaped like a Slack token, replaced. */
export function redactInstallationSecrets(text: string, installation: NewInstallation): string {
  let redacted = text;
  for (const secret of secretsOf(installation)) redacted = redacted.split(secret).join(REDACTED);
  return redacted.replace(TOKEN_PATTERN, REDACTED);
}

/** Which installation, in words: its workspace or organisation, never a token. */
export function describeInstallation(installation: Pick<NewInstallation, 'teamId' | 'enterpriseId' | 'isEnterpriseInstall'>): string {
  if (installation.isEnterpriseInstall) {
    return installation.enterpriseId ? `the org-wide Slack installation of ${installation.enterpriseId}` : 'an org-wide Slack installation without an enterprise id';
  }
  return installation.teamId ? `the Slack installation of workspace ${installation.teamId}` : 'a Slack installation without a team id';
}

/**
 * The error for an installation that was not saved. A driver error carries the query's
 * parameters and the refused row (token included), so it never becomes the cause: the cause is
 * a new error with the driver's code and its message redacted. STORE_CLOSED passes unchanged.
 */
export function installationNotSaved(installation: NewInstallation, e: unknown): ChatOpsError {
  if (isChatOpsError(e) && e.code === 'STORE_CLOSED') return e;
  const redact = (text: string) => redactInstallationSecrets(text, installation);
  const driver = isChatOpsError(e) && e.cause !== undefined ? e.cause : e;
  const driverCode = (driver as { code?: unknown } | null)?.code;
  const driverMessage = driver instanceof Error ? driver.message : String(driver);
  const cause = Object.assign(new Error(redact(driverMessage)), typeof driverCode === 'string' ? { code: driverCode } : {});
  const code = isChatOpsError(e) ? e.code : 'STORE_QUERY_FAILED';
  const reason = isChatOpsError(e) ? e.userMessage : `The database refused a query: ${driverMessage}.`;
  return new ChatOpsError(code, redact(`Could not save ${describeInstallation(installation)}. ${reason}`), {
    nextStep: redact(isChatOpsError(e) && e.nextStep ? e.nextStep : 'Nothing was saved. This is probably a bug; the log has the details (tokens left out).'),
    cause,
  });
}
