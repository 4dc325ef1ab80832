/**
 * Runs one SDK call with a time limit: the call gets an abort signal, and when the limit passes
 * the signal aborts and the call fails with an error named TimeoutError (which aws-error.ts and
 * sts-error.ts word for the user).
 */
export async function withinTimeLimit<T>(timeoutMs: number, call: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      abort.abort();
      reject(Object.assign(new Error(`timed out after ${timeoutMs} ms`), { name: 'TimeoutError' }));
    }, timeoutMs);
  });
  try {
    return await Promise.race([call(abort.signal), timedOut]);
  } catch (e) {
    if (abort.signal.aborted) throw Object.assign(new Error(`timed out after ${timeoutMs} ms`), { name: 'TimeoutError', cause: e });
    throw e;
  } finally {
    clearTimeout(timer);
  }
}
