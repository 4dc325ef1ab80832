import { createHash } from 'node:crypto';

/** A short, stable id for content that carries none of its own. */
export function contentId(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}
