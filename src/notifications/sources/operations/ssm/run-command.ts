import type { CardSection } from '../../../../core/card.js';
import type { SourceEvent } from '../../../source-event.js';
import { consoleUrl } from '../../console.js';
import { get, getStr, isRecord, parseArn } from '../../read.js';
import type { Normalised, SourceDefinition } from '../../types.js';
import { envelopeSections, where } from '../shared/envelope.js';
import { links } from '../shared/links.js';
import { statusPhrase } from '../shared/phrases.js';
import { ec2InstanceLink } from '../shared/resource-links.js';
import { RUN_STATUS, severityOf } from '../shared/severity.js';
import { fields, text, variables } from '../shared/values.js';
import { SSM } from './service.js';

export const COMMAND = 'EC2 Command Status-change Notification';
export const COMMAND_INVOCATION = 'EC2 Command Invocation Status-change Notification';

/**
 * Run Command: a command (all its targets) or one invocation (one instance) changed status.
 * Facts: commandId, documentName, status, statusPhrase, instanceId, instanceIds, instanceCount,
 * requestedAt, expiresAt.
 */
export const ssmRunCommand: SourceDefinition = {
  id: 'ssm-run-command',
  matches: [
    { source: 'aws.ssm', detailType: COMMAND },
    { source: 'aws.ssm', detailType: COMMAND_INVOCATION },
  ],
  normalise(event: SourceEvent): Normalised {
    const d = event.detail;
    const loc = where(event);
    const commandId = text(getStr(d, 'command-id'));
    const documentName = text(getStr(d, 'document-name'));
    const status = text(getStr(d, 'status'));
    const isInvocation = event.detailType === COMMAND_INVOCATION;
    const instanceIds = event.resources.map((r) => parseArn(r)).flatMap((a) => (a?.service === 'ec2' && a.resource.startsWith('instance/') ? [a.resource.slice(9)] : []));
    const instanceId = isInvocation ? (text(getStr(d, 'instance-id')) ?? instanceIds[0]) : undefined;
    const facts = {
      commandId,
      documentName,
      status,
      statusPhrase: statusPhrase(status),
      instanceId,
      instanceIds,
      instanceCount: instanceIds.length,
      requestedAt: text(getStr(d, 'requested-date-time')),
      expiresAt: text(getStr(d, 'expire-after')),
    };
    const commandPath = commandId ? `systems-manager/run-command/${commandId}` : 'systems-manager/run-command/executing-commands';
    return {
      service: SSM,
      severity: severityOf(status, RUN_STATUS),
      title: `Run Command ${documentName ?? ''} ${facts.statusPhrase ?? 'changed status'}${instanceId ? ` on ${instanceId}` : ''}`.replace(/\s+/g, ' '),
      ...loc,
      resources: event.resources.map((id) => ({ id, type: 'EC2 instance' })),
      links: links(
        { label: isInvocation ? 'Open command output' : 'Open command', url: consoleUrl(loc.region, isInvocation && commandId && instanceId ? `${commandPath}/${instanceId}` : commandPath) },
        ec2InstanceLink(loc.region, instanceId),
      ),
      fields: fields(['Status', status], ['Document', documentName], ['Instance', instanceId], ['Command ID', commandId, false]),
      sections: [...parameterSection(get(d, 'parameters')), ...envelopeSections(event)],
      threadKey: commandId ? `aws.ssm:command/${commandId}` : undefined,
      variables: variables({ CommandId: commandId, DocumentName: documentName, InstanceId: instanceId ?? (instanceIds.length === 1 ? instanceIds[0] : undefined), Status: status }),
      facts,
    };
  },
};

/** The document parameters the command ran with (commands, timeouts), collapsed. */
function parameterSection(parameters: unknown): CardSection[] {
  if (!isRecord(parameters) || Object.keys(parameters).length === 0) return [];
  return [{ type: 'code', title: 'Parameters', code: JSON.stringify(parameters, null, 2), language: 'json', collapsed: true }];
}
