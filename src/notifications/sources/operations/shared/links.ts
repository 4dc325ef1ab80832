import type { NotificationLink } from '../../../../core/notification.js';

/** Adds query parameters to a URL that may already have a query (consoleUrl adds ?region=). */
export function withQuery(url: string, params: Record<string, string | undefined>): string {
  const hash = url.indexOf('#');
  const base = hash === -1 ? url : url.slice(0, hash);
  const fragment = hash === -1 ? '' : url.slice(hash);
  const extra = Object.entries(params)
    .filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');
  if (!extra) return url;
  return `${base}${base.includes('?') ? '&' : '?'}${extra}${fragment}`;
}

const CONSOLE_HOST = /^https:\/\/([a-z0-9-]+\.)*(console\.aws\.amazon\.com|console\.amazonaws\.cn|console\.amazonaws-us-gov\.com)(\/|$)/;

/**
 * A link taken from the event itself (CodeBuild's log deep link, CodePipeline's external
 * execution URL) is kept only when it points at the AWS console.
 */
export function consoleLinkFromEvent(label: string, url: string | undefined): NotificationLink | undefined {
  return url && CONSOLE_HOST.test(url) ? { label, url } : undefined;
}

/** Links without the missing ones, first one first. */
export function links(...candidates: (NotificationLink | undefined)[]): NotificationLink[] {
  return candidates.filter((l): l is NotificationLink => l !== undefined);
}
