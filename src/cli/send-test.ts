import { ChatOpsError, isChatOpsError } from '../core/errors.js';

export interface SendTestArgs {
  config?: string;
  sample?: string;
  url?: string;
}

/**
 * `chatops send-test --config NAME [--sample ID] [--url URL]`: asks the running service to push
 * a sample notification through its real pipeline to the named channel configuration.
 */
export async function runSendTest(args: SendTestArgs, io: { stdout: (s: string) => void; stderr: (s: string) => void; env: NodeJS.ProcessEnv }): Promise<number> {
  try {
    if (!args.config) throw new ChatOpsError('CLI_BAD_OPTION', 'Name the channel configuration: chatops send-test --config NAME.');
    const base = (args.url ?? `http://127.0.0.1:${io.env.PORT ?? 3978}`).replace(/\/$/, '');
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (io.env.CHATOPS_ADMIN_TOKEN) headers.authorization = `Bearer ${io.env.CHATOPS_ADMIN_TOKEN}`;
    let res: Response;
    try {
      res = await fetch(`${base}/api/test-notifications`, { method: 'POST', headers, body: JSON.stringify({ configuration: args.config, ...(args.sample ? { sample: args.sample } : {}) }), signal: AbortSignal.timeout(15_000) });
    } catch (cause) {
      throw new ChatOpsError('SEND_TEST_UNREACHABLE', `No aws-chatops service answers at ${base}.`, { cause, nextStep: 'Start it with "npm start" (or "chatops start"), or give its address with --url.' });
    }
    const body = (await res.json().catch(() => ({}))) as { notificationId?: string; error?: { code?: string; message?: string } };
    if (res.status !== 202) {
      throw new ChatOpsError(body.error?.code ?? 'SEND_TEST_FAILED', body.error?.message ?? `The service answered HTTP ${res.status}.`);
    }
    io.stdout(`Sent a test notification to "${args.config}" (notification ${body.notificationId}).\n`);
    return 0;
  } catch (e) {
    io.stderr((isChatOpsError(e) ? e.toLine() : `SEND_TEST_FAILED: ${(e as Error).message}`) + '\n');
    return 1;
  }
}
