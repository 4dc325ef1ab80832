/**
 * What the app asks Slack for and answers: kept in one place so slack/manifest.yml can be
 * checked against it (test/adapters/slack/manifest.test.ts).
 */

/** Bot scopes requested by the OAuth install and listed in the manifest. */
export const SLACK_BOT_SCOPES = [
  'app_mentions:read',
  'channels:history',
  'channels:read',
  'chat:write',
  'chat:write.public',
  'commands',
  'files:write',
  'groups:history',
  'groups:read',
  'team:read',
  'users:read',
] as const;

/**
 * Events the handlers act on (slack-handlers.ts): mentions answer; channel and private-channel
 * messages are received for thread follow-ups (ignored until the conversation flows land);
 * app_uninstalled and tokens_revoked remove the installation.
 */
export const SLACK_BOT_EVENTS = ['app_mention', 'app_uninstalled', 'message.channels', 'message.groups', 'tokens_revoked'] as const;

/** The slash command; its text goes the same way as a mention's. */
export const SLACK_COMMAND = '/aws';

/** The one request URL for events, interactivity and the slash command. */
export const SLACK_EVENTS_PATH = '/slack/events';
export const SLACK_INSTALL_PATH = '/slack/install';
export const SLACK_REDIRECT_PATH = '/slack/oauth_redirect';
