import type { Severity } from '../../../../core/card.js';
import type { SourceEvent } from '../../../source-event.js';
import { consoleUrl } from '../../console.js';
import { getStr, parseArn } from '../../read.js';
import type { Normalised, SourceDefinition } from '../../types.js';
import { envelopeSections, where } from '../shared/envelope.js';
import { seg } from '../shared/resource-links.js';
import { fields, statusToken, text, variables } from '../shared/values.js';
import { ecsNames } from './ecs-arns.js';

export const DEPLOYMENT_STATE = 'ECS Deployment State Change';
export const SERVICE_ACTION = 'ECS Service Action';

/**
 * ECS services: a deployment started, completed or failed (circuit breaker), or the scheduler
 * reported something (steady state, task placement failure…). ERROR → high, WARN → medium.
 * Facts: service, cluster, serviceArn, eventType, eventName, eventWords ("task placement
 * failure"), deploymentId, reason, rollback, updatedAt.
 */
export const ecsService: SourceDefinition = {
  id: 'ecs-service',
  matches: [DEPLOYMENT_STATE, SERVICE_ACTION].map((detailType) => ({ source: 'aws.ecs', detailType })),
  normalise(event: SourceEvent): Normalised {
    const d = event.detail;
    const loc = where(event);
    const serviceArn = event.resources.find((r) => parseArn(r)?.resource.startsWith('service/'));
    const names = ecsNames(serviceArn);
    const clusterArn = text(getStr(d, 'clusterArn'));
    const cluster = names.cluster ?? ecsNames(clusterArn).cluster;
    // Old service ARNs have no cluster part: service/<name>.
    const service = names.id;
    const eventType = statusToken(text(getStr(d, 'eventType')));
    const eventName = text(getStr(d, 'eventName'));
    const reason = text(getStr(d, 'reason'));
    const deploymentId = text(getStr(d, 'deploymentId'));
    const rollback = /roll(ing)? ?back/i.test(reason ?? '');
    const facts = { service, cluster, serviceArn, eventType, eventName, eventWords: words(eventName), deploymentId, reason, rollback, updatedAt: text(getStr(d, 'updatedAt')) ?? text(getStr(d, 'createdAt')) };
    const servicePath = cluster && service ? `ecs/v2/clusters/${seg(cluster)}/services/${seg(service)}` : undefined;
    return {
      service: 'Amazon ECS',
      severity: severity(eventType, eventName, rollback),
      title: `ECS service ${service ?? ''}: ${facts.eventWords ?? 'service event'}`.replace(/\s+/g, ' '),
      ...loc,
      resources: serviceArn ? [{ id: serviceArn, type: 'ECS service' }] : [],
      links: [
        servicePath
          ? { label: event.detailType === DEPLOYMENT_STATE ? 'Open service deployments' : 'Open service', url: consoleUrl(loc.region, `${servicePath}/${event.detailType === DEPLOYMENT_STATE ? 'deployments' : 'health'}`) }
          : { label: 'Open ECS clusters', url: consoleUrl(loc.region, cluster ? `ecs/v2/clusters/${seg(cluster)}/services` : 'ecs/v2/clusters') },
      ],
      fields: fields(['Event', eventName], ['Cluster', cluster], ['Service', service], ['Deployment ID', deploymentId]),
      sections: envelopeSections(event),
      // A deployment's progress shares a thread; scheduler events thread per service.
      threadKey: deploymentId ? `aws.ecs:deployment/${deploymentId}` : serviceArn,
      variables: variables({ ClusterArn: clusterArn, ClusterName: cluster, ServiceName: service, ServiceArn: serviceArn, DeploymentId: deploymentId, EventName: eventName }),
      facts,
    };
  },
};

function severity(eventType: string | undefined, eventName: string | undefined, rollback: boolean): Severity {
  const name = statusToken(eventName);
  if (eventType === 'ERROR' || name === 'SERVICE_DEPLOYMENT_FAILED') return 'high';
  if (eventType === 'WARN' || rollback) return 'medium';
  if (name === 'SERVICE_DEPLOYMENT_COMPLETED' || name === 'SERVICE_STEADY_STATE') return 'success';
  return 'info';
}

/** "SERVICE_TASK_PLACEMENT_FAILURE" → "task placement failure"; "SERVICE_DEPLOYMENT_FAILED" → "deployment failed". */
function words(eventName: string | undefined): string | undefined {
  if (!eventName) return undefined;
  return eventName.replace(/^SERVICE_/, '').toLowerCase().replace(/_/g, ' ');
}
