/**
 * Runs tasks one after another. Two lanes: `urgent` tasks (work a caller is waiting on, such as
 * the SNS inbox commit) start before `background` tasks that are still waiting, in the order they
 * were queued within their lane. So that background work is never starved, a background task
 * gets its turn after every `urgentRun` urgent tasks in a row. A failed task does not stop the
 * ones queued after it. Between two tasks the queue lets the event loop run (`yieldBetween`).
 */
export type Lane = 'urgent' | 'background';

export type SerialQueue = <T>(task: () => Promise<T>, lane?: Lane) => Promise<T>;

export function createSerialQueue(options: { urgentRun?: number; yieldBetween?: boolean } = {}): SerialQueue {
  const yieldBetween = options.yieldBetween ?? true;
  const urgentRun = Math.max(1, options.urgentRun ?? 4);
  const lanes: Record<Lane, Array<() => Promise<void>>> = { urgent: [], background: [] };
  let running = false;
  let urgentInARow = 0;

  function next(): (() => Promise<void>) | undefined {
    const takeUrgent = lanes.urgent.length > 0 && (urgentInARow < urgentRun || lanes.background.length === 0);
    if (takeUrgent) {
      urgentInARow++;
      return lanes.urgent.shift();
    }
    urgentInARow = 0;
    return lanes.background.shift();
  }

  async function drain(): Promise<void> {
    running = true;
    try {
      for (let task = next(); task; task = next()) {
        await task();
        // PGlite runs a statement synchronously, so a chain of queued statements would otherwise
        // run in microtasks only and keep the event loop from reading requests (and queueing
        // their urgent commits) until the whole chain is done.
        if (yieldBetween) await new Promise<void>((resolve) => setImmediate(resolve));
      }
    } finally {
      running = false;
    }
  }

  return <T>(task: () => Promise<T>, lane: Lane = 'background'): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      lanes[lane].push(() => task().then(resolve, reject));
      if (!running) void drain();
    });
}
