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

describe('serial queue lanes', function () {
  const record = (events: string[], name: string) => async () => {
    events.push(name);
    await sleep(1);
    return name;
  };

  it('starts waiting urgent tasks before waiting background tasks, in order within a lane', async function () {
    const serial = createSerialQueue();
    const events: string[] = [];
    const all = [
      serial(record(events, 'b1')),
      serial(record(events, 'b2')),
      serial(record(events, 'u1'), 'urgent'),
      serial(record(events, 'b3')),
      serial(record(events, 'u2'), 'urgent'),
    ];
    await Promise.all(all);
    // b1 was already running when the others were queued.
    assert.deepEqual(events, ['b1', 'u1', 'u2', 'b2', 'b3']);
  });

  it('lets a background task through after a run of urgent tasks, so nothing starves', async function () {
    const serial = createSerialQueue({ urgentRun: 2 });
    const events: string[] = [];
    const all = [serial(record(events, 'b0')), serial(record(events, 'b1'))];
    for (let i = 1; i <= 5; i++) all.push(serial(record(events, `u${i}`), 'urgent'));
    await Promise.all(all);
    assert.deepEqual(events, ['b0', 'u1', 'u2', 'b1', 'u3', 'u4', 'u5']);
  });

  it('runs one task at a time across lanes', async function () {
    const serial = createSerialQueue();
    let active = 0;
    let most = 0;
    const task = async () => {
      most = Math.max(most, ++active);
      await sleep(2);
      active--;
    };
    await Promise.all([serial(task), serial(task, 'urgent'), serial(task), serial(task, 'urgent')]);
    assert.equal(most, 1);
  });
});
