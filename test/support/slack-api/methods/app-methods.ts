import { FAKE_SLACK } from '../defaults.js';
import { fail, ok, type FakeMethod, type MethodContext } from '../method.js';
import { str } from '../read-request.js';

/**
 * oauth.v2.access: exchanges a code (single use) for the workspace's bot token. The client id and
 * secret come by HTTP Basic auth or as arguments, as Slack accepts both.
 */
const oauthV2Access: FakeMethod = {
  auth: 'none',
  handle(ctx) {
    const client = clientProblem(ctx);
    if (client) return fail(client);
    const code = str(ctx.args, 'code') ?? '';
    const teamId = Object.hasOwn(ctx.workspace.oauthCodes, code) ? ctx.workspace.oauthCodes[code] : undefined;
    const team = teamId === undefined ? undefined : ctx.workspace.teamById(teamId);
    if (!team || ctx.workspace.usedCodes.has(code)) return fail('invalid_code');
    ctx.workspace.usedCodes.add(code);
    ctx.workspace.revokedTokens.delete(team.botToken);
    return ok({
      app_id: ctx.workspace.appId,
      authed_user: { id: FAKE_SLACK.installerUserId },
      scope: FAKE_SLACK.scopes.join(','),
      token_type: 'bot',
      access_token: team.botToken,
      bot_user_id: team.botUserId,
      team: { id: team.id, name: team.name },
      enterprise: team.enterpriseId ? { id: team.enterpriseId, name: `${team.name} Grid` } : null,
      is_enterprise_install: false,
    });
  },
};

/** apps.uninstall: removes the app from the token's workspace; the token is revoked from then on. */
const appsUninstall: FakeMethod = {
  auth: 'bot',
  handle(ctx) {
    const client = clientProblem(ctx);
    if (client) return fail(client);
    ctx.workspace.revokedTokens.add(ctx.token);
    return ok();
  },
};

/** apps.connections.open: an app-level token gets a one-time Socket Mode URL on this server. */
const connectionsOpen: FakeMethod = {
  auth: 'app',
  handle(ctx) {
    return ok({ url: ctx.openSocketUrl() });
  },
};

function clientProblem(ctx: MethodContext): string | undefined {
  const id = ctx.request.basicAuth?.user ?? str(ctx.args, 'client_id');
  const secret = ctx.request.basicAuth?.password ?? str(ctx.args, 'client_secret');
  if (id !== ctx.workspace.clientId) return 'invalid_client_id';
  if (secret !== ctx.workspace.clientSecret) return 'bad_client_secret';
  return undefined;
}

export const appMethods: Record<string, FakeMethod> = {
  'oauth.v2.access': oauthV2Access,
  'apps.uninstall': appsUninstall,
  'apps.connections.open': connectionsOpen,
};
