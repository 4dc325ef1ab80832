import type { SourceEvent } from '../../../source-event.js';
import { consoleUrl } from '../../console.js';
import { get, getStr, num, parseArn } from '../../read.js';
import type { Normalised, SourceDefinition } from '../../types.js';
import { envelopeSections, where } from '../shared/envelope.js';
import { statusPhrase } from '../shared/phrases.js';
import { RUN_STATUS, severityOf } from '../shared/severity.js';
import { durationText } from '../shared/time.js';
import { fields, text, variables } from '../shared/values.js';
import { SSM } from './service.js';

export const AUTOMATION_EXECUTION = 'EC2 Automation Execution Status-change Notification';
export const AUTOMATION_STEP = 'EC2 Automation Step Status-change Notification';

/**
 * Systems Manager Automation: an execution or one step of it changed status.
 * Facts: executionId, documentName, documentVersion, status, statusPhrase, stepName, action,
 * startTime, endTime, duration, executedBy, failureMessage.
 */
export const ssmAutomation: SourceDefinition = {
  id: 'ssm-automation',
  matches: [
    { source: 'aws.ssm', detailType: AUTOMATION_EXECUTION },
    { source: 'aws.ssm', detailType: AUTOMATION_STEP },
  ],
  normalise(event: SourceEvent): Normalised {
    const d = event.detail;
    const executionArn = event.resources.find((r) => parseArn(r)?.resource.startsWith('automation-execution/'));
    const executionId = text(getStr(d, 'ExecutionId')) ?? executionArn?.split('/').pop();
    const documentName = text(getStr(d, 'Definition'));
    const status = text(getStr(d, 'Status'));
    const stepName = text(getStr(d, 'StepName'));
    const isStep = event.detailType === AUTOMATION_STEP;
    const loc = where(event);
    // The execution lives where its ARN says (a step event's envelope region can differ).
    const region = parseArn(executionArn)?.region || loc.region;
    const duration = durationText(num(get(d, 'Time')));
    const facts = {
      executionId,
      documentName,
      documentVersion: text(getStr(d, 'DefinitionVersion')),
      status,
      statusPhrase: statusPhrase(status),
      stepName,
      action: text(getStr(d, 'Action')),
      startTime: text(getStr(d, 'StartTime')),
      endTime: text(getStr(d, 'EndTime')),
      duration,
      executedBy: text(getStr(d, 'ExecutedBy')),
      failureMessage: text(getStr(d, 'FailureMessage')) ?? text(getStr(d, 'Outputs', 'FailureMessage')),
    };
    const subject = isStep ? `Automation step ${stepName ?? ''}`.trim() : `Automation ${documentName ?? 'execution'}`;
    return {
      service: SSM,
      severity: severityOf(status, RUN_STATUS),
      title: `${subject} ${facts.statusPhrase ?? 'changed status'}`,
      ...loc,
      region,
      resources: event.resources.map((id) => ({ id, type: id.includes(':automation-execution/') ? 'SSM automation execution' : 'SSM document' })),
      links: executionId
        ? [{ label: 'Open automation execution', url: consoleUrl(region, `systems-manager/automation/execution/${executionId}`) }]
        : [{ label: 'Open Automation', url: consoleUrl(region, 'systems-manager/automation/executions') }],
      fields: fields(['Status', status], ['Runbook', documentName], ['Step', stepName], ['Execution ID', executionId, false], ['Duration', duration]),
      sections: envelopeSections(event),
      threadKey: executionId ? `aws.ssm:automation-execution/${executionId}` : undefined,
      variables: variables({ ExecutionId: executionId, DocumentName: documentName, StepName: stepName, Status: status }),
      facts,
    };
  },
};
