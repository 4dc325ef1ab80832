import type { SourceEvent } from '../../../source-event.js';
import { consoleUrl } from '../../console.js';
import { getStr, parseArn } from '../../read.js';
import type { Normalised, SourceDefinition } from '../../types.js';
import { envelopeSections, where } from '../shared/envelope.js';
import { links } from '../shared/links.js';
import { ec2InstanceLink } from '../shared/resource-links.js';
import { severityOf } from '../shared/severity.js';
import { fields, text, variables } from '../shared/values.js';

export const INSTANCE_STATE = 'EC2 Instance State-change Notification';

/**
 * EC2: an instance moved to a new state. Running is good news; stopped and terminated need a
 * look (capacity went away); the transitions in between are routine.
 * Facts: instanceId, state (lower case, e.g. "stopped"), transitional.
 */
export const ec2InstanceState: SourceDefinition = {
  id: 'ec2-instance-state',
  matches: [{ source: 'aws.ec2', detailType: INSTANCE_STATE }],
  normalise(event: SourceEvent): Normalised {
    const d = event.detail;
    const loc = where(event);
    const instanceArn = event.resources.find((r) => parseArn(r)?.resource.startsWith('instance/'));
    // Documentation samples write "instance-id" (once with a leading space); Powertools' sample "instance_id".
    const instanceId = text(getStr(d, 'instance-id')) ?? text(getStr(d, 'instance_id')) ?? parseArn(instanceArn)?.resource.slice('instance/'.length);
    const state = text(getStr(d, 'state'))?.toLowerCase();
    const facts = { instanceId, state, transitional: state === 'pending' || state === 'stopping' || state === 'shutting-down' };
    return {
      service: 'Amazon EC2',
      severity: severityOf(state, { success: ['running'], medium: ['stopped', 'terminated'] }),
      title: `EC2 instance ${instanceId ?? ''} is now ${state ?? 'in a new state'}`.replace(/\s+/g, ' '),
      ...loc,
      resources: instanceArn || instanceId ? [{ id: instanceArn ?? instanceId ?? '', type: 'AWS::EC2::Instance' }] : [],
      links: links(ec2InstanceLink(loc.region, instanceId, 'Open instance') ?? { label: 'Open EC2 instances', url: consoleUrl(loc.region, 'ec2/home', 'Instances:') }),
      fields: fields(['State', state], ['Instance', instanceId]),
      sections: envelopeSections(event),
      threadKey: instanceId ? `aws.ec2:instance/${instanceId}` : undefined,
      variables: variables({ InstanceId: instanceId, State: state }),
      facts,
    };
  },
};
