import type { RequestHandler } from 'express';
import { serverClosing } from '../http/server.js';
import type { SandboxChat } from './sandbox-chat.js';
import { toMessageJson } from './sandbox-message-json.js';

export const HEARTBEAT_MS = 15_000;

/**
 * GET /sandbox/api/stream: server-sent events. Each new or updated message arrives as
 * `event: message` with the message JSON; a comment line every `heartbeatMs` keeps proxies open.
 */
export function streamHandler(chat: SandboxChat, heartbeatMs = HEARTBEAT_MS): RequestHandler {
  return (req, res) => {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.write('retry: 2000\n: connected\n\n');
    const unsubscribe = chat.subscribe((message) => {
      res.write(`event: message\ndata: ${JSON.stringify(toMessageJson(message))}\n\n`);
    });
    const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), heartbeatMs);
    const closing = serverClosing(req);
    const cleanUp = () => {
      clearInterval(heartbeat);
      unsubscribe();
      closing.removeEventListener('abort', endStream);
    };
    function endStream() {
      cleanUp();
      res.end();
    }
    res.on('close', cleanUp);
    closing.addEventListener('abort', endStream, { once: true });
  };
}
