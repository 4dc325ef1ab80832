/**
 * CloudWatch alarm messages sent to SNS name the Region in words ("US East (N. Virginia)",
 * "EU (Ireland)", older ones "EU - Ireland" or "US (Virginia)"), not as a code. These are the
 * place words that pick one Region; the first match wins, so GovCloud is looked at first.
 */
const PLACES: [RegExp, string][] = [
  [/govcloud.*east/, 'us-gov-east-1'],
  [/govcloud/, 'us-gov-west-1'],
  [/beijing/, 'cn-north-1'],
  [/ningxia/, 'cn-northwest-1'],
  [/virginia/, 'us-east-1'],
  [/ohio/, 'us-east-2'],
  [/california/, 'us-west-1'],
  [/oregon/, 'us-west-2'],
  [/ireland/, 'eu-west-1'],
  [/london/, 'eu-west-2'],
  [/paris/, 'eu-west-3'],
  [/frankfurt/, 'eu-central-1'],
  [/zurich/, 'eu-central-2'],
  [/stockholm/, 'eu-north-1'],
  [/milan/, 'eu-south-1'],
  [/spain/, 'eu-south-2'],
  [/tokyo/, 'ap-northeast-1'],
  [/seoul/, 'ap-northeast-2'],
  [/osaka/, 'ap-northeast-3'],
  [/singapore/, 'ap-southeast-1'],
  [/sydney/, 'ap-southeast-2'],
  [/jakarta/, 'ap-southeast-3'],
  [/melbourne/, 'ap-southeast-4'],
  [/malaysia/, 'ap-southeast-5'],
  [/new zealand/, 'ap-southeast-6'],
  [/thailand/, 'ap-southeast-7'],
  [/mumbai/, 'ap-south-1'],
  [/hyderabad/, 'ap-south-2'],
  [/hong kong/, 'ap-east-1'],
  [/taipei/, 'ap-east-2'],
  [/calgary/, 'ca-west-1'],
  [/canada/, 'ca-central-1'],
  [/s[aã]o paulo/, 'sa-east-1'],
  [/mexico/, 'mx-central-1'],
  [/bahrain/, 'me-south-1'],
  [/uae|emirates/, 'me-central-1'],
  [/tel aviv|israel/, 'il-central-1'],
  [/cape town|africa/, 'af-south-1'],
];

const REGION_CODE = /^[a-z]{2}(-[a-z]+)+-\d$/;

export function isRegionCode(s: string | undefined): boolean {
  return !!s && REGION_CODE.test(s);
}

/** "US East (N. Virginia)" → "us-east-1"; a code is returned as is; unknown names → undefined. */
export function regionFromName(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const trimmed = name.trim();
  if (isRegionCode(trimmed)) return trimmed;
  const words = trimmed.toLowerCase();
  return PLACES.find(([re]) => re.test(words))?.[1];
}

export function isAccountId(s: string | undefined): s is string {
  return !!s && /^\d{12}$/.test(s);
}

/** The ARN partition for a Region. */
export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}
