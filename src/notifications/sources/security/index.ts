import type { SourceDefinition } from '../types.js';

/** The security group of sources. */
export const securitySources: SourceDefinition[] = [];
