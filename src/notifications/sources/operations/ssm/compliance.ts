import type { Severity } from '../../../../core/card.js';
import type { SourceEvent } from '../../../source-event.js';
import { consoleUrl } from '../../console.js';
import { getStr } from '../../read.js';
import type { Normalised, SourceDefinition } from '../../types.js';
import { envelopeSections, where } from '../shared/envelope.js';
import { links } from '../shared/links.js';
import { managedNodeLink } from '../shared/resource-links.js';
import { fields, statusToken, text, variables } from '../shared/values.js';
import { SSM } from './service.js';

export const COMPLIANCE_CHANGE = 'Configuration Compliance State Change';

/**
 * Configuration compliance: a managed node became compliant or non-compliant with an
 * association or a patch baseline.
 * Facts: resourceId, resourceType, complianceType, complianceStatus ("COMPLIANT" /
 * "NON_COMPLIANT"), compliant, complianceWord ("compliant" / "non-compliant"), patchBaselineId,
 * complianceSeverity, lastRuntime.
 */
export const ssmCompliance: SourceDefinition = {
  id: 'ssm-compliance',
  matches: [{ source: 'aws.ssm', detailType: COMPLIANCE_CHANGE }],
  normalise(event: SourceEvent): Normalised {
    const d = event.detail;
    const loc = where(event);
    const resourceId = text(getStr(d, 'resource-id')) ?? event.resources[0]?.split('/').pop();
    const complianceStatus = statusToken(text(getStr(d, 'compliance-status')));
    const compliant = complianceStatus === 'COMPLIANT';
    const complianceType = text(getStr(d, 'compliance-type'));
    const complianceSeverity = text(getStr(d, 'severity'));
    const facts = {
      resourceId,
      resourceType: text(getStr(d, 'resource-type')),
      complianceType,
      complianceStatus,
      compliant,
      complianceWord: complianceStatus ? (compliant ? 'compliant' : 'non-compliant') : undefined,
      patchBaselineId: text(getStr(d, 'patch-baseline-id')),
      associationId: text(getStr(d, 'association-id')),
      complianceSeverity,
      lastRuntime: text(getStr(d, 'last-runtime')),
    };
    return {
      service: SSM,
      severity: complianceStatus === undefined ? 'info' : compliant ? 'success' : nonCompliantSeverity(complianceSeverity),
      title: `${complianceType ?? 'Configuration'} compliance: ${resourceId ?? 'a resource'} is ${facts.complianceWord ?? 'reported'}`,
      ...loc,
      resources: event.resources.map((id) => ({ id, type: 'SSM managed node' })),
      links: links({ label: 'Open Compliance', url: consoleUrl(loc.region, 'systems-manager/compliance') }, managedNodeLink(loc.region, resourceId)),
      fields: fields(['Status', facts.complianceWord], ['Type', complianceType], ['Severity', complianceSeverity], ['Resource', resourceId]),
      sections: envelopeSections(event),
      threadKey: resourceId ? `aws.ssm:compliance/${resourceId}/${complianceType ?? 'any'}` : undefined,
      variables: variables({
        ResourceId: resourceId,
        InstanceId: resourceId && /^(i|mi)-/.test(resourceId) ? resourceId : undefined,
        ResourceType: facts.resourceType,
        ComplianceType: complianceType,
        ComplianceStatus: complianceStatus,
        PatchBaselineId: facts.patchBaselineId,
      }),
      facts,
    };
  },
};

/** Missing critical or high patches are urgent; the rest can wait for the next window. */
function nonCompliantSeverity(severity: string | undefined): Severity {
  const s = statusToken(severity);
  return s === 'CRITICAL' || s === 'HIGH' ? 'high' : 'medium';
}
