import assert from 'node:assert/strict';
import { redactDatabaseUrl } from '../../../src/adapters/store/redact-database-url.js';

describe('redacting a DATABASE_URL', function () {
  it('hides the password and keeps user, host, port and database', function () {
    assert.equal(redactDatabaseUrl('postgres://app:hunter2@db.internal:5433/chatops'), 'postgres://app:***@db.internal:5433/chatops');
  });

  it('hides a password given as a query parameter', function () {
    const redacted = redactDatabaseUrl('postgresql://db.internal/chatops?user=app&password=hunter2&sslmode=require');
    assert.doesNotMatch(redacted, /hunter2/);
    assert.match(redacted, /sslmode=require/);
  });

  it('leaves a URL without a password as it is', function () {
    assert.equal(redactDatabaseUrl('postgres://app@db.internal/chatops'), 'postgres://app@db.internal/chatops');
  });

  it('does not echo a value that is not a URL, since it may hold a password', function () {
    assert.doesNotMatch(redactDatabaseUrl('app:hunter2 at db'), /hunter2/);
  });
});
