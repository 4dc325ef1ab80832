import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { describeEachSqlDriver } from './empty-databases.js';

describeEachSqlDriver('SQL client', (emptyDatabase) => {
  it('commits what a transaction wrote', async function () {
    const db = await emptyDatabase();
    await db.exec('CREATE TABLE notes (text text)');
    const result = await db.transaction(async (tx) => {
      await tx.query('INSERT INTO notes VALUES ($1)', ['kept']);
      return 'done';
    });
    assert.equal(result, 'done');
    assert.deepEqual(await db.query('SELECT text FROM notes'), [{ text: 'kept' }]);
  });

  it('rolls back when the callback throws, and hands back the very error it threw', async function () {
    const db = await emptyDatabase();
    await db.exec('CREATE TABLE notes (text text)');
    const thrown = new Error('changed my mind');
    await assert.rejects(
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO notes VALUES ($1)', ['dropped']);
        throw thrown;
      }),
      (e) => e === thrown,
    );
    assert.deepEqual(await db.query('SELECT text FROM notes'), []);
  });

  it('does not let a failing transaction take a concurrent one down with it', async function () {
    const db = await emptyDatabase();
    await db.exec('CREATE TABLE notes (text text)');
    const failing = db.transaction(async (tx) => {
      await tx.query('INSERT INTO notes VALUES ($1)', ['from the failing one']);
      await sleep(20); // give the other transaction every chance to run in between
      throw new Error('fail');
    });
    const succeeding = db.transaction((tx) => tx.query('INSERT INTO notes VALUES ($1)', ['from the good one']));
    await assert.rejects(failing);
    await succeeding;
    assert.deepEqual(await db.query('SELECT text FROM notes'), [{ text: 'from the good one' }]);
  });

  it('answers urgent work (the SNS inbox commit) while background transactions hold every pooled connection', async function () {
    const db = await emptyDatabase();
    if (db.kind !== 'postgres') this.skip(); // PGlite: one connection, urgent work goes first in its queue instead
    await db.exec('CREATE TABLE notes (text text)');
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const busy = Array.from({ length: 10 }, () => db.transaction(() => held)); // the main pool's 10 connections
    await sleep(50);
    assert.deepEqual(await db.urgent.transaction((tx) => tx.query('INSERT INTO notes VALUES ($1) RETURNING text', ['urgent'])), [{ text: 'urgent' }]);
    assert.deepEqual(await db.urgent.query('SELECT count(*)::int AS n FROM notes'), [{ n: 1 }]);
    release();
    await Promise.all(busy);
  });

  it('refuses a query sent to the client itself from inside its transaction', async function () {
    const db = await emptyDatabase();
    await assert.rejects(
      db.transaction(() => db.query('SELECT 1')),
      (e: { code?: string }) => e.code === 'STORE_NESTED_QUERY',
    );
    assert.deepEqual(await db.query('SELECT 1 AS one'), [{ one: 1 }]);
  });

  it('reports a bad query with STORE_QUERY_FAILED and keeps the SQLSTATE in the cause', async function () {
    const db = await emptyDatabase();
    await assert.rejects(db.query('SELECT * FROM no_such_table'), (e: { code?: string; cause?: { code?: string } }) => {
      assert.equal(e.code, 'STORE_QUERY_FAILED');
      assert.equal(e.cause?.code, '42P01');
      return true;
    });
  });

  it('binds parameters and reads jsonb and timestamptz back as values', async function () {
    const db = await emptyDatabase();
    const [row] = await db.query<{ doc: unknown; at: Date; n: number }>(
      `SELECT $1::jsonb AS doc, '2024-05-01T10:00:00Z'::timestamptz AS at, $2::int AS n`,
      [JSON.stringify({ a: [1, 'two', null] }), 7],
    );
    assert.deepEqual(row?.doc, { a: [1, 'two', null] });
    assert.equal(row?.at.toISOString(), '2024-05-01T10:00:00.000Z');
    assert.equal(row?.n, 7);
  });
});
