/**
 * Which URLs in an SNS envelope we may ever fetch. Only SNS itself: https://sns.<region>.amazonaws.com
 * (or .amazonaws.com.cn), port 443, no user info. Checked on the parsed URL AND on the text, so
 * nothing the WHATWG parser would quietly fix (a backslash, a tab, an explicit :443, a trailing
 * dot) gets through; callers fetch `url.href` of the URL returned here, never the original text.
 * This closes the SSRF class of CVE-2019-6715 and CVE-2026-32096.
 */

export const SNS_HOST = /^sns\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/;
/** The text must start with the scheme and a bare host: no @, no :port, no backslash. */
const PLAIN_START = /^https:\/\/[a-z0-9.-]+\//;
// eslint-disable-next-line no-control-regex -- control characters are exactly what it looks for
const UNSAFE_CHARS = /[\s\\\u0000-\u001f\u007f]/;

export type UrlCheck = { ok: true; url: URL } | { ok: false; problem: string };

/** A SigningCertURL: https://sns.<region>.amazonaws.com[.cn]/<path>.pem, no query, no fragment. */
export function checkSigningCertUrl(text: string): UrlCheck {
  const checked = checkSnsUrl(text);
  if (!checked.ok) return checked;
  const { url } = checked;
  if (text.includes('?') || url.search !== '') return { ok: false, problem: 'it has a query string' };
  if (!url.pathname.endsWith('.pem') || url.pathname === '/.pem') return { ok: false, problem: 'its path does not end in <name>.pem' };
  return checked;
}

/** A SubscribeURL: https://sns.<region>.amazonaws.com[.cn]/?Action=ConfirmSubscription&…, no fragment. */
export function checkSubscribeUrl(text: string): UrlCheck {
  return checkSnsUrl(text);
}

function checkSnsUrl(text: string): UrlCheck {
  if (text.length > 2048) return { ok: false, problem: 'it is longer than 2048 characters' };
  if (UNSAFE_CHARS.test(text)) return { ok: false, problem: 'it contains spaces, control characters or backslashes' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: 'it is not a URL' };
  }
  if (url.protocol !== 'https:') return { ok: false, problem: 'it is not https' };
  if (url.username !== '' || url.password !== '') return { ok: false, problem: 'it has user info (user@host)' };
  if (url.port !== '') return { ok: false, problem: 'it names a port' };
  if (!SNS_HOST.test(url.hostname)) return { ok: false, problem: 'its host is not sns.<region>.amazonaws.com[.cn]' };
  if (!PLAIN_START.test(text)) return { ok: false, problem: 'it is not written as https://<host>/… (user info, a port or an unusual host form)' };
  if (text.includes('#') || url.hash !== '') return { ok: false, problem: 'it has a fragment' };
  return { ok: true, url };
}
