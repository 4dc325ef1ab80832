import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { createSerialQueue } from '../../../src/adapters/store/serial-queue.js';

describe('serial queue', function () {
  it('runs one task at a time, in the order they were queued', async function () {
    const serial = createSerialQueue();
    const events: string[] = [];
    const task = (name: string, pause: number) => async () => {
      events.push(`${name} start`);
      await sleep(pause);
      events.push(`${name} end`);
      return name;
    };
    assert.deepEqual(await Promise.all([serial(task('a', 20)), serial(task('b', 0))]), ['a', 'b']);
    assert.deepEqual(events, ['a start', 'a end', 'b start', 'b end']);
  });

  it('keeps going after a task fails', async function () {
    const serial = createSerialQueue();
    const failed = serial(async () => {
      throw new Error('boom');
    });
    const next = serial(async () => 'still running');
    await assert.rejects(failed, /boom/);
    assert.equal(await next, 'still running');
  });
});
