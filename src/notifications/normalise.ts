import type { Notification } from '../core/notification.js';
import type { Logger } from '../ports/logger.js';
import { contentId } from '../support/hash.js';
import type { SourceRegistry } from './source-registry.js';
import type { SourceEvent } from './source-event.js';
import { normaliseGeneric } from './sources/generic.js';
import type { Normalised } from './sources/types.js';
import type { TemplateOutput, TemplateSet } from './templates/template-set.js';

export interface NormaliseDeps {
  registry: SourceRegistry;
  templates: TemplateSet;
  logger?: Logger;
}

/** The context a template sees. Only data: templates can't call into our code. */
export interface TemplateContext {
  event: { source: string; detailType: string; id?: string; account?: string; region?: string; time?: string; resources: string[]; form: string };
  detail: unknown;
  body: unknown;
  sns: SourceEvent['sns'] | Record<string, never>;
  facts: Record<string, unknown>;
  n: Omit<Normalised, 'facts'>;
}

/**
 * SourceEvent → Notification: the source table picks a normaliser (generic when none fits, or
 * when the normaliser fails on a malformed event), then the kind's template words the text.
 */
export function normalise(event: SourceEvent, deps: NormaliseDeps): Notification {
  const def = deps.registry.find(event.source, event.detailType);
  let n: Normalised;
  let problem: string | undefined;
  try {
    n = def ? def.normalise(event) : normaliseGeneric(event);
  } catch (cause) {
    // A malformed event of a known kind still becomes a readable card.
    problem = `This ${event.detailType} event is not in the shape ${def?.id ?? 'expected'}; shown as received.`;
    deps.logger?.warn('normaliser failed; using the generic card', { source: event.source, detailType: event.detailType, normaliser: def?.id, error: String(cause) });
    n = normaliseGeneric(event);
  }

  const template = deps.templates.find(event.source, event.detailType);
  let text: TemplateOutput = {};
  if (template && !problem) {
    const { facts, ...rest } = n;
    const context: TemplateContext = {
      event: { source: event.source, detailType: event.detailType, id: event.id, account: n.account ?? event.account, region: n.region ?? event.region, time: n.time ?? event.time, resources: event.resources, form: event.form },
      detail: event.detail,
      body: event.body,
      sns: event.sns ?? {},
      facts: facts ?? {},
      n: rest,
    };
    try {
      text = template.apply(context);
    } catch (cause) {
      deps.logger?.warn('template failed; using the normaliser text', { template: template.file, error: String(cause) });
    }
  }

  const fields = text.fields ?? n.fields ?? [];
  const sections = [...(text.sections ?? []), ...(n.sections ?? [])];
  if (problem) sections.unshift({ type: 'text', text: problem });
  return {
    id: event.id ?? event.sns?.messageId ?? contentId(event.body),
    source: event.source,
    kind: event.detailType,
    service: n.service,
    severity: n.severity,
    title: text.title ?? n.title,
    summary: text.summary ?? n.summary,
    account: n.account ?? event.account,
    region: n.region ?? event.region,
    time: n.time ?? event.time,
    resources: n.resources ?? event.resources.map((id) => ({ id })),
    links: n.links ?? [],
    fields,
    sections,
    threadKey: n.threadKey,
    variables: { ...baseVariables(event, n), ...(n.variables ?? {}) },
    footer: text.footer ?? n.footer,
    ...(problem || n.problem ? { problem: problem ?? n.problem } : {}),
    raw: event.body,
  };
}

function baseVariables(event: SourceEvent, n: Normalised): Record<string, string> {
  const vars: Record<string, string> = { source: event.source, detailType: event.detailType };
  const account = n.account ?? event.account;
  const region = n.region ?? event.region;
  if (account) vars.account = account;
  if (region) vars.region = region;
  if (event.sns?.topicArn) vars.topicArn = event.sns.topicArn;
  return vars;
}
