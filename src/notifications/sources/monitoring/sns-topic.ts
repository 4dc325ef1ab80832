import { consoleUrl } from '../console.js';
import { parseArn } from '../read.js';

export interface TopicInfo {
  arn: string;
  name: string;
  region?: string;
  account?: string;
  url: string;
}

/** An SNS topic ARN → its name and console page. */
export function topicInfo(arn: string | undefined): TopicInfo | undefined {
  const parsed = parseArn(arn);
  if (!arn || !parsed || parsed.service !== 'sns') return undefined;
  return {
    arn,
    name: parsed.resource,
    region: parsed.region || undefined,
    account: parsed.account || undefined,
    url: consoleUrl(parsed.region, 'sns/v3/home', `/topic/${arn}`),
  };
}
