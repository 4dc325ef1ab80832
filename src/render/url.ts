const HTTP_PREFIX = /^https?:\/\//i;

/**
 * The normalised form of `raw` when it is an absolute http(s) URL, otherwise undefined.
 * Renderers emit links only through this, so `javascript:`, `data:`, `mailto:` or relative
 * URLs in an event never become clickable. URLs carrying a user name or password are refused
 * too: `https://console.aws.amazon.com@evil.example` reads like AWS but goes elsewhere.
 */
export function httpUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const candidate = raw.trim();
  if (!HTTP_PREFIX.test(candidate)) return undefined;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return undefined;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return undefined;
  if (url.username || url.password) return undefined;
  return url.href;
}
