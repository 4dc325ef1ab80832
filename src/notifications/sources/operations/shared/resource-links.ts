import type { NotificationLink } from '../../../../core/notification.js';
import { consoleUrl } from '../../console.js';

/** Console links to resources several sources mention. */
export function ec2InstanceLink(region: string | undefined, instanceId: string | undefined, label = 'Open EC2 instance'): NotificationLink | undefined {
  if (!instanceId || !/^i-[0-9a-f]+$/i.test(instanceId)) return undefined;
  return { label, url: consoleUrl(region, 'ec2/home', `InstanceDetails:instanceId=${instanceId}`) };
}

/** Managed nodes that aren't EC2 instances ("mi-…") live in Fleet Manager. */
export function managedNodeLink(region: string | undefined, nodeId: string | undefined): NotificationLink | undefined {
  if (!nodeId) return undefined;
  if (/^i-/.test(nodeId)) return ec2InstanceLink(region, nodeId);
  if (!/^mi-[0-9a-f]+$/i.test(nodeId)) return undefined;
  return { label: 'Open managed node', url: consoleUrl(region, `systems-manager/fleet-manager/managed-nodes/${nodeId}/general`) };
}

/** encodeURIComponent for one path segment. */
export function seg(v: string): string {
  return encodeURIComponent(v);
}

/** The CloudWatch Logs console's own escaping for names inside its fragment. */
function logsEscape(v: string): string {
  return encodeURIComponent(encodeURIComponent(v)).replace(/%/g, '$');
}

/** A link to one log stream (or the group, without a stream) in CloudWatch Logs. */
export function logStreamLink(region: string | undefined, group: string | undefined, stream?: string, label = 'Open logs'): NotificationLink | undefined {
  if (!group) return undefined;
  const fragment = `logsV2:log-groups/log-group/${logsEscape(group)}${stream ? `/log-events/${logsEscape(stream)}` : ''}`;
  return { label, url: consoleUrl(region, 'cloudwatch/home', fragment) };
}
