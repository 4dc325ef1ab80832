import assert from 'node:assert/strict';
import { securitySources } from '../../../../src/notifications/sources/security/index.js';
import { engine } from './notify.js';

describe('security source templates', () => {
  it('give every event kind the security sources claim a template', () => {
    const missing = securitySources
      .flatMap((def) => def.matches)
      .filter((m) => m.detailType !== undefined && !engine.templates.find(m.source, m.detailType))
      .map((m) => `${m.source}/${m.detailType}`);
    assert.deepEqual(missing, []);
  });
});
