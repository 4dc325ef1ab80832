import type { CardField, CardSection, Severity } from '../../core/card.js';
import type { NotificationLink, NotificationResource } from '../../core/notification.js';
import type { Recognised, SourceEvent } from '../source-event.js';

/**
 * What a normaliser knows about an event. Code computes structure and facts (severity, where,
 * links, thread key, variables); the event kind's template (templates/notifications/) words the
 * text. `title`, `summary` and `fields` here are the fallback used when no template exists.
 */
export interface Normalised {
  service: string;
  severity: Severity;
  title: string;
  summary?: string;
  account?: string;
  region?: string;
  time?: string;
  resources?: NotificationResource[];
  /** The first link is the console link. */
  links?: NotificationLink[];
  fields?: CardField[];
  sections?: CardSection[];
  threadKey?: string;
  variables?: Record<string, string>;
  /** Derived values for templates, e.g. `thresholdSentence`. */
  facts?: Record<string, unknown>;
  footer?: string;
  /** Set when the event could not be read as its kind (e.g. an invalid custom notification). */
  problem?: string;
}

export interface SourceMatch {
  source: string;
  /** Omitted: any detail type of that source. */
  detailType?: string;
}

/** One AWS source (or family of event kinds) and how to read it. */
export interface SourceDefinition {
  /** Short id, e.g. "cloudwatch-alarm". */
  id: string;
  /** Which source + detail-type pairs this definition normalises. */
  matches: SourceMatch[];
  /**
   * For bodies that are not EventBridge events (SNS JSON such as AWS Config notifications,
   * plain text such as AWS Budgets): return a Recognised event when the body is this source's.
   * `text` is the raw message text for text bodies, `json` the parsed object for JSON ones.
   */
  recognise?(input: { json?: Record<string, unknown>; text?: string; subject?: string }): Recognised | undefined;
  normalise(event: SourceEvent): Normalised;
}
