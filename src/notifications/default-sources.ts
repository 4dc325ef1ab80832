import { SourceRegistry } from './source-registry.js';
import { monitoringSources } from './sources/monitoring/index.js';
import { operationsSources } from './sources/operations/index.js';
import { securitySources } from './sources/security/index.js';

/** Every source we know, in one table. */
export function defaultRegistry(): SourceRegistry {
  return new SourceRegistry([...monitoringSources, ...securitySources, ...operationsSources]);
}
