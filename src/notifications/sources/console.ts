/** AWS console links for the right partition and region. */
export function consoleHost(region: string | undefined): string {
  if (region?.startsWith('cn-')) return 'https://console.amazonaws.cn';
  if (region?.startsWith('us-gov-')) return 'https://console.amazonaws-us-gov.com';
  if (region && /^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) return `https://${region}.console.aws.amazon.com`;
  return 'https://console.aws.amazon.com';
}

/**
 * consoleUrl('us-east-1', 'cloudwatch/home', 'alarmsV2:alarm/HighCPU') →
 * https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#alarmsV2:alarm/HighCPU
 */
export function consoleUrl(region: string | undefined, path: string, fragment?: string): string {
  const validRegion = region && /^[a-z]{2}(-[a-z]+)+-\d$/.test(region) ? region : undefined;
  const query = validRegion ? `?region=${validRegion}` : '';
  return `${consoleHost(validRegion)}/${path.replace(/^\//, '')}${query}${fragment ? `#${fragment}` : ''}`;
}
