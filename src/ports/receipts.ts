/**
 * Inbound deliveries already handled, for platforms that redeliver (Slack retries an event with
 * X-Slack-Retry-Num; Teams may resend an activity). `firstTime` is atomic across processes:
 * of two concurrent calls with one key, exactly one gets true.
 */
export interface ReceiptStore {
  /** True the first time `key` is recorded (then the caller handles it), false after that. */
  firstTime(key: string): Promise<boolean>;
  /** Forgets receipts recorded before `before` (ISO time); returns how many were removed. */
  prune(before: string): Promise<number>;
}
