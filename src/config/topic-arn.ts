/**
 * SNS topic ARNs: `arn:<partition>:sns:<region>:<12-digit account>:<topic name>`, in any region of
 * the aws, aws-cn and aws-us-gov partitions. Topic names are 1–256 letters, digits, `-` or `_`,
 * and FIFO topics end in `.fifo`.
 */
export type AwsPartition = 'aws' | 'aws-cn' | 'aws-us-gov';

export interface SnsTopicArn {
  partition: AwsPartition;
  region: string;
  account: string;
  name: string;
}

/** The value that subscribes a configuration to every topic. */
export const ANY_TOPIC = '*';

export const TOPIC_ARN_EXAMPLE = 'arn:aws:sns:us-east-1:123456789012:my-topic';

const TOPIC_ARN = /^arn:(aws|aws-cn|aws-us-gov):sns:([a-z]{2}(?:-[a-z]+)+-\d{1,2}):(\d{12}):([A-Za-z0-9_-]{1,256}(?:\.fifo)?)$/;

/** Parses a topic ARN; undefined when it is not one (a subscription ARN, with a trailing id, is not). */
export function parseSnsTopicArn(arn: string): SnsTopicArn | undefined {
  const m = TOPIC_ARN.exec(arn);
  if (!m) return undefined;
  const [, partition, region, account, name] = m as unknown as [string, AwsPartition, string, string, string];
  if (name.length > 256) return undefined;
  return { partition, region, account, name };
}

/**
 * Why a string is not a usable topic ARN, worded as what was expected; undefined when it is one.
 */
export function topicArnProblem(arn: string): string | undefined {
  const parsed = parseSnsTopicArn(arn);
  if (!parsed) {
    return `an SNS topic ARN like ${TOPIC_ARN_EXAMPLE} (partition aws, aws-cn or aws-us-gov; a 12-digit account; a topic name of letters, digits, - or _, optionally ending in .fifo), or "*" alone for any topic`;
  }
  const { partition, region } = parsed;
  if (partition === 'aws-cn' && !region.startsWith('cn-')) return `a China region (cn-...) in partition aws-cn, not ${region}`;
  if (partition === 'aws-us-gov' && !region.startsWith('us-gov-')) return `a GovCloud region (us-gov-...) in partition aws-us-gov, not ${region}`;
  if (partition === 'aws' && (region.startsWith('cn-') || region.startsWith('us-gov-'))) {
    return `partition ${region.startsWith('cn-') ? 'aws-cn' : 'aws-us-gov'} for region ${region} (arn:${region.startsWith('cn-') ? 'aws-cn' : 'aws-us-gov'}:sns:...)`;
  }
  return undefined;
}
