import type { SourceDefinition } from '../types.js';
import { cloudFormationDrift } from './cloudformation-drift.js';
import { cloudFormationStatus } from './cloudformation-status.js';
import { configCompliance } from './config-compliance.js';
import { configDelivery } from './config-delivery.js';
import { configItemChange } from './config-item-change.js';
import { guardDutyAnnouncement } from './guardduty-announcement.js';
import { guardDutyFinding } from './guardduty-finding.js';
import { guardDutyMalwareScan } from './guardduty-malware-scan.js';
import { healthEvent } from './health-event.js';
import { incidentManager } from './incident-manager.js';
import { securityHubFindings } from './securityhub-findings.js';
import { securityHubInsight } from './securityhub-insight.js';
import { supportCase } from './support-case.js';

/**
 * The security group of sources: GuardDuty, Security Hub, Health, Config, Support, Incident
 * Manager, CloudFormation. Each kind's wording is in templates/notifications/<source>/.
 */
export const securitySources: SourceDefinition[] = [
  guardDutyFinding,
  guardDutyMalwareScan,
  guardDutyAnnouncement,
  securityHubFindings,
  securityHubInsight,
  healthEvent,
  configCompliance,
  configItemChange,
  configDelivery,
  supportCase,
  incidentManager,
  cloudFormationStatus,
  cloudFormationDrift,
];
