import type { Severity } from '../../../../core/card.js';
import type { SourceEvent } from '../../../source-event.js';
import { consoleUrl } from '../../console.js';
import { get, getStr, parseArn } from '../../read.js';
import type { Normalised, SourceDefinition } from '../../types.js';
import { envelopeSections, where } from '../shared/envelope.js';
import { links } from '../shared/links.js';
import { statusPhrase } from '../shared/phrases.js';
import { seg } from '../shared/resource-links.js';
import { fields, statusToken, text, variables } from '../shared/values.js';
import { ecsNames, serviceOfGroup } from './ecs-arns.js';
import { containerOutcomes, type ContainerOutcome } from './ecs-containers.js';

export const TASK_STATE = 'ECS Task State Change';

/**
 * ECS: a task changed status. A stopped task is high when it failed to start, an essential
 * container exited non-zero or was killed (OOM, image pull…), or the reason says it failed a
 * health check; a Spot interruption is medium; a clean stop is routine.
 * Facts: taskId, taskArn, cluster, clusterArn, service, family (task definition family:revision),
 * lastStatus, desiredStatus, statusPhrase, stopCode, stoppedReason, failed, containers (lines),
 * launchType, availabilityZone, startedBy.
 */
export const ecsTaskState: SourceDefinition = {
  id: 'ecs-task-state',
  matches: [{ source: 'aws.ecs', detailType: TASK_STATE }],
  normalise(event: SourceEvent): Normalised {
    const d = event.detail;
    const loc = where(event);
    const taskArn = text(getStr(d, 'taskArn')) ?? event.resources[0];
    const clusterArn = text(getStr(d, 'clusterArn'));
    const cluster = ecsNames(clusterArn).cluster ?? ecsNames(taskArn).cluster;
    const taskId = ecsNames(taskArn).id;
    const lastStatus = text(getStr(d, 'lastStatus'));
    const stopCode = text(getStr(d, 'stopCode'));
    const stoppedReason = text(getStr(d, 'stoppedReason'));
    const containers = containerOutcomes(get(d, 'containers'));
    const service = serviceOfGroup(text(getStr(d, 'group')));
    const severity = taskSeverity(lastStatus, stopCode, stoppedReason, containers);
    const facts = {
      taskId,
      taskArn,
      cluster,
      clusterArn,
      service,
      family: parseArn(text(getStr(d, 'taskDefinitionArn')))?.resource.replace(/^task-definition\//, '') || undefined,
      lastStatus,
      desiredStatus: text(getStr(d, 'desiredStatus')),
      statusPhrase: statusPhrase(lastStatus),
      stopCode,
      stoppedReason,
      failed: severity === 'high',
      containers: containers.map((c) => c.line),
      launchType: text(getStr(d, 'launchType')),
      availabilityZone: text(getStr(d, 'availabilityZone')),
      startedBy: text(getStr(d, 'startedBy')),
    };
    const clusterPath = cluster ? `ecs/v2/clusters/${seg(cluster)}` : 'ecs/v2/clusters';
    return {
      service: 'Amazon ECS',
      severity,
      title: `ECS task ${facts.family ?? taskId ?? ''} ${facts.statusPhrase ?? 'changed status'}${cluster ? ` in ${cluster}` : ''}`.replace(/\s+/g, ' '),
      ...loc,
      resources: taskArn ? [{ id: taskArn, type: 'ECS task' }] : [],
      links: links(
        cluster && taskId ? { label: 'Open task', url: consoleUrl(loc.region, `${clusterPath}/tasks/${seg(taskId)}/configuration`) } : { label: 'Open ECS cluster', url: consoleUrl(loc.region, clusterPath) },
        cluster && service ? { label: 'Open service', url: consoleUrl(loc.region, `${clusterPath}/services/${seg(service)}/health`) } : undefined,
      ),
      fields: fields(['Status', lastStatus], ['Stop code', stopCode], ['Cluster', cluster], ['Service', service], ['Task', taskId, false]),
      sections: [...(containers.length ? [{ type: 'list' as const, title: 'Containers', items: facts.containers }] : []), ...envelopeSections(event)],
      threadKey: taskArn,
      variables: variables({
        ClusterArn: clusterArn,
        ClusterName: cluster,
        TaskArn: taskArn,
        TaskId: taskId,
        TaskDefinitionArn: text(getStr(d, 'taskDefinitionArn')),
        ServiceName: service,
        LastStatus: lastStatus,
        StopCode: stopCode,
      }),
      facts,
    };
  },
};

const FAILED_REASON = /fail|error|health ?check|OutOfMemory|killed|unable|cannot/i;

function taskSeverity(lastStatus: string | undefined, stopCode: string | undefined, stoppedReason: string | undefined, containers: ContainerOutcome[]): Severity {
  if (statusToken(lastStatus) !== 'STOPPED') return 'info';
  const code = statusToken(stopCode);
  if (code === 'TASK_FAILED_TO_START' || code === 'CONTAINER_FAILED_TO_START') return 'high';
  if (containers.some((c) => c.failed)) return 'high';
  if (stoppedReason && FAILED_REASON.test(stoppedReason)) return 'high';
  if (code === 'SPOT_INTERRUPTION' || code === 'TERMINATION_NOTICE') return 'medium';
  return 'info';
}
