import type { SourceEvent } from '../../../source-event.js';
import { consoleUrl } from '../../console.js';
import { get, getStr } from '../../read.js';
import type { Normalised, SourceDefinition } from '../../types.js';
import { envelopeSections, where } from '../shared/envelope.js';
import { seg } from '../shared/resource-links.js';
import { durationText, isoFromEpoch, millisBetween } from '../shared/time.js';
import { fields, statusToken, text, variables } from '../shared/values.js';

export const TESTRUN_SUCCESSFUL = 'Synthetics Canary TestRun Successful';
export const TESTRUN_FAILURE = 'Synthetics Canary TestRun Failure';
export const CANARY_STATUS = 'Synthetics Canary Status Change';

/**
 * CloudWatch Synthetics: a canary run passed or failed, or the canary changed state. All events
 * of one canary share a thread, so a failure and the next pass sit together.
 * Facts: canaryName, canaryId, runId, runStatus, failed, reason, started, completed, duration,
 * artifactLocation, currentState, previousState, message.
 */
export const syntheticsCanary: SourceDefinition = {
  id: 'synthetics-canary',
  matches: [TESTRUN_SUCCESSFUL, TESTRUN_FAILURE, CANARY_STATUS].map((detailType) => ({ source: 'aws.synthetics', detailType })),
  normalise(event: SourceEvent): Normalised {
    const d = event.detail;
    const loc = where(event);
    const canaryName = text(getStr(d, 'canary-name'));
    const runStatus = statusToken(text(getStr(d, 'test-run-status')));
    const failed = event.detailType === TESTRUN_FAILURE || runStatus === 'FAILED';
    const currentState = statusToken(text(getStr(d, 'current-state')));
    const started = isoFromEpoch(get(d, 'canary-run-timeline', 'started'), 's');
    const completed = isoFromEpoch(get(d, 'canary-run-timeline', 'completed'), 's');
    const facts = {
      canaryName,
      canaryId: text(getStr(d, 'canary-id')),
      runId: text(getStr(d, 'canary-run-id')),
      runStatus,
      failed,
      // The documentation sample wraps the reason in quotes: "\"Error: net::ERR_NAME_NOT_RESOLVED \"".
      reason: text(getStr(d, 'state-reason')?.replace(/^\s*"|"\s*$/g, '')),
      started,
      completed,
      duration: durationText(millisBetween(started, completed)),
      artifactLocation: text(getStr(d, 'artifact-location')),
      currentState,
      previousState: statusToken(text(getStr(d, 'previous-state'))),
      message: text(getStr(d, 'message')),
    };
    const isStatus = event.detailType === CANARY_STATUS;
    return {
      service: 'Amazon CloudWatch Synthetics',
      severity: isStatus ? (currentState === 'ERROR' ? 'high' : 'info') : failed ? 'high' : 'success',
      title: isStatus
        ? `Canary ${canaryName ?? ''} is now ${currentState?.toLowerCase() ?? 'in a new state'}`.replace(/\s+/g, ' ')
        : `Canary ${canaryName ?? ''} ${failed ? 'failed' : 'passed'}`.replace(/\s+/g, ' '),
      ...loc,
      resources: canaryName && loc.account && loc.region ? [{ id: `arn:aws:synthetics:${loc.region}:${loc.account}:canary:${canaryName}`, type: 'Synthetics canary' }] : [],
      links: [
        canaryName
          ? { label: 'Open canary', url: consoleUrl(loc.region, 'cloudwatch/home', `synthetics:canary/detail/${seg(canaryName)}`) }
          : { label: 'Open Synthetics canaries', url: consoleUrl(loc.region, 'cloudwatch/home', 'synthetics:canary/list') },
      ],
      fields: fields(['Result', runStatus], ['State', currentState], ['Duration', facts.duration], ['Reason', failed ? facts.reason : undefined, false]),
      sections: envelopeSections(event),
      threadKey: canaryName ? `aws.synthetics:canary/${loc.account ?? ''}/${loc.region ?? ''}/${canaryName}` : undefined,
      variables: variables({ CanaryName: canaryName, CanaryId: facts.canaryId, CanaryRunId: facts.runId }),
      facts,
    };
  },
};
