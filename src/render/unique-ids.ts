/** Hands out ids that are unique within one message and no longer than a platform allows. */
export class UniqueIds {
  private readonly seen = new Set<string>();

  constructor(private readonly max: number) {}

  /** `wanted` (cut to the maximum), or `wanted-2`, `wanted-3`… when already taken. */
  take(wanted: string, fallback: string): string {
    const base = (wanted.trim() || fallback).slice(0, this.max);
    let id = base;
    for (let n = 2; this.seen.has(id); n++) {
      const suffix = `-${n}`;
      id = base.slice(0, this.max - suffix.length) + suffix;
    }
    this.seen.add(id);
    return id;
  }
}
