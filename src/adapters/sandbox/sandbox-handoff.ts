import { isChatOpsError, wasShown } from '../../core/errors.js';
import type { Logger } from '../../ports/logger.js';
import type { SandboxChat } from './sandbox-chat.js';

/**
 * Runs a handler after the HTTP answer (202) has gone. A failure is logged and, unless its error
 * card is already there, told in the channel, in the thread it came from, so nobody waits for an
 * answer that won't come.
 */
export function handOff(what: string, task: () => Promise<void> | void, where: { chat: SandboxChat; channelId: string; threadId: string; logger: Logger }): void {
  Promise.resolve()
    .then(task)
    .catch(async (error: unknown) => {
      where.logger.error(`sandbox ${what} failed`, { channelId: where.channelId, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      if (wasShown(error)) return; // its error card is in the thread already
      const text = isChatOpsError(error) ? `⚠️ ${error.toLine()}` : `⚠️ Something went wrong while handling that ${what}. The server log has the details.`;
      await where.chat.post(where.channelId, { text, threadId: where.threadId }).catch((postError: unknown) => {
        where.logger.error('sandbox could not report a failure', { channelId: where.channelId, error: String(postError) });
      });
    });
}
