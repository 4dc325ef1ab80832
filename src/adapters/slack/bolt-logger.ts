import { LogLevel } from '@slack/logger';
import type { Logger as SlackLogger } from '@slack/logger';
import type { Logger } from '../../ports/logger.js';

/**
 * Bolt's and the Web API client's log lines into our logger, tagged `component: slack`. Their
 * lines never carry tokens (Bolt's developer mode, which logs bodies, stays off).
 */
export function boltLogger(logger: Logger): SlackLogger {
  let level: LogLevel = LogLevel.INFO;
  const line = (...msg: unknown[]) => msg.map((m) => (m instanceof Error ? m.message : typeof m === 'string' ? m : JSON.stringify(m))).join(' ');
  return {
    debug: (...msg) => logger.debug(line(...msg), { component: 'slack' }),
    info: (...msg) => logger.info(line(...msg), { component: 'slack' }),
    warn: (...msg) => logger.warn(line(...msg), { component: 'slack' }),
    error: (...msg) => logger.error(line(...msg), { component: 'slack' }),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
