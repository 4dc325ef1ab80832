/** A stand-in for globalThis.fetch: answers from a function and remembers each request. */
export interface FetchCall {
  url: string;
  init?: RequestInit;
}

export class FakeFetch {
  readonly calls: FetchCall[] = [];
  constructor(private readonly answer: (url: string, init?: RequestInit) => Promise<Response> | Response) {}

  readonly fetch = (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    this.calls.push({ url, init });
    return Promise.resolve().then(() => this.answer(url, init));
  };
}

/** Never answers; rejects like fetch does when the request's signal aborts (e.g. its timeout). */
export function hangUntilAborted(_url: string, init?: RequestInit): Promise<Response> {
  return new Promise((_resolve, reject) => {
    const signal = init?.signal;
    if (!signal) return;
    signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
  });
}
