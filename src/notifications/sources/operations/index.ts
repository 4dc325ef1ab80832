import type { SourceDefinition } from '../types.js';

/** The operations group of sources. */
export const operationsSources: SourceDefinition[] = [];
