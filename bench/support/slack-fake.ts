/**
 * The parent's handle on the fake Slack Web API running in its own process
 * (slack-fake-process.ts): its URL for SLACK_API_URL, seeding the messages people wrote (a
 * reply needs its thread's parent), and what the bot posted.
 */
import type { ChildProcess } from 'node:child_process';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('./slack-fake-process.js', import.meta.url));

export type FakeSlackRequest =
  | { id: number; op: 'seed'; channel: string; messages: { user: string; text: string; ts: string }[] }
  | { id: number; op: 'replies'; channel: string; withThreads?: boolean }
  | { id: number; op: 'reset' };

export interface FakeSlackReply {
  id: number;
  url?: string;
  /** Messages the bot posted in the channel. */
  posts?: number;
  /** The threads they replied in (withThreads). */
  threads?: string[];
  /** chat.postMessage calls to the channel that did not post (Slack errors). */
  failed?: number;
}

type Request<R = FakeSlackRequest> = R extends unknown ? Omit<R, 'id'> : never;

export interface FakeSlack {
  /** Base URL ending in /api/: SLACK_API_URL. */
  readonly url: string;
  /** Adds people's messages (the mentions and cards the bot will reply to) to a channel. */
  seed(channel: string, messages: { user: string; text: string; ts: string }[]): Promise<void>;
  /** How many messages the bot has posted in the channel, and in which threads. */
  replies(channel: string, withThreads?: boolean): Promise<{ posts: number; threads: string[]; failed: number }>;
  reset(): Promise<void>;
  close(): Promise<void>;
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const child: ChildProcess = fork(SCRIPT, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const waiting = new Map<number, (reply: FakeSlackReply) => void>();
  let next = 1;
  const ready = new Promise<string>((resolve, reject) => {
    waiting.set(0, (reply) => resolve(reply.url!));
    child.once('exit', (code) => reject(new Error(`the fake Slack process exited with ${code}`)));
  });
  child.on('message', (reply: FakeSlackReply) => {
    waiting.get(reply.id)?.(reply);
    waiting.delete(reply.id);
  });
  const ask = (request: Request) =>
    new Promise<FakeSlackReply>((resolve) => {
      const id = next++;
      waiting.set(id, resolve);
      child.send({ ...request, id });
    });
  const url = await ready;
  return {
    url,
    async seed(channel, messages) {
      // In slices: one IPC message stays small.
      for (let i = 0; i < messages.length; i += 2_000) await ask({ op: 'seed', channel, messages: messages.slice(i, i + 2_000) });
    },
    async replies(channel, withThreads = false) {
      const reply = await ask({ op: 'replies', channel, withThreads });
      return { posts: reply.posts ?? 0, threads: reply.threads ?? [], failed: reply.failed ?? 0 };
    },
    async reset() {
      await ask({ op: 'reset' });
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.disconnect();
      }),
  };
}
