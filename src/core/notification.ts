import type { CardField, CardSection, Severity } from './card.js';

export interface NotificationResource {
  /** ARN or plain id. */
  id: string;
  /** e.g. "AWS::EC2::Instance" or "EC2 instance". */
  type?: string;
  url?: string;
}

export interface NotificationLink {
  label: string;
  url: string;
}

/**
 * What happened, normalised from any AWS source. A Notification becomes a Card in
 * `notifications/to-card.ts`; custom actions later read its `variables`.
 */
export interface Notification {
  /** Stable id of the underlying event (EventBridge id, SNS MessageId, or a content hash). */
  id: string;
  /** Event source, e.g. "aws.cloudwatch", "aws.guardduty", "custom", "sns". */
  source: string;
  /** Detail type or kind, e.g. "CloudWatch Alarm State Change", "GuardDuty Finding". */
  kind: string;
  /** Human service name, e.g. "Amazon CloudWatch". */
  service: string;
  severity: Severity;
  title: string;
  summary?: string;
  account?: string;
  region?: string;
  /** ISO-8601 time of the event. */
  time?: string;
  resources: NotificationResource[];
  links: NotificationLink[];
  fields: CardField[];
  /** Extra card sections (lists of triggering alarms, code, images). */
  sections: CardSection[];
  /** Events with the same thread key are threaded together. */
  threadKey?: string;
  /** Flat name → value map for custom actions and templates. */
  variables: Record<string, string>;
  /** Footer line; defaults to the service and time. */
  footer?: string;
  /** Set when the event could not be read as its kind (invalid, malformed): shown, and counted. */
  problem?: string;
  /** The event as received (after unwrapping the SNS envelope). */
  raw: unknown;
}
