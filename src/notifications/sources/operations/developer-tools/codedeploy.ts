import type { SourceEvent } from '../../../source-event.js';
import { consoleUrl } from '../../console.js';
import { getStr, parseArn } from '../../read.js';
import type { Normalised, SourceDefinition } from '../../types.js';
import { envelopeSections, where } from '../shared/envelope.js';
import { links } from '../shared/links.js';
import { statusPhrase } from '../shared/phrases.js';
import { ec2InstanceLink, seg } from '../shared/resource-links.js';
import { severityOf, type SeverityTable } from '../shared/severity.js';
import { fields, text, variables } from '../shared/values.js';

export const DEPLOYMENT_STATE = 'CodeDeploy Deployment State-change Notification';
export const INSTANCE_STATE = 'CodeDeploy Instance State-change Notification';

const DEPLOY_STATUS: SeverityTable = { high: ['FAILURE', 'FAILED'], medium: ['STOP', 'STOPPED'], success: ['SUCCESS', 'SUCCEEDED'] };
/** One instance finishing is progress; the deployment's own event says when it all succeeded. */
const INSTANCE_STATUS: SeverityTable = { high: ['FAILURE', 'FAILED'], medium: ['STOP', 'STOPPED'] };

/**
 * CodeDeploy: a deployment, or the deployment on one instance, changed state. Both forms
 * (EventBridge, CodeStar Notifications) carry the same detail. One thread per deployment.
 * Facts: deploymentId, application, deploymentGroup, state, statusPhrase, instanceId,
 * instanceGroupId.
 */
export const codeDeploy: SourceDefinition = {
  id: 'codedeploy',
  matches: [DEPLOYMENT_STATE, INSTANCE_STATE].map((detailType) => ({ source: 'aws.codedeploy', detailType })),
  normalise(event: SourceEvent): Normalised {
    const d = event.detail;
    const loc = where(event);
    const isInstance = event.detailType === INSTANCE_STATE;
    const deploymentId = text(getStr(d, 'deploymentId'));
    const application = text(getStr(d, 'application')) ?? fromResources(event.resources, 'application:');
    const deploymentGroup = text(getStr(d, 'deploymentGroup')) ?? fromResources(event.resources, 'deploymentgroup:')?.split('/').pop();
    const state = text(getStr(d, 'state'));
    const instanceId = isInstance ? (text(getStr(d, 'instanceId')) ?? instanceFromResources(event.resources)) : undefined;
    const facts = { deploymentId, application, deploymentGroup, state, statusPhrase: statusPhrase(state), instanceId, instanceGroupId: text(getStr(d, 'instanceGroupId')) };
    const region = loc.region ?? text(getStr(d, 'region'));
    return {
      service: 'AWS CodeDeploy',
      severity: severityOf(state, isInstance ? INSTANCE_STATUS : DEPLOY_STATUS),
      title: `Deployment ${deploymentId ?? ''}${application ? ` of ${application}` : ''}${instanceId ? ` on ${instanceId}` : ''} ${facts.statusPhrase ?? 'changed state'}`.replace(/\s+/g, ' '),
      ...loc,
      region,
      resources: event.resources.map((id) => ({ id })),
      links: links(
        deploymentId
          ? { label: 'Open deployment', url: consoleUrl(region, `codesuite/codedeploy/deployments/${seg(deploymentId)}`) }
          : { label: 'Open CodeDeploy', url: consoleUrl(region, application ? `codesuite/codedeploy/applications/${seg(application)}` : 'codesuite/codedeploy/deployments') },
        ec2InstanceLink(region, instanceId),
      ),
      fields: fields(['State', state], ['Application', application], ['Deployment group', deploymentGroup], ['Instance', instanceId], ['Deployment ID', deploymentId]),
      sections: envelopeSections(event),
      threadKey: deploymentId ? `aws.codedeploy:deployment/${deploymentId}` : undefined,
      variables: variables({ DeploymentId: deploymentId, ApplicationName: application, DeploymentGroupName: deploymentGroup, InstanceId: instanceId, State: state }),
      facts,
    };
  },
};

function fromResources(resources: string[], prefix: string): string | undefined {
  const arn = resources.map((r) => parseArn(r)).find((a) => a?.service === 'codedeploy' && a.resource.startsWith(prefix));
  return arn?.resource.slice(prefix.length) || undefined;
}

function instanceFromResources(resources: string[]): string | undefined {
  const arn = resources.map((r) => parseArn(r)).find((a) => a?.service === 'ec2' && a.resource.startsWith('instance/'));
  return arn?.resource.slice('instance/'.length) || undefined;
}
