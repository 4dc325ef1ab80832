import type { SourceEvent } from '../../../source-event.js';
import { consoleUrl } from '../../console.js';
import { get, getStr, parseArn } from '../../read.js';
import type { Normalised, SourceDefinition } from '../../types.js';
import { envelopeSections, where } from '../shared/envelope.js';
import { links } from '../shared/links.js';
import { statusPhrase } from '../shared/phrases.js';
import { RUN_STATUS, severityOf } from '../shared/severity.js';
import { durationText, isoFromEpoch, millisBetween } from '../shared/time.js';
import { fields, lastPart, text, variables } from '../shared/values.js';

export const EXECUTION_STATUS = 'Step Functions Execution Status Change';

/**
 * Step Functions: an execution started, succeeded, failed, timed out or was aborted. The card
 * shows the error and cause, never the execution's input or output (they may hold data).
 * Facts: executionArn, executionName, stateMachineArn, stateMachine, status, statusPhrase,
 * startDate, stopDate (ISO), duration, error, cause.
 */
export const stepFunctionsExecution: SourceDefinition = {
  id: 'step-functions-execution',
  matches: [{ source: 'aws.states', detailType: EXECUTION_STATUS }],
  normalise(event: SourceEvent): Normalised {
    const d = event.detail;
    const loc = where(event);
    const executionArn = text(getStr(d, 'executionArn')) ?? event.resources.find((r) => parseArn(r)?.resource.startsWith('execution:'));
    const stateMachineArn = text(getStr(d, 'stateMachineArn'));
    const executionName = text(getStr(d, 'name')) ?? lastPart(executionArn);
    const status = text(getStr(d, 'status'));
    const startDate = isoFromEpoch(get(d, 'startDate'));
    const stopDate = isoFromEpoch(get(d, 'stopDate'));
    const facts = {
      executionArn,
      executionName,
      stateMachineArn,
      stateMachine: lastPart(stateMachineArn) ?? parseArn(executionArn)?.resource.split(':')[1],
      status,
      statusPhrase: statusPhrase(status),
      startDate,
      stopDate,
      duration: durationText(millisBetween(startDate, stopDate)),
      error: text(getStr(d, 'error')),
      cause: text(getStr(d, 'cause')),
    };
    return {
      service: 'AWS Step Functions',
      severity: severityOf(status, RUN_STATUS),
      title: `Step Functions execution ${executionName ?? ''} ${facts.statusPhrase ?? 'changed status'}`.replace(/\s+/g, ' '),
      ...loc,
      resources: executionArn ? [{ id: executionArn, type: 'Step Functions execution' }] : [],
      links: links(
        executionArn
          ? { label: 'Open execution', url: consoleUrl(loc.region, 'states/home', `/v2/executions/details/${executionArn}`) }
          : { label: 'Open Step Functions', url: consoleUrl(loc.region, 'states/home', '/statemachines') },
        stateMachineArn ? { label: 'Open state machine', url: consoleUrl(loc.region, 'states/home', `/statemachines/view/${stateMachineArn}`) } : undefined,
      ),
      fields: fields(['Status', status], ['State machine', facts.stateMachine], ['Duration', facts.duration], ['Error', facts.error]),
      sections: envelopeSections(event),
      threadKey: executionArn,
      variables: variables({ ExecutionArn: executionArn, ExecutionName: executionName, StateMachineArn: stateMachineArn, StateMachineName: facts.stateMachine, Status: status }),
      facts,
    };
  },
};
