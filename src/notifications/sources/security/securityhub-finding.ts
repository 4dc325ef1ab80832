import type { Severity } from '../../../core/card.js';
import { consoleUrl } from '../console.js';
import { getArr, getStr, isRecord, num } from '../read.js';
import { lastSegment } from './summarise.js';

/** One Security Hub finding (ASFF), read for a card. */
export interface HubFinding {
  id?: string;
  title?: string;
  description?: string;
  /** CRITICAL, HIGH, MEDIUM, LOW, INFORMATIONAL */
  label?: string;
  severity: Severity;
  complianceStatus?: string;
  workflowStatus?: string;
  recordState?: string;
  productName?: string;
  controlId?: string;
  generatorId?: string;
  account?: string;
  region?: string;
  resources: { id: string; type?: string; text: string }[];
  remediationText?: string;
  remediationUrl?: string;
  consoleUrl?: string;
  updatedAt?: string;
}

const RANK: Severity[] = ['critical', 'high', 'medium', 'low', 'info', 'success', 'neutral'];

/** The more urgent of two severities. */
export function worse(a: Severity, b: Severity): Severity {
  return RANK.indexOf(a) <= RANK.indexOf(b) ? a : b;
}

export function readFinding(f: unknown, fallbackRegion: string | undefined): HubFinding {
  const label = (getStr(f, 'Severity', 'Label') ?? labelOf(num(getStr(f, 'Severity', 'Normalized'))))?.toUpperCase();
  const complianceStatus = getStr(f, 'Compliance', 'Status');
  const workflowStatus = getStr(f, 'Workflow', 'Status') ?? getStr(f, 'WorkflowState');
  const id = getStr(f, 'Id');
  const region = getStr(f, 'Region') ?? getStr(getArr(f, 'Resources')[0], 'Region') ?? regionOfArn(id) ?? fallbackRegion;
  const productFields = isRecord(f) && isRecord(f.ProductFields) ? f.ProductFields : {};
  return {
    id,
    title: getStr(f, 'Title'),
    description: getStr(f, 'Description'),
    label,
    severity: findingSeverity(label, complianceStatus, workflowStatus),
    complianceStatus,
    workflowStatus,
    recordState: getStr(f, 'RecordState'),
    productName: getStr(f, 'ProductName') ?? getStr(productFields, 'aws/securityhub/ProductName') ?? productOfArn(getStr(f, 'ProductArn')),
    controlId: getStr(productFields, 'ControlId') ?? getStr(productFields, 'RuleId') ?? getStr(f, 'Compliance', 'SecurityControlId'),
    generatorId: getStr(f, 'GeneratorId'),
    account: getStr(f, 'AwsAccountId'),
    region,
    resources: getArr(f, 'Resources')
      .filter(isRecord)
      .map((r) => {
        const rid = getStr(r, 'Id') ?? '';
        const type = getStr(r, 'Type');
        return { id: rid, type, text: [type, rid ? lastSegment(rid) : undefined].filter(Boolean).join(' ') };
      })
      .filter((r) => r.id || r.type),
    remediationText: getStr(f, 'Remediation', 'Recommendation', 'Text'),
    remediationUrl: getStr(f, 'Remediation', 'Recommendation', 'Url') ?? getStr(productFields, 'RecommendationUrl'),
    consoleUrl: id ? findingConsoleUrl(region, id) : undefined,
    updatedAt: getStr(f, 'UpdatedAt'),
  };
}

/** A passed control or a resolved finding is good news; otherwise the finding's own label. */
function findingSeverity(label: string | undefined, compliance: string | undefined, workflow: string | undefined): Severity {
  if (compliance === 'PASSED' || workflow === 'RESOLVED') return 'success';
  if (workflow === 'SUPPRESSED') return 'neutral';
  switch (label) {
    case 'CRITICAL':
      return 'critical';
    case 'HIGH':
      return 'high';
    case 'MEDIUM':
      return 'medium';
    case 'LOW':
      return 'low';
    case 'INFORMATIONAL':
      return 'info';
    default:
      return 'medium';
  }
}

function labelOf(normalized: number | undefined): string | undefined {
  if (normalized === undefined) return undefined;
  if (normalized >= 90) return 'CRITICAL';
  if (normalized >= 70) return 'HIGH';
  if (normalized >= 40) return 'MEDIUM';
  if (normalized >= 1) return 'LOW';
  return 'INFORMATIONAL';
}

/**
 * The Security Hub console's findings page filtered to one finding Id. The console reads the
 * filter from `search`, whose value is itself URL-encoded: `Id=\operator\:EQUALS\:<id>`.
 */
export function findingConsoleUrl(region: string | undefined, id: string): string {
  const filter = `Id=${encodeURIComponent(`\\operator\\:EQUALS\\:${id}`)}`;
  return consoleUrl(region, 'securityhub/home', `/findings?search=${encodeURIComponent(filter)}`);
}

function regionOfArn(arn: string | undefined): string | undefined {
  return arn?.startsWith('arn:') ? arn.split(':')[3] || undefined : undefined;
}

/** "arn:aws:securityhub:us-east-1::product/aws/guardduty" → "guardduty" */
function productOfArn(arn: string | undefined): string | undefined {
  return arn ? lastSegment(arn) : undefined;
}
