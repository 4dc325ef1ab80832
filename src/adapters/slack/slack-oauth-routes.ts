/**
 * The OAuth install flow for several workspaces, on our Express server in both HTTP and Socket
 * Mode: GET /slack/install redirects to Slack's authorize page (state in a signed cookie), GET
 * /slack/oauth_redirect exchanges the code (oauth.v2.access) and saves the installation in our
 * store through Bolt's InstallationStore.
 */
import { createHmac } from 'node:crypto';
import type { IRouter } from 'express';
import { InstallProvider } from '@slack/oauth';
import type { CallbackOptions, InstallationStore } from '@slack/oauth';
import type { Logger } from '../../ports/logger.js';
import { boltLogger } from './bolt-logger.js';
import { SLACK_BOT_SCOPES, SLACK_INSTALL_PATH, SLACK_REDIRECT_PATH } from './slack-surface.js';

export interface SlackOAuthOptions {
  clientId: string;
  clientSecret: string;
  /** Where Slack sends the browser back: `<server.publicUrl>/slack/oauth_redirect`; unset: the app's configured one. */
  redirectUri?: string;
  installationStore: InstallationStore;
  apiUrl?: string;
  logger: Logger;
}

/**
 * The state cookie's signing key, derived from the client secret so there is no other secret to
 * set (docs/decisions/2026-11-23-slack-receiver.md).
 */
export function oauthStateSecret(clientSecret: string): string {
  return createHmac('sha256', clientSecret).update('aws-chatops slack oauth state v1').digest('hex');
}

export function mountSlackOAuth(router: IRouter, options: SlackOAuthOptions): void {
  const { logger } = options;
  const installer = new InstallProvider({
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    stateSecret: oauthStateSecret(options.clientSecret),
    installationStore: options.installationStore,
    directInstall: true,
    logger: boltLogger(logger),
    clientOptions: options.apiUrl ? { slackApiUrl: options.apiUrl } : {},
  });
  const installUrlOptions = { scopes: [...SLACK_BOT_SCOPES], ...(options.redirectUri ? { redirectUri: options.redirectUri } : {}) };
  const callbackOptions: CallbackOptions = {
    success: (installation, _options, _req, res) => {
      logger.info('slack app installed', { teamId: installation.team?.id, enterpriseId: installation.enterprise?.id });
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>aws-chatops</title><p>aws-chatops is installed. Invite <b>@aws</b> to a channel: <code>/invite @aws</code>.</p>');
    },
    failure: (error, _options, _req, res) => {
      const code = 'code' in error && typeof error.code === 'string' ? error.code : 'unknown';
      logger.warn('slack install failed', { code: 'SLACK_INSTALL_FAILED', reason: code });
      res.writeHead(code === 'slack_oauth_invalid_state' || code === 'slack_oauth_missing_state' || code === 'slack_oauth_missing_code' ? 400 : 502, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><title>aws-chatops</title><p>The install did not finish (${code.replace(/[^a-z0-9_]/gi, '')}). <a href="${SLACK_INSTALL_PATH}">Try again</a>.</p>`);
    },
  };
  router.get(SLACK_INSTALL_PATH, (req, res) => installer.handleInstallPath(req, res, {}, installUrlOptions));
  router.get(SLACK_REDIRECT_PATH, (req, res) => installer.handleCallback(req, res, callbackOptions));
}
