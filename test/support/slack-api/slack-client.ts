import { LogLevel, WebClient, type Logger } from '@slack/web-api';
import type { SlackApiServer } from './types.js';
import { FAKE_SLACK } from './defaults.js';

/** A Logger for WebClient / SocketModeClient that keeps quiet (the fake's error answers are expected in tests). */
export const quietSlackLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  setLevel: () => undefined,
  getLevel: () => LogLevel.ERROR,
  setName: () => undefined,
};

/** The real WebClient pointed at the fake, without retries, for tests of the fake itself. */
export function fakeSlackClient(server: SlackApiServer, token: string = FAKE_SLACK.team.botToken, options: { rejectRateLimitedCalls?: boolean } = {}): WebClient {
  return new WebClient(token, { slackApiUrl: server.url, retryConfig: { retries: 0 }, logger: quietSlackLogger, ...options });
}

/** The Slack error code of a failed WebClient call (`error.data.error`), or the error's own code. */
export async function slackErrorOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (e) {
    const err = e as { data?: { error?: string }; code?: string };
    return err.data?.error ?? err.code ?? String(e);
  }
  throw new Error('expected the Slack call to fail, but it succeeded');
}
