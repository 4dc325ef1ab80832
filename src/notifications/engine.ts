import { join } from 'node:path';
import type { Card } from '../core/card.js';
import type { Notification } from '../core/notification.js';
import type { Logger } from '../ports/logger.js';
import { packageRoot } from '../support/package-root.js';
import { defaultRegistry } from './default-sources.js';
import { normalise } from './normalise.js';
import type { SourceRegistry } from './source-registry.js';
import type { SourceEvent } from './source-event.js';
import { TemplateSet } from './templates/template-set.js';
import { notificationToCard } from './to-card.js';
import { unwrap, unwrapJson } from './unwrap.js';

export interface NotificationEngineOptions {
  /** Extra templates that add to or override the built-in ones. */
  templatesDir?: string;
  logger?: Logger;
}

/** unwrap → recognise → normalise → template → Card. Pure apart from loading templates once. */
export class NotificationEngine {
  readonly registry: SourceRegistry;
  readonly templates: TemplateSet;
  private readonly logger?: Logger;

  constructor(options: NotificationEngineOptions = {}) {
    this.registry = defaultRegistry();
    const dirs = [builtInTemplatesDir()];
    if (options.templatesDir) dirs.push(options.templatesDir);
    this.templates = TemplateSet.load(dirs, { lazyFirst: true });
    this.logger = options.logger;
  }

  /** Events inside raw input (text or bytes): SNS bodies, messages, events, text. */
  events(input: string | Buffer): SourceEvent[] {
    return unwrap(input, this.registry);
  }

  eventsFromJson(json: unknown): SourceEvent[] {
    return unwrapJson(json, this.registry);
  }

  notification(event: SourceEvent): Notification {
    return normalise(event, { registry: this.registry, templates: this.templates, logger: this.logger });
  }

  notifications(input: string | Buffer): Notification[] {
    return this.events(input).map((e) => this.notification(e));
  }

  cards(input: string | Buffer): Card[] {
    return this.notifications(input).map(notificationToCard);
  }
}

export function builtInTemplatesDir(): string {
  return join(packageRoot(), 'templates', 'notifications');
}
