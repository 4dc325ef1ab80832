/**
 * One pino JSON line as a readable line for a terminal: `10:00:01.123 INFO  message {fields}`.
 * Not a replacement for pino-pretty; just enough for `npm start` in a shell.
 */
export function jsonLineToText(line: string): string {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line.endsWith('\n') ? line : line + '\n';
  }
  const { time, level, msg, pid: _pid, hostname: _hostname, ...fields } = record;
  const clock = typeof time === 'string' ? time.slice(11, 23) : String(time ?? '');
  const label = String(level ?? '').toUpperCase().padEnd(5);
  const rest = Object.keys(fields).length ? ` ${JSON.stringify(fields)}` : '';
  return `${clock} ${label} ${String(msg ?? '')}${rest}\n`;
}
