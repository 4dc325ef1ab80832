// Tiny echo bot: Teams AI Library v2 (2.0.16) App mounted on OUR Express 5 app.
// The App never listens itself; POST /api/messages is our route, which hands the
// request to the SDK's HttpServer (JWT validation + dispatch) through a custom adapter.
import express from 'express';
import type { Request, Response } from 'express';
import { appendFileSync } from 'node:fs';
import { App } from '@microsoft/teams.apps';
import type { HttpRouteHandler, IHttpServerAdapter, HttpMethod } from '@microsoft/teams.apps';
import { Client, MessageActivity, cardAttachment } from '@microsoft/teams.api';
import type { CloudEnvironment, ConversationReference } from '@microsoft/teams.api';
import { ConsoleLogger } from '@microsoft/teams.common';
import type { IAdaptiveCard } from '@microsoft/teams.cards';

/** Adapter that only captures the SDK's route handlers; our Express app owns the routes. */
export class MountedAdapter implements IHttpServerAdapter {
  readonly handlers = new Map<string, HttpRouteHandler>();
  registerRoute(method: HttpMethod, path: string, handler: HttpRouteHandler): void {
    this.handlers.set(`${method} ${path}`, handler);
  }
  /** Express handler for POST /api/messages (body already parsed by our json middleware). */
  messages() {
    return async (req: Request, res: Response) => {
      const handler = this.handlers.get('POST /api/messages');
      if (!handler) return void res.status(503).json({ error: 'teams app not initialised' });
      const out = await handler({ body: req.body, headers: req.headers as Record<string, string | string[]> });
      if (out.body === undefined) res.status(out.status).end();
      else res.status(out.status).json(out.body);
    };
  }
}

const LOG = process.env.ACTIVITY_LOG ?? '/tmp/teams-research/activities.jsonl';
const record = (kind: string, data: unknown) => appendFileSync(LOG, JSON.stringify({ t: Date.now(), kind, data }) + '\n');

export function card(title: string, counter = 0): IAdaptiveCard {
  return ({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'TextBlock', text: `counter=${counter}`, wrap: true, id: 'counter' },
      { type: 'Input.Text', id: 'note', placeholder: 'a note' },
    ],
    actions: [
      { type: 'Action.Execute', title: 'Execute me', verb: 'bump', data: { actionId: 'bump', value: String(counter) } },
      { type: 'Action.Submit', title: 'Submit me', data: { actionId: 'submit1' } },
    ],
  }) as unknown as IAdaptiveCard;
}

export interface BotOptions {
  dangerouslyAllowUnauthenticatedRequests?: boolean;
  cloud?: CloudEnvironment;
  clientId?: string;
  clientSecret?: string;
  tenantId?: string;
  token?: (scope: string | string[], tenantId?: string) => string | Promise<string>;
}

export async function createBot(opts: BotOptions = {}) {
  const adapter = new MountedAdapter();
  const refs = new Map<string, ConversationReference>();
  const app = new App({
    httpServerAdapter: adapter,
    logger: new ConsoleLogger('bot', { level: (process.env.BOT_LOG_LEVEL as 'info') ?? 'info' }),
    ...opts,
  });

  app.on('message', async (ctx) => {
    const a = ctx.activity;
    record('message', a);
    refs.set(a.conversation.id, ctx.ref);
    if (a.value) {
      // Action.Submit arrives as a message with value (no text)
      await ctx.send(`got submit ${JSON.stringify(a.value)}`);
      return;
    }
    const text = (a.text ?? '').replace(/<at>[^<]*<\/at>/g, '').trim();
    if (text.startsWith('card')) {
      const sent = await ctx.send(new MessageActivity().addCard('adaptive', card(`card for: ${text}`)));
      record('sent-card', sent);
      return;
    }
    const sent = await ctx.send(`echo: ${text}`);
    record('sent', sent);
  });

  app.on('card.action', async (ctx) => {
    const a = ctx.activity;
    record('card.action', a);
    const data = a.value.action.data as { actionId?: string; value?: string; note?: string };
    const n = Number(data.value ?? 0) + 1;
    const sentInInvoke = await ctx.send(`ran ${a.value.action.verb}`);
    record('invoke-send', sentInInvoke);
    // Refresh the card in place by returning the new card from the invoke
    return {
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
      value: card(`executed ${a.value.action.verb} (note=${data.note ?? ''})`, n),
    };
  });

  app.on('conversationUpdate', async (ctx) => {
    record('conversationUpdate', ctx.activity);
    refs.set(ctx.activity.conversation.id, ctx.ref);
  });
  app.on('install.add', async (ctx) => {
    record('install.add', ctx.activity);
    refs.set(ctx.activity.conversation.id, ctx.ref);
  });
  app.on('install.remove', async (ctx) => {
    record('install.remove', ctx.activity);
  });

  await app.initialize(); // registers POST /api/messages on the adapter; never listens

  /** Proactive send to a stored reference's serviceUrl, with the App's (token-bearing) http client. */
  async function proactive(conversationId: string, text: string, asCard = false, replyToThread?: string) {
    const ref = refs.get(conversationId);
    if (!ref) throw new Error(`no reference for ${conversationId}`);
    const api = new Client(ref.serviceUrl, app.api.http);
    const convId = replyToThread ? `${conversationId.split(';')[0]};messageid=${replyToThread}` : conversationId;
    const activity = asCard
      ? { type: 'message' as const, from: ref.bot, attachments: [cardAttachment('adaptive', card(text))] }
      : { type: 'message' as const, from: ref.bot, text };
    return api.conversations.createActivity(convId, activity);
  }
  async function update(conversationId: string, activityId: string, text: string) {
    const ref = refs.get(conversationId.split(';')[0]!);
    if (!ref) throw new Error(`no reference for ${conversationId}`);
    const api = new Client(ref.serviceUrl, app.api.http);
    return api.conversations.updateActivity(conversationId, activityId, {
      type: 'message',
      attachments: [cardAttachment('adaptive', card(text, 99))],
    });
  }
  return { app, adapter, refs, proactive, update };
}

export async function main() {
  const bot = await createBot();
  const server = express();
  server.use(express.json({ limit: '1mb' }));
  server.get('/healthz', (_req, res) => void res.json({ ok: true }));
  server.post('/api/messages', bot.adapter.messages());
  server.get('/refs', (_req, res) => void res.json([...bot.refs.entries()]));
  server.post('/notify', async (req, res) => {
    try {
      const { conversationId, text, card: asCard, thread } = req.body as { conversationId: string; text: string; card?: boolean; thread?: string };
      res.json(await bot.proactive(conversationId, text, asCard, thread));
    } catch (err) {
      res.status(500).json({ error: String(err), data: (err as { response?: { data?: unknown; status?: number } }).response?.data });
    }
  });
  server.post('/update', async (req, res) => {
    try {
      const { conversationId, activityId, text } = req.body as { conversationId: string; activityId: string; text: string };
      res.json((await bot.update(conversationId, activityId, text)) ?? { ok: true });
    } catch (err) {
      res.status(500).json({ error: String(err), data: (err as { response?: { data?: unknown; status?: number } }).response?.data });
    }
  });
  const port = Number(process.env.PORT ?? 3978);
  server.listen(port, '127.0.0.1', () => console.log(`bot listening on ${port}`));
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
