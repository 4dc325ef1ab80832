/**
 * The fake Slack Web API (test/support/slack-api/) in a process of its own, so that the service
 * under test pays only for its own side of each chat.postMessage, as it would with Slack far
 * away. Driven over IPC by slack-fake.ts.
 */
import { startSlackApiServer } from '../../test/support/slack-api/slack-api-server.js';
import type { FakeSlackRequest, FakeSlackReply } from './slack-fake.js';

const server = await startSlackApiServer();

function answer(request: FakeSlackRequest): FakeSlackReply {
  switch (request.op) {
    case 'seed':
      for (const m of request.messages) server.addUserMessage(request.channel, m);
      return { id: request.id };
    case 'replies': {
      const threads = new Set<string>();
      let posts = 0;
      for (const m of server.messages(request.channel)) {
        posts++;
        if (m.thread_ts !== undefined && m.thread_ts !== m.ts) threads.add(m.thread_ts);
      }
      const tries = server.callsTo('chat.postMessage').filter((c) => c.args.channel === request.channel).length;
      return { id: request.id, posts, threads: request.withThreads ? [...threads] : undefined, failed: Math.max(0, tries - posts) };
    }
    case 'reset':
      server.reset();
      return { id: request.id };
  }
}

process.on('message', (request: FakeSlackRequest) => process.send!(answer(request)));
process.once('disconnect', () => void server.close().finally(() => process.exit(0)));
process.send!({ id: 0, url: server.url } satisfies FakeSlackReply);
