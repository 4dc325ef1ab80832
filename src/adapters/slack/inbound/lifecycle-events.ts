import { tokensRevokedEvent } from './event-schemas.js';
import { parseEventCallback } from './events-api.js';
import { parseSlackPayload, payloadType } from './payload-error.js';

/** The app was removed from a workspace (or an org): forget its installation. */
export interface SlackUninstalled {
  kind: 'uninstalled';
  teamId: string;
  enterpriseId?: string;
  /** True when the installation was org-wide (Enterprise Grid). */
  isEnterpriseInstall?: boolean;
}

/** Tokens were revoked: bot tokens (by bot user id) and user tokens (by user id). */
export interface SlackTokensRevoked {
  kind: 'tokens-revoked';
  teamId: string;
  enterpriseId?: string;
  isEnterpriseInstall?: boolean;
  botUserIds: string[];
  userIds: string[];
}

export type SlackLifecycleEvent = SlackUninstalled | SlackTokensRevoked;

/**
 * `app_uninstalled` and `tokens_revoked` as typed results; undefined for every other event.
 * Throws SLACK_PAYLOAD_INVALID when the body is not a readable event.
 */
export function slackLifecycleEvent(body: unknown): SlackLifecycleEvent | undefined {
  if (payloadType(body, 'event') !== 'event_callback') return undefined;
  const envelope = parseEventCallback(body);
  const where = {
    teamId: envelope.team_id,
    ...(envelope.enterprise_id ? { enterpriseId: envelope.enterprise_id } : {}),
    ...enterpriseInstall(envelope.authorizations),
  };
  if (envelope.event.type === 'app_uninstalled') return { kind: 'uninstalled', ...where };
  if (envelope.event.type !== 'tokens_revoked') return undefined;
  const { tokens } = parseSlackPayload(tokensRevokedEvent, envelope.event, 'tokens_revoked event');
  return { kind: 'tokens-revoked', ...where, botUserIds: tokens.bot ?? [], userIds: tokens.oauth ?? [] };
}

function enterpriseInstall(authorizations: { is_enterprise_install?: boolean | undefined }[] | undefined): { isEnterpriseInstall?: boolean } {
  const flag = authorizations?.[0]?.is_enterprise_install;
  return flag === undefined ? {} : { isEnterpriseInstall: flag };
}
