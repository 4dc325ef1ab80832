import type { SourceEvent } from '../../../source-event.js';
import { consoleUrl } from '../../console.js';
import { getStr, isRecord, parseArn, parseJsonField, str } from '../../read.js';
import type { Normalised, SourceDefinition } from '../../types.js';
import { envelopeSections, where } from '../shared/envelope.js';
import { links } from '../shared/links.js';
import { statusPhrase } from '../shared/phrases.js';
import { managedNodeLink } from '../shared/resource-links.js';
import { RUN_STATUS, severityOf } from '../shared/severity.js';
import { fields, statusToken, text, variables } from '../shared/values.js';
import { SSM } from './service.js';

export const ASSOCIATION = 'EC2 State Manager Association State Change';
export const INSTANCE_ASSOCIATION = 'EC2 State Manager Instance Association State Change';

/**
 * State Manager: an association, or its run on one instance, changed status.
 * Facts: associationId, documentName, documentVersion, status, statusPhrase, failed, instanceId,
 * targets ("InstanceIds: i-1, i-2"), results ("Success: 1, Failed: 2"), schedule, lastRun,
 * lastSuccess, detailedStatus, errorCode, executionSummary.
 */
export const ssmStateManager: SourceDefinition = {
  id: 'ssm-state-manager',
  matches: [
    { source: 'aws.ssm', detailType: ASSOCIATION },
    { source: 'aws.ssm', detailType: INSTANCE_ASSOCIATION },
  ],
  normalise(event: SourceEvent): Normalised {
    const d = event.detail;
    const loc = where(event);
    const associationId = text(getStr(d, 'association-id'));
    const documentName = text(getStr(d, 'document-name')) ?? documentFromResources(event.resources);
    const status = text(getStr(d, 'status'));
    const instanceId = text(getStr(d, 'instance-id'));
    const failed = severityOf(status, RUN_STATUS) === 'high';
    const facts = {
      associationId,
      documentName,
      documentVersion: text(getStr(d, 'document-version')),
      associationVersion: text(getStr(d, 'association-version')),
      status,
      statusPhrase: statusPhrase(status),
      failed,
      instanceId,
      targets: targetsText(getStr(d, 'targets')),
      results: countsText(getStr(d, 'association-status-aggregated-count')),
      schedule: text(getStr(d, 'schedule-expression')),
      lastRun: text(getStr(d, 'last-execution-date')),
      lastSuccess: text(getStr(d, 'last-successful-execution-date')),
      detailedStatus: text(getStr(d, 'detailed-status')),
      // The documentation sample fills these on a successful run too; they mean something only on failure.
      errorCode: statusToken(status) === 'SUCCESS' ? undefined : text(getStr(d, 'error-code')),
      executionSummary: text(getStr(d, 'execution-summary')),
    };
    return {
      service: SSM,
      severity: severityOf(status, RUN_STATUS),
      title: `State Manager association ${documentName ?? associationId ?? ''} ${facts.statusPhrase ?? 'changed status'}${instanceId ? ` on ${instanceId}` : ''}`.replace(/\s+/g, ' '),
      ...loc,
      resources: event.resources.map((id) => ({ id })),
      links: links(
        associationId
          ? { label: 'Open association', url: consoleUrl(loc.region, `systems-manager/state-manager/${associationId}/description`) }
          : { label: 'Open State Manager', url: consoleUrl(loc.region, 'systems-manager/state-manager') },
        managedNodeLink(loc.region, instanceId),
      ),
      fields: fields(['Status', status], ['Document', documentName], ['Instance', instanceId], ['Targets', facts.targets], ['Association ID', associationId, false]),
      sections: envelopeSections(event),
      // An association's runs on each instance share the association's thread.
      threadKey: associationId ? `aws.ssm:association/${associationId}` : undefined,
      variables: variables({ AssociationId: associationId, DocumentName: documentName, InstanceId: instanceId, Status: status }),
      facts,
    };
  },
};

function documentFromResources(resources: string[]): string | undefined {
  const doc = resources.map((r) => parseArn(r)).find((a) => a?.service === 'ssm' && a.resource.startsWith('document/'));
  return doc?.resource.slice('document/'.length) || undefined;
}

/** '[{"key":"InstanceIds","values":["i-1"]}]' → "InstanceIds: i-1". */
function targetsText(raw: string | undefined): string | undefined {
  const parsed = parseJsonField(raw);
  if (!Array.isArray(parsed)) return text(raw);
  const parts = parsed.flatMap((t) => {
    if (!isRecord(t)) return [];
    const values = Array.isArray(t.values) ? t.values.map((v) => str(v) ?? '').filter(Boolean) : [];
    return [`${str(t.key) ?? 'Target'}: ${values.join(', ')}`];
  });
  return parts.length ? parts.join('; ') : undefined;
}

/** '{"Success":1,"Failed":2}' → "Success: 1, Failed: 2". */
function countsText(raw: string | undefined): string | undefined {
  const parsed = parseJsonField(raw);
  if (!isRecord(parsed)) return undefined;
  const parts = Object.entries(parsed).map(([k, v]) => `${k}: ${str(v) ?? '?'}`);
  return parts.length ? parts.join(', ') : undefined;
}
