/** How the event reached us, after the SNS envelope (if any) was taken off. */
export type SourceForm =
  | 'eventbridge' // an EventBridge event (version/id/detail-type/source/account/time/region/resources/detail)
  | 'codestar' // a CodeStar Notifications message (detailType, notificationRuleArn)
  | 'sns-alarm' // a CloudWatch alarm as published to SNS (AlarmName, NewStateValue, Trigger…)
  | 'lambda-alarm' // a CloudWatch alarm action invoking Lambda (alarmArn, alarmData)
  | 'custom' // an AWS Chatbot custom notification (version 1.0, source custom)
  | 'json' // some other JSON object (recognised by a source, or generic)
  | 'text'; // plain text (e.g. AWS Budgets, AWS Backup, a hand-written message)

export interface SnsInfo {
  messageId?: string;
  topicArn?: string;
  subject?: string;
  timestamp?: string;
  /** MessageAttributes flattened to name → string value. */
  attributes?: Record<string, string>;
}

/** One event, unwrapped and recognised, ready for its normaliser. */
export interface SourceEvent {
  form: SourceForm;
  /** e.g. "aws.cloudwatch", "aws.guardduty", "custom"; "sns" for unrecognised text/JSON. */
  source: string;
  /** e.g. "CloudWatch Alarm State Change"; "Text Message" / "JSON Message" when unrecognised. */
  detailType: string;
  id?: string;
  account?: string;
  region?: string;
  time?: string;
  resources: string[];
  /**
   * The part a normaliser reads: EventBridge/CodeStar `detail`, the alarm object for alarms,
   * the custom notification, the JSON object, or `{ text, subject }` for text.
   */
  detail: unknown;
  /** The whole message body as parsed (EventBridge envelope, alarm JSON, text…). */
  body: unknown;
  /** Present when the event came in an SNS envelope. */
  sns?: SnsInfo;
}

/** What a recogniser says about a body that is not an EventBridge event. */
export type Recognised = Omit<SourceEvent, 'sns' | 'resources'> & { resources?: string[] };
