/**
 * Custom actions (issue #9): named buttons on notifications whose target is a CLI command or a
 * Lambda function, shown when their display criteria hold; and the opaque, expiring ids that a
 * notification's buttons carry (a click names a token, never a command).
 */
import type { Platform } from '../core/chat-event.js';

/** What a custom action runs: a command line after "@aws" with `$Variables`, or a Lambda function with a JSON payload with `$Variables`. */
export type ActionTarget = { kind: 'cli'; command: string } | { kind: 'lambda'; functionName: string; region?: string; payload: string };

export const CRITERION_OPERATORS = ['HAS_VALUE', 'EQUALS'] as const;
export type CriterionOperator = (typeof CRITERION_OPERATORS)[number];

/** A display criterion: the notification's variable has a value, or equals `value`. */
export interface ActionCriterion {
  variable: string;
  operator: CriterionOperator;
  value?: string;
}

export interface CustomActionRecord {
  /** `<platform>:<channel id>`, as aliases and preferences are keyed. */
  channelKey: string;
  /** Unique in the channel (compared without case). */
  name: string;
  /** The button's text: at most 20 characters (graphemes), emoji allowed. */
  buttonText: string;
  target: ActionTarget;
  /** All must hold (at most 5); none: the button is on every notification. */
  criteria: ActionCriterion[];
  /** Who made it (chat user name or id), or "chatops.yml" for one declared in the configuration. */
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export type NewCustomAction = Omit<CustomActionRecord, 'createdAt' | 'updatedAt'>;

export interface CustomActionStore {
  get(channelKey: string, name: string): Promise<CustomActionRecord | undefined>;
  /** The channel's actions, by name. */
  list(channelKey: string): Promise<CustomActionRecord[]>;
  /** Creates or replaces (by channel and name); refuses a new one when the channel holds `limit` already. */
  put(action: NewCustomAction, limit: number): Promise<{ status: 'created' | 'replaced'; action: CustomActionRecord } | { status: 'full'; count: number }>;
  /** False when there was none. */
  delete(channelKey: string, name: string): Promise<boolean>;
}

/** What a notification button does when clicked. */
export type ButtonPurpose = { kind: 'custom'; name: string } | { kind: 'logs'; errorsOnly: boolean } | { kind: 'manage' };

/** An opaque button id and what it stands for; it works in its own channel only, until it expires. */
export interface ButtonToken {
  /** 128 random bits, base64url. */
  token: string;
  platform: Platform;
  /** `<platform>:<channel id>`. */
  channelKey: string;
  /** The notification (event id) the button was put on. */
  notificationId: string;
  action: ButtonPurpose;
  /** The notification's variables when the card was made (the values a click resolves `$Variables` with). */
  variables: Record<string, string>;
  createdAt: string;
  expiresAt: string;
}

export interface ButtonTokenStore {
  /** Stores new tokens (ids are random; a clash is an error). */
  put(tokens: readonly ButtonToken[]): Promise<void>;
  get(token: string): Promise<ButtonToken | undefined>;
  /** Forgets tokens that expired before `before` (ISO time); returns how many. */
  prune(before: string): Promise<number>;
}
