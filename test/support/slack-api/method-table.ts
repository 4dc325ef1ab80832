import { appMethods } from './methods/app-methods.js';
import { chatMethods } from './methods/chat-methods.js';
import { conversationMethods } from './methods/conversation-methods.js';
import { fileMethods } from './methods/file-methods.js';
import { identityMethods } from './methods/identity-methods.js';
import { viewMethods } from './methods/view-methods.js';
import { fail, type ApiResult, type FakeMethod, type MethodContext } from './method.js';

/** Every Web API method the fake speaks. */
export const METHODS: ReadonlyMap<string, FakeMethod> = new Map(
  Object.entries({ ...identityMethods, ...appMethods, ...conversationMethods, ...chatMethods, ...viewMethods, ...fileMethods }),
);

/**
 * Runs a method as Slack does: unknown_method, then the token (not_authed, invalid_auth,
 * token_revoked, not_allowed_token_type), then the method itself.
 */
export async function callMethod(name: string, ctx: MethodContext): Promise<ApiResult> {
  const method = METHODS.get(name);
  if (!method) return fail('unknown_method', { req_method: name });
  if (ctx.request.bodyError) return fail(ctx.request.bodyError);
  if (method.auth === 'none') return method.handle(ctx);
  const token = ctx.request.token;
  if (token === undefined) return fail('not_authed');
  if (ctx.workspace.revokedTokens.has(token)) return fail('token_revoked');
  const isAppToken = token.startsWith('xapp-');
  if (method.auth === 'app') {
    if (isAppToken) return method.handle(ctx);
    return ctx.workspace.teamByToken(token) ? fail('not_allowed_token_type') : fail('invalid_auth');
  }
  const team = ctx.workspace.teamByToken(token);
  if (!team) return isAppToken ? fail('not_allowed_token_type') : fail('invalid_auth');
  return method.handle({ ...ctx, team, token });
}
