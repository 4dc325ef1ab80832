import type { Recognised } from './source-event.js';
import type { SourceDefinition } from './sources/types.js';

/** The table of sources: picks a definition by source + detail-type; recognisers for other bodies. */
export class SourceRegistry {
  private readonly exact = new Map<string, SourceDefinition>();
  private readonly bySource = new Map<string, SourceDefinition>();
  private readonly recognisers: SourceDefinition[] = [];

  constructor(definitions: readonly SourceDefinition[]) {
    for (const def of definitions) {
      for (const m of def.matches) {
        const map = m.detailType === undefined ? this.bySource : this.exact;
        const key = m.detailType === undefined ? m.source : `${m.source}\u0000${m.detailType}`;
        const existing = map.get(key);
        if (existing) throw new Error(`source table: ${def.id} and ${existing.id} both claim ${key.replace('\u0000', ' / ')}`);
        map.set(key, def);
      }
      if (def.recognise) this.recognisers.push(def);
    }
  }

  find(source: string, detailType: string): SourceDefinition | undefined {
    return this.exact.get(`${source}\u0000${detailType}`) ?? this.bySource.get(source);
  }

  recognise(input: { json?: Record<string, unknown>; text?: string; subject?: string }): Recognised | undefined {
    for (const def of this.recognisers) {
      const r = def.recognise?.(input);
      if (r) return r;
    }
    return undefined;
  }

  get definitions(): SourceDefinition[] {
    return [...new Set([...this.exact.values(), ...this.bySource.values(), ...this.recognisers])];
  }
}
