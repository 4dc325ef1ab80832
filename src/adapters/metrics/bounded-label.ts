/**
 * Keeps a label's set of values small, so a bug or a hostile input can't create series without
 * end: a value must have the expected shape, and after `limit` distinct values every new one is
 * counted under `overflow`.
 */
export class BoundedLabel {
  private readonly seen = new Set<string>();

  constructor(
    private readonly shape: RegExp,
    private readonly overflow: string,
    private readonly limit = 500,
  ) {}

  value(raw: string | undefined): string {
    if (raw === undefined || raw === '') return '';
    if (!this.shape.test(raw)) return this.overflow;
    if (this.seen.has(raw)) return raw;
    if (this.seen.size >= this.limit) return this.overflow;
    this.seen.add(raw);
    return raw;
  }
}

/** Error codes: SNS_SIGNATURE_INVALID and the like. */
export const errorCodeLabel = () => new BoundedLabel(/^[A-Z][A-Z0-9_]{0,63}$/, 'OTHER', 200);
/** Channel configuration names (config/schema.ts allows letters, digits, - and _). */
export const configurationLabel = () => new BoundedLabel(/^[A-Za-z0-9_-]{1,128}$/, 'other', 1000);
