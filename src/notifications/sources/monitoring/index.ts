import type { SourceDefinition } from '../types.js';

/** The monitoring group of sources. */
export const monitoringSources: SourceDefinition[] = [];
