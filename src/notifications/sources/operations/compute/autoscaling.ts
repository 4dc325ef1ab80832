import type { SourceEvent } from '../../../source-event.js';
import { consoleUrl } from '../../console.js';
import { getStr, parseArn } from '../../read.js';
import type { Normalised, SourceDefinition } from '../../types.js';
import { envelopeSections, where } from '../shared/envelope.js';
import { links } from '../shared/links.js';
import { ec2InstanceLink } from '../shared/resource-links.js';
import { fields, text, variables } from '../shared/values.js';

export const LAUNCH_SUCCESSFUL = 'EC2 Instance Launch Successful';
export const LAUNCH_UNSUCCESSFUL = 'EC2 Instance Launch Unsuccessful';
export const TERMINATE_SUCCESSFUL = 'EC2 Instance Terminate Successful';
export const TERMINATE_UNSUCCESSFUL = 'EC2 Instance Terminate Unsuccessful';
export const LAUNCH_LIFECYCLE = 'EC2 Instance-launch Lifecycle Action';
export const TERMINATE_LIFECYCLE = 'EC2 Instance-terminate Lifecycle Action';

const KINDS = [LAUNCH_SUCCESSFUL, LAUNCH_UNSUCCESSFUL, TERMINATE_SUCCESSFUL, TERMINATE_UNSUCCESSFUL, LAUNCH_LIFECYCLE, TERMINATE_LIFECYCLE];

/**
 * EC2 Auto Scaling: an instance launch or termination succeeded or failed, or an instance is
 * held at a lifecycle hook waiting for complete-lifecycle-action. Failures are high; the rest is
 * routine scaling. Events about one instance share a thread.
 * Facts: group, instanceId, activityId, statusCode, description, cause, statusMessage,
 * availabilityZone, subnetId, startTime, endTime, hookName, transition ("launch"/"terminate"),
 * actionToken, notificationMetadata, origin, destination, lifecycle, failed.
 */
export const autoScaling: SourceDefinition = {
  id: 'autoscaling',
  matches: KINDS.map((detailType) => ({ source: 'aws.autoscaling', detailType })),
  normalise(event: SourceEvent): Normalised {
    const d = event.detail;
    const loc = where(event);
    const group = text(getStr(d, 'AutoScalingGroupName')) ?? groupFromResources(event.resources);
    const instanceId = text(getStr(d, 'EC2InstanceId'));
    const lifecycle = event.detailType === LAUNCH_LIFECYCLE || event.detailType === TERMINATE_LIFECYCLE;
    const failed = event.detailType === LAUNCH_UNSUCCESSFUL || event.detailType === TERMINATE_UNSUCCESSFUL;
    const transition = text(getStr(d, 'LifecycleTransition'));
    const facts = {
      group,
      instanceId,
      activityId: text(getStr(d, 'ActivityId')),
      statusCode: text(getStr(d, 'StatusCode')),
      description: text(getStr(d, 'Description')),
      cause: text(getStr(d, 'Cause')),
      statusMessage: text(getStr(d, 'StatusMessage')),
      availabilityZone: text(getStr(d, 'Details', 'Availability Zone')),
      subnetId: text(getStr(d, 'Details', 'Subnet ID')),
      startTime: text(getStr(d, 'StartTime')),
      endTime: text(getStr(d, 'EndTime')),
      hookName: text(getStr(d, 'LifecycleHookName')),
      transition: transition?.includes('TERMINATING') || event.detailType.includes('erminate') ? 'terminate' : 'launch',
      actionToken: text(getStr(d, 'LifecycleActionToken')),
      notificationMetadata: text(getStr(d, 'NotificationMetadata')),
      origin: text(getStr(d, 'Origin')),
      destination: text(getStr(d, 'Destination')),
      lifecycle,
      failed,
    };
    const verb = failed ? `failed to ${facts.transition}` : lifecycle ? `is holding an instance at its ${facts.transition} hook` : facts.transition === 'launch' ? 'launched' : 'terminated';
    return {
      service: 'Amazon EC2 Auto Scaling',
      severity: failed ? 'high' : 'info',
      title: `Auto Scaling group ${group ?? ''} ${verb}${instanceId && !lifecycle ? ` ${instanceId}` : ''}`.replace(/\s+/g, ' '),
      ...loc,
      // Documentation samples put placeholders ("auto-scaling-group-arn") here: keep real ARNs only.
      resources: [...event.resources.filter((r) => parseArn(r)).map((id) => ({ id })), ...(instanceId ? [{ id: instanceId, type: 'AWS::EC2::Instance' }] : [])],
      links: links(
        group
          ? { label: 'Open Auto Scaling activity', url: consoleUrl(loc.region, 'ec2/home', `AutoScalingGroupDetails:id=${encodeURIComponent(group)};view=activity`) }
          : { label: 'Open Auto Scaling groups', url: consoleUrl(loc.region, 'ec2/home', 'AutoScalingGroups:') },
        ec2InstanceLink(loc.region, instanceId),
      ),
      fields: fields(['Group', group], ['Instance', instanceId], ['Lifecycle hook', facts.hookName], ['Status', facts.statusCode], ['Availability Zone', facts.availabilityZone]),
      sections: envelopeSections(event),
      threadKey: instanceId ? `aws.autoscaling:instance/${instanceId}` : facts.activityId ? `aws.autoscaling:activity/${facts.activityId}` : undefined,
      variables: variables({
        AutoScalingGroupName: group,
        InstanceId: instanceId,
        ActivityId: facts.activityId,
        LifecycleHookName: facts.hookName,
        LifecycleActionToken: facts.actionToken,
        LifecycleTransition: transition,
      }),
      facts,
    };
  },
};

function groupFromResources(resources: string[]): string | undefined {
  const arn = resources.map((r) => parseArn(r)).find((a) => a?.service === 'autoscaling');
  const match = arn?.resource.match(/autoScalingGroupName\/(.+)$/);
  return match?.[1];
}
