/**
 * Which destinations count as "this machine": the only ones the Agents Playground end-to-end
 * test may reach. Shared by the Node network guard and the browser's request filter.
 */
import { isIP } from 'node:net';

/** localhost, *.localhost, 127.0.0.0/8, ::1 and IPv4-mapped 127.x. */
export function isLoopbackHost(host: string | undefined | null): boolean {
  if (!host) return true; // Node's default host for connect() is localhost
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (isIP(h) === 6) return h === '::1' || /^(?:0{0,4}:){5}ffff:127\./.test(h) || /^::ffff:127\./.test(h) || /^(?:0{1,4}:){7}0{0,3}1$/.test(h);
  return false;
}

/** An http(s)/ws(s) URL whose host is loopback; anything unparsable counts as not loopback. */
export function isLoopbackUrl(url: string): boolean {
  try {
    const u = new URL(url);
    if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') return true;
    return isLoopbackHost(u.hostname);
  } catch {
    return false;
  }
}
