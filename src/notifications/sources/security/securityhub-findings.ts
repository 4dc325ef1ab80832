import type { CardSection } from '../../../core/card.js';
import type { NotificationLink } from '../../../core/notification.js';
import type { SourceEvent } from '../../source-event.js';
import { consoleUrl } from '../console.js';
import { getArr, getStr, isRecord } from '../read.js';
import type { Normalised, SourceDefinition } from '../types.js';
import { readFinding, worse } from './securityhub-finding.js';
import { defined, joinWithMore, plural, truncate, withMore } from './summarise.js';

export const HUB_IMPORTED = 'Security Hub Findings - Imported';
export const HUB_CUSTOM_ACTION = 'Security Hub Findings - Custom Action';

/**
 * AWS Security Hub findings (`Security Hub Findings - Imported` and `- Custom Action`): one card
 * per event, about the first finding, listing the others ("and N more"). Severity is the worst
 * of all findings in the event; a passed control or resolved finding is success.
 *
 * facts: title, severityLabel ("HIGH"), compliance ("FAILED"), workflow ("NEW"), product,
 * control, resource ("AwsAccount 111111111111 and 2 more"), findingAccount, remediation,
 * remediationUrl, consoleUrl, findingCount, moreCount, actionName, actionDescription.
 */
export const securityHubFindings: SourceDefinition = {
  id: 'securityhub-findings',
  matches: [
    { source: 'aws.securityhub', detailType: HUB_IMPORTED },
    { source: 'aws.securityhub', detailType: HUB_CUSTOM_ACTION },
  ],
  normalise: normaliseFindings,
};

function normaliseFindings(event: SourceEvent): Normalised {
  const d = isRecord(event.detail) ? event.detail : {};
  const findings = getArr(d, 'findings').map((f) => readFinding(f, event.region));
  const first = findings[0];
  const actionName = getStr(d, 'actionName');
  const actionDescription = getStr(d, 'actionDescription');
  const region = first?.region ?? event.region;
  const severity = findings.reduce((s, f) => worse(s, f.severity), first?.severity ?? 'info');
  const more = findings.slice(1);

  const links: NotificationLink[] = [{ label: 'Open finding in Security Hub', url: first?.consoleUrl ?? consoleUrl(region, 'securityhub/home', '/findings') }];
  if (first?.remediationUrl && /^https:\/\//.test(first.remediationUrl)) links.push({ label: 'How to fix', url: first.remediationUrl });

  const sections: CardSection[] = [];
  if (more.length) {
    sections.push({ type: 'list', title: `${plural(more.length, 'more finding')} in this event`, items: withMore(more.map((f) => `${f.label ? `[${f.label}] ` : ''}${f.title ?? f.id ?? 'Untitled finding'}`), 5) });
  }
  const resource = first && first.resources.length ? joinWithMore(first.resources.map((r) => r.text), 2) : undefined;
  const title = first?.title ?? (findings.length ? 'Security Hub finding' : 'Security Hub event with no findings');
  const firstResource = first?.resources[0];
  return {
    service: 'AWS Security Hub',
    severity,
    title,
    summary: truncate(first?.description, 600),
    account: event.account ?? first?.account,
    region,
    time: event.time ?? first?.updatedAt,
    resources: [
      ...(first?.id ? [{ id: first.id, type: 'AWS::SecurityHub::Finding', url: first.consoleUrl }] : []),
      ...(first?.resources ?? []).map((r) => ({ id: r.id, type: r.type })),
    ],
    links,
    sections,
    fields: [
      ...(first?.label ? [{ label: 'Severity', value: first.label, short: true }] : []),
      ...(first?.complianceStatus ? [{ label: 'Compliance', value: first.complianceStatus, short: true }] : []),
      ...(resource ? [{ label: 'Resource', value: resource, short: true }] : []),
    ],
    threadKey: first?.id,
    variables: defined({
      findingId: first?.id,
      findingTitle: first?.title,
      severityLabel: first?.label,
      complianceStatus: first?.complianceStatus,
      workflowStatus: first?.workflowStatus,
      productName: first?.productName,
      controlId: first?.controlId,
      generatorId: first?.generatorId,
      awsAccountId: first?.account,
      resourceId: firstResource?.id,
      resourceType: firstResource?.type,
      findingCount: findings.length,
      actionName,
    }),
    facts: {
      title,
      severityLabel: first?.label,
      compliance: first?.complianceStatus,
      workflow: first?.workflowStatus,
      product: first?.productName,
      control: first?.controlId,
      resource,
      findingAccount: first?.account && first.account !== event.account ? first.account : undefined,
      remediation: truncate(first?.remediationText, 300),
      remediationUrl: first?.remediationUrl,
      consoleUrl: first?.consoleUrl,
      findingCount: findings.length,
      moreCount: more.length,
      actionName,
      actionDescription,
    },
  };
}
