import { fail, invalidArguments, ok, type BotContext, type FakeMethod } from '../method.js';
import { str } from '../read-request.js';
import { checkModal } from '../validate-view.js';
import type { OpenView } from '../workspace.js';

/** Trigger ids look like "12345.98765.abcd2358fdea"; the fixtures use "111.222.valid". */
const TRIGGER_ID = /^\d+\.\d+\.[A-Za-z0-9]+$/;

/** views.open: a trigger id opens one modal; using it again is exchanged_trigger_id. */
const open: FakeMethod = {
  auth: 'bot',
  handle(ctx) {
    const triggerId = str(ctx.args, 'trigger_id') ?? '';
    if (!TRIGGER_ID.test(triggerId)) return fail('invalid_arguments', { response_metadata: { messages: ['invalid `trigger_id`'] } });
    const problem = checkModal(ctx.args.view);
    if (problem) return problem;
    if (ctx.workspace.usedTriggers.has(triggerId)) return fail('exchanged_trigger_id');
    ctx.workspace.usedTriggers.add(triggerId);
    const view = ctx.args.view as Record<string, unknown>;
    const stored: OpenView = { id: ctx.workspace.newId('V'), teamId: ctx.team.id, hash: newHash(ctx), view };
    ctx.workspace.views.set(stored.id, stored);
    ctx.workspace.openedViews.push({ triggerId, view });
    return ok({ view: viewJson(ctx, stored) });
  },
};

/** views.update: by view_id or external_id; a stale `hash` is hash_conflict. */
const update: FakeMethod = {
  auth: 'bot',
  handle(ctx) {
    const viewId = str(ctx.args, 'view_id');
    const externalId = str(ctx.args, 'external_id');
    if (!viewId && !externalId) return invalidArguments('must provide one of view_id or external_id');
    const stored = viewId
      ? ctx.workspace.views.get(viewId)
      : [...ctx.workspace.views.values()].find((v) => v.view.external_id === externalId);
    if (!stored || stored.teamId !== ctx.team.id) return fail('not_found');
    const hash = str(ctx.args, 'hash');
    if (hash !== undefined && hash !== stored.hash) return fail('hash_conflict');
    const problem = checkModal(ctx.args.view);
    if (problem) return problem;
    stored.view = ctx.args.view as Record<string, unknown>;
    stored.hash = newHash(ctx);
    return ok({ view: viewJson(ctx, stored) });
  },
};

function newHash(ctx: BotContext): string {
  return `${ctx.workspace.nextTs()}.${ctx.workspace.newId('h').toLowerCase()}`;
}

function viewJson(ctx: BotContext, stored: OpenView): Record<string, unknown> {
  const v = stored.view;
  return {
    id: stored.id, team_id: stored.teamId, type: 'modal', title: v.title, blocks: v.blocks ?? [],
    ...(v.submit ? { submit: v.submit } : {}), ...(v.close ? { close: v.close } : {}),
    private_metadata: v.private_metadata ?? '', callback_id: v.callback_id ?? '', external_id: v.external_id ?? '',
    state: { values: {} }, hash: stored.hash, clear_on_close: v.clear_on_close ?? false, notify_on_close: v.notify_on_close ?? false,
    root_view_id: stored.id, previous_view_id: null, app_id: ctx.workspace.appId, app_installed_team_id: ctx.team.id, bot_id: ctx.team.botId,
  };
}

export const viewMethods: Record<string, FakeMethod> = {
  'views.open': open,
  'views.update': update,
};
