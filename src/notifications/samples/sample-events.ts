/**
 * Sample events for `chatops send-test` and the sandbox page's picker. Written by us in the
 * formats AWS documents (not captured data); ids, times and accounts are filled in when sent.
 */
export interface SampleContext {
  account: string;
  region: string;
  /** ISO time of sending. */
  time: string;
  /** A fresh id, so every test notification is its own event. */
  id: string;
}

export interface SampleEvent {
  id: string;
  label: string;
  /** The SNS Message body: JSON text or plain text. */
  message(ctx: SampleContext): string;
  subject?: string;
}

const json = (v: unknown) => JSON.stringify(v);
const eventBridge = (ctx: SampleContext, source: string, detailType: string, resources: string[], detail: unknown) =>
  json({ version: '0', id: ctx.id, 'detail-type': detailType, source, account: ctx.account, time: ctx.time, region: ctx.region, resources, detail });

export const SAMPLE_EVENTS: readonly SampleEvent[] = [
  {
    id: 'cloudwatch-alarm',
    label: 'CloudWatch alarm: high CPU (ALARM)',
    message: (ctx) =>
      json({
        AlarmName: 'web-prod-high-cpu',
        AlarmDescription: 'CPU above 80% on the web tier',
        AWSAccountId: ctx.account,
        NewStateValue: 'ALARM',
        NewStateReason: 'Threshold Crossed: 3 out of the last 3 datapoints [93.1, 91.4, 88.0] were greater than the threshold (80.0) (minimum 3 datapoints for OK -> ALARM transition).',
        StateChangeTime: ctx.time.replace('Z', '+0000'),
        Region: 'US East (N. Virginia)',
        AlarmArn: `arn:aws:cloudwatch:${ctx.region}:${ctx.account}:alarm:web-prod-high-cpu`,
        OldStateValue: 'OK',
        Trigger: {
          MetricName: 'CPUUtilization',
          Namespace: 'AWS/EC2',
          StatisticType: 'Statistic',
          Statistic: 'AVERAGE',
          Unit: null,
          Dimensions: [{ value: 'i-0abc123def4567890', name: 'InstanceId' }],
          Period: 300,
          EvaluationPeriods: 3,
          ComparisonOperator: 'GreaterThanThreshold',
          Threshold: 80.0,
          TreatMissingData: 'missing',
          EvaluateLowSampleCountPercentile: '',
        },
      }),
  },
  {
    id: 'guardduty-finding',
    label: 'GuardDuty finding: SSH brute force (high)',
    message: (ctx) =>
      eventBridge(ctx, 'aws.guardduty', 'GuardDuty Finding', [], {
        schemaVersion: '2.0',
        accountId: ctx.account,
        region: ctx.region,
        id: `sample-${ctx.id}`,
        arn: `arn:aws:guardduty:${ctx.region}:${ctx.account}:detector/sampledetector/finding/sample-${ctx.id}`,
        type: 'UnauthorizedAccess:EC2/SSHBruteForce',
        resource: { resourceType: 'Instance', instanceDetails: { instanceId: 'i-0abc123def4567890', instanceType: 't3.large', tags: [{ key: 'Name', value: 'bastion-1' }] } },
        service: {
          serviceName: 'guardduty',
          detectorId: 'sampledetector',
          action: { actionType: 'NETWORK_CONNECTION', networkConnectionAction: { connectionDirection: 'INBOUND', remoteIpDetails: { ipAddressV4: '198.51.100.23', country: { countryName: 'Example' } }, localPortDetails: { port: 22, portName: 'SSH' }, protocol: 'TCP', blocked: false } },
          count: 42,
          eventFirstSeen: ctx.time,
          eventLastSeen: ctx.time,
          archived: false,
        },
        severity: 8,
        createdAt: ctx.time,
        updatedAt: ctx.time,
        title: '198.51.100.23 is performing SSH brute force attacks against i-0abc123def4567890.',
        description: '198.51.100.23 is performing SSH brute force attacks against i-0abc123def4567890. Brute force attacks are used to gain unauthorized access to your instance by guessing the SSH password.',
      }),
  },
  {
    id: 'health-event',
    label: 'AWS Health: scheduled EC2 maintenance',
    message: (ctx) =>
      eventBridge(ctx, 'aws.health', 'AWS Health Event', [`arn:aws:ec2:${ctx.region}:${ctx.account}:instance/i-0abc123def4567890`], {
        eventArn: `arn:aws:health:${ctx.region}::event/EC2/AWS_EC2_INSTANCE_REBOOT_MAINTENANCE_SCHEDULED/sample-${ctx.id}`,
        service: 'EC2',
        eventTypeCode: 'AWS_EC2_INSTANCE_REBOOT_MAINTENANCE_SCHEDULED',
        eventTypeCategory: 'scheduledChange',
        startTime: ctx.time,
        eventDescription: [{ language: 'en_US', latestDescription: 'One or more of your Amazon EC2 instances is scheduled for a reboot during the maintenance window.' }],
        affectedEntities: [{ entityValue: 'i-0abc123def4567890' }],
      }),
  },
  {
    id: 'codepipeline-failed',
    label: 'CodePipeline: execution failed',
    message: (ctx) =>
      eventBridge(ctx, 'aws.codepipeline', 'CodePipeline Pipeline Execution State Change', [`arn:aws:codepipeline:${ctx.region}:${ctx.account}:web-deploy`], {
        pipeline: 'web-deploy',
        'execution-id': `sample-${ctx.id}`,
        state: 'FAILED',
        version: 7,
      }),
  },
  {
    id: 'custom-notification',
    label: 'Custom notification with next steps',
    message: (ctx) =>
      json({
        version: '1.0',
        source: 'custom',
        id: `sample-${ctx.id}`,
        content: {
          textType: 'client-markdown',
          title: ':warning: Order service latency is degraded',
          description: 'p99 latency for *order-service* is 2.4 s (target 500 ms) since 10 minutes.',
          nextSteps: ['Check the service dashboard', 'Roll back the last deployment if it started the degradation'],
          keywords: ['latency', 'order-service'],
        },
        metadata: { threadId: 'order-service-latency', summary: 'Order service latency degraded', additionalContext: { Service: 'order-service', Environment: 'prod' } },
      }),
  },
  {
    id: 'budget',
    label: 'AWS Budgets: actual cost over threshold',
    subject: 'AWS Budgets: monthly-total has exceeded your alert threshold',
    message: (ctx) =>
      [
        `AWS Budget Notification ${new Date(ctx.time).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric' })}`,
        `AWS Account ${ctx.account}`,
        '',
        'Dear AWS Customer,',
        '',
        'You requested that we alert you when the ACTUAL Cost associated with your monthly-total budget is greater than $800.00 for the current month. The ACTUAL Cost associated with this budget is $912.34. You can find additional details below and by accessing the AWS Budgets dashboard [1].',
        '',
        'Budget Name: monthly-total',
        'Budget Type: Cost',
        'Budgeted Amount: $1,000.00',
        'Alert Type: ACTUAL',
        'Alert Threshold: > $800.00',
        'ACTUAL Amount: $912.34',
        '',
        '[1] https://console.aws.amazon.com/billing/home#/budgets',
      ].join('\n'),
  },
];

export function findSample(id: string | undefined): SampleEvent | undefined {
  return SAMPLE_EVENTS.find((s) => s.id === (id ?? SAMPLE_EVENTS[0]!.id));
}
