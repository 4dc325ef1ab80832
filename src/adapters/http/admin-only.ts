import type { RequestHandler } from 'express';
import { ChatOpsError } from '../../core/errors.js';
import { hasBearerToken, isLoopbackRequest } from './admin-access.js';

/**
 * Lets a request through when it comes straight from this machine or carries
 * `Authorization: Bearer <CHATOPS_ADMIN_TOKEN>`; otherwise 403 ADMIN_FORBIDDEN.
 */
export function adminOnly(adminToken: string | undefined): RequestHandler {
  return (req, _res, next) => {
    if (isLoopbackRequest(req) || hasBearerToken(req, adminToken)) {
      next();
      return;
    }
    throw new ChatOpsError('ADMIN_FORBIDDEN', 'This endpoint accepts requests from this machine only, or with "Authorization: Bearer <CHATOPS_ADMIN_TOKEN>".', {
      nextStep: 'Run the command on the server itself, or set CHATOPS_ADMIN_TOKEN on the server and send it as a bearer token.',
    });
  };
}
