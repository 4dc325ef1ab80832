import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';

/**
 * True when the request comes straight from this machine. A request that went through a proxy
 * (X-Forwarded-For, Forwarded, X-Real-IP) is not trusted as local even if the proxy is.
 */
export function isLoopbackRequest(req: Request): boolean {
  const h = req.headers;
  if (h['x-forwarded-for'] !== undefined || h.forwarded !== undefined || h['x-real-ip'] !== undefined) return false;
  return isLoopbackAddress(req.socket.remoteAddress);
}

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return address === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/** Compares `Authorization: Bearer <token>` with the expected token in constant time. */
export function hasBearerToken(req: Request, expected: string | undefined): boolean {
  if (!expected) return false;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  if (!match?.[1]) return false;
  // Hashing first makes both sides the same length, so the comparison leaks nothing.
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(match[1]), digest(expected));
}
