/** The URL when `databaseUrl` is a postgres:// or postgresql:// URL; undefined otherwise. */
export function parsePostgresUrl(databaseUrl: string): URL | undefined {
  try {
    const url = new URL(databaseUrl);
    return url.protocol === 'postgres:' || url.protocol === 'postgresql:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A DATABASE_URL fit for a log line or an error message: the password (in the user info or a
 * `password=` query parameter) is replaced by `***`. Anything that is not a postgres:// URL is
 * not echoed at all, since it may hold a password in some other shape.
 */
export function redactDatabaseUrl(databaseUrl: string): string {
  const url = parsePostgresUrl(databaseUrl);
  if (!url) return '(a DATABASE_URL that is not a postgres:// URL)';
  if (url.password) url.password = '***';
  for (const key of [...url.searchParams.keys()]) {
    if (/pass/i.test(key)) url.searchParams.set(key, '***');
  }
  return url.toString().replace(/%2A%2A%2A/g, '***');
}
