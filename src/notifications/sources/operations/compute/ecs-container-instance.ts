import type { SourceEvent } from '../../../source-event.js';
import { consoleUrl } from '../../console.js';
import { get, getArr, getStr, num } from '../../read.js';
import type { Normalised, SourceDefinition } from '../../types.js';
import { envelopeSections, where } from '../shared/envelope.js';
import { links } from '../shared/links.js';
import { statusPhrase } from '../shared/phrases.js';
import { ec2InstanceLink, seg } from '../shared/resource-links.js';
import { severityOf } from '../shared/severity.js';
import { fields, text, variables } from '../shared/values.js';
import { ecsNames } from './ecs-arns.js';

export const CONTAINER_INSTANCE_STATE = 'ECS Container Instance State Change';

/**
 * ECS: a container instance changed status or its agent (dis)connected. A disconnected agent
 * means no new tasks land there: high. Draining is planned work: low.
 * Facts: containerInstanceId, containerInstanceArn, cluster, clusterArn, instanceId, status,
 * statusPhrase, agentConnected (true/false/undefined), cpu ("1988 of 2048 units free"),
 * memory ("767 of 3767 MiB free"), agentVersion, statusReason.
 */
export const ecsContainerInstanceState: SourceDefinition = {
  id: 'ecs-container-instance-state',
  matches: [{ source: 'aws.ecs', detailType: CONTAINER_INSTANCE_STATE }],
  normalise(event: SourceEvent): Normalised {
    const d = event.detail;
    const loc = where(event);
    const arn = text(getStr(d, 'containerInstanceArn')) ?? event.resources[0];
    const clusterArn = text(getStr(d, 'clusterArn'));
    const cluster = ecsNames(clusterArn).cluster;
    const status = text(getStr(d, 'status'));
    const connected = get(d, 'agentConnected');
    const agentConnected = typeof connected === 'boolean' ? connected : undefined;
    const instanceId = text(getStr(d, 'ec2InstanceId'));
    const facts = {
      containerInstanceId: ecsNames(arn).id,
      containerInstanceArn: arn,
      cluster,
      clusterArn,
      instanceId,
      status,
      statusPhrase: statusPhrase(status),
      agentConnected,
      cpu: free(d, 'CPU', 'units'),
      memory: free(d, 'MEMORY', 'MiB'),
      agentVersion: text(getStr(d, 'versionInfo', 'agentVersion')),
      statusReason: text(getStr(d, 'statusReason')),
    };
    return {
      service: 'Amazon ECS',
      severity: agentConnected === false ? 'high' : severityOf(status, { high: ['REGISTRATION_FAILED'], low: ['DRAINING'] }),
      title: `ECS container instance ${instanceId ?? facts.containerInstanceId ?? ''} ${agentConnected === false ? 'lost its agent connection' : (facts.statusPhrase ?? 'changed status')}${cluster ? ` in ${cluster}` : ''}`.replace(/\s+/g, ' '),
      ...loc,
      resources: arn ? [{ id: arn, type: 'ECS container instance' }] : [],
      links: links(
        { label: cluster ? 'Open cluster infrastructure' : 'Open ECS clusters', url: consoleUrl(loc.region, cluster ? `ecs/v2/clusters/${seg(cluster)}/infrastructure` : 'ecs/v2/clusters') },
        ec2InstanceLink(loc.region, instanceId),
      ),
      fields: fields(['Status', status], ['Agent', agentConnected === undefined ? undefined : agentConnected ? 'connected' : 'disconnected'], ['Cluster', cluster], ['EC2 instance', instanceId]),
      sections: envelopeSections(event),
      threadKey: arn,
      variables: variables({ ClusterArn: clusterArn, ClusterName: cluster, ContainerInstanceArn: arn, InstanceId: instanceId, Status: status }),
      facts,
    };
  },
};

/** "1988 of 2048 units free" from registeredResources / remainingResources. */
function free(detail: unknown, name: string, unit: string): string | undefined {
  const pick = (key: string) => num(get(getArr(detail, key).find((r) => getStr(r, 'name') === name), 'integerValue'));
  const total = pick('registeredResources');
  const left = pick('remainingResources');
  return total !== undefined && left !== undefined ? `${left} of ${total} ${unit} free` : undefined;
}
