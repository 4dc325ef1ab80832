import type { SourceEvent } from '../../../source-event.js';
import { consoleUrl } from '../../console.js';
import { getStr, parseArn } from '../../read.js';
import type { Normalised, SourceDefinition } from '../../types.js';
import { envelopeSections, where } from '../shared/envelope.js';
import { statusPhrase } from '../shared/phrases.js';
import { RUN_STATUS, severityOf } from '../shared/severity.js';
import { durationText, millisBetween } from '../shared/time.js';
import { fields, text, variables } from '../shared/values.js';
import { SSM } from './service.js';

export const WINDOW_STATE = 'Maintenance Window State-change Notification';
export const WINDOW_TARGET = 'Maintenance Window Target Registration Notification';
export const WINDOW_EXECUTION = 'Maintenance Window Execution State-change Notification';
export const WINDOW_TASK_INVOCATION = 'Maintenance Window Task Target Invocation State-change Notification';

/**
 * Maintenance windows: a window was enabled/disabled, a target (de)registered, a window
 * execution or a task's run on one target changed status.
 * Facts: windowId, windowExecutionId, taskExecutionId, windowTargetId, status, statusPhrase,
 * startTime, endTime, duration, ownerInformation.
 */
export const ssmMaintenanceWindow: SourceDefinition = {
  id: 'ssm-maintenance-window',
  matches: [WINDOW_STATE, WINDOW_TARGET, WINDOW_EXECUTION, WINDOW_TASK_INVOCATION].map((detailType) => ({ source: 'aws.ssm', detailType })),
  normalise(event: SourceEvent): Normalised {
    const d = event.detail;
    const loc = where(event);
    const windowId = text(getStr(d, 'window-id')) ?? windowFromResources(event.resources);
    const windowExecutionId = text(getStr(d, 'window-execution-id'));
    const status = text(getStr(d, 'status'));
    const startTime = text(getStr(d, 'start-time'));
    const endTime = text(getStr(d, 'end-time'));
    const isRun = event.detailType === WINDOW_EXECUTION || event.detailType === WINDOW_TASK_INVOCATION;
    const facts = {
      windowId,
      windowExecutionId,
      taskExecutionId: text(getStr(d, 'task-execution-id')),
      windowTargetId: text(getStr(d, 'window-target-id')),
      status,
      statusPhrase: statusPhrase(status),
      startTime,
      endTime,
      duration: durationText(millisBetween(startTime, endTime)),
      ownerInformation: text(getStr(d, 'owner-information')),
    };
    const windowPath = windowId ? `systems-manager/maintenance-windows/${windowId}` : 'systems-manager/maintenance-windows';
    return {
      service: SSM,
      // Enabling, disabling and target registration are configuration changes: routine.
      severity: isRun ? severityOf(status, RUN_STATUS) : 'info',
      title: `Maintenance window ${windowId ?? ''} ${kindWords(event.detailType)} ${facts.statusPhrase ?? 'changed'}`.replace(/\s+/g, ' '),
      ...loc,
      resources: event.resources.map((id) => ({ id })),
      links: [{ label: isRun ? 'Open maintenance window history' : 'Open maintenance window', url: consoleUrl(loc.region, isRun && windowId ? `${windowPath}/history` : windowPath) }],
      fields: fields(['Status', status], ['Window', windowId], ['Duration', facts.duration], ['Execution ID', windowExecutionId, false]),
      sections: envelopeSections(event),
      // Runs thread under their window execution; configuration changes under the window.
      threadKey: isRun && windowExecutionId ? `aws.ssm:maintenance-window-execution/${windowExecutionId}` : windowId ? `aws.ssm:maintenance-window/${windowId}` : undefined,
      variables: variables({
        WindowId: windowId,
        WindowExecutionId: windowExecutionId,
        TaskExecutionId: facts.taskExecutionId,
        WindowTargetId: facts.windowTargetId,
        Status: status,
      }),
      facts,
    };
  },
};

function kindWords(detailType: string): string {
  if (detailType === WINDOW_EXECUTION) return 'execution';
  if (detailType === WINDOW_TASK_INVOCATION) return 'task';
  if (detailType === WINDOW_TARGET) return 'target';
  return '';
}

function windowFromResources(resources: string[]): string | undefined {
  const arn = resources.map((r) => parseArn(r)).find((a) => a?.resource.startsWith('maintenancewindow/'));
  return arn?.resource.split('/')[1] || undefined;
}
