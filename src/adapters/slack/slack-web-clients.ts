import type { WebClientOptions } from '@slack/web-api';
import { LogLevel, WebClient } from '@slack/web-api';
import type { Logger } from '../../ports/logger.js';

export interface SlackWebClientsOptions {
  /** SLACK_API_URL: another base URL for the Web API (a proxy, a local test server). */
  apiUrl?: string;
  logger: Logger;
  /** Per-request timeout; default 10 s. */
  timeoutMs?: number;
}

/**
 * One WebClient per bot token, made on first use. The client's own retries and rate-limit
 * waits are off: the outbox deliverer owns retries, pacing and Retry-After, so a call fails
 * fast with an error it can classify.
 */
export class SlackWebClients {
  readonly #clients = new Map<string, WebClient>();
  readonly #options: WebClientOptions;

  constructor(o: SlackWebClientsOptions) {
    this.#options = {
      ...(o.apiUrl ? { slackApiUrl: o.apiUrl } : {}),
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      timeout: o.timeoutMs ?? 10_000,
      logger: webClientLogger(o.logger),
    };
  }

  for(token: string): WebClient {
    let client = this.#clients.get(token);
    if (!client) {
      client = new WebClient(token, this.#options);
      this.#clients.set(token, client);
    }
    return client;
  }
}

/** WebClient's own logging, into ours: its warnings and errors (never request bodies, which it logs at debug). */
function webClientLogger(logger: Logger): NonNullable<WebClientOptions['logger']> {
  let level = LogLevel.INFO;
  const line = (args: unknown[]) => args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ').slice(0, 500);
  return {
    debug: () => undefined,
    info: (...args: unknown[]) => logger.debug('slack web api', { detail: line(args) }),
    warn: (...args: unknown[]) => logger.warn('slack web api warning', { detail: line(args) }),
    error: (...args: unknown[]) => logger.warn('slack web api error', { detail: line(args) }),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
