import type { CardSection } from '../../../../core/card.js';
import type { SourceEvent } from '../../../source-event.js';
import { consoleUrl } from '../../console.js';
import { getStr } from '../../read.js';
import type { Normalised, SourceDefinition } from '../../types.js';
import { envelopeSections, where } from '../shared/envelope.js';
import { consoleLinkFromEvent, links } from '../shared/links.js';
import { statusPhrase } from '../shared/phrases.js';
import { seg } from '../shared/resource-links.js';
import { severityOf, type SeverityTable } from '../shared/severity.js';
import { fields, lastPart, statusToken, text, variables } from '../shared/values.js';
import { codeStarExtras } from './codestar.js';
import { pipelineSource } from './pipeline-source.js';

export const PIPELINE_EXECUTION = 'CodePipeline Pipeline Execution State Change';
export const STAGE_EXECUTION = 'CodePipeline Stage Execution State Change';
export const ACTION_EXECUTION = 'CodePipeline Action Execution State Change';

/**
 * CodePipeline: a pipeline execution, a stage or an action changed state. One definition reads
 * both forms: the EventBridge event and the CodeStar Notifications message (which adds
 * failed actions and source revisions in `additionalAttributes`). All events of one pipeline
 * execution share a thread.
 * Facts: pipeline, executionId, stage, action, state, statusPhrase, provider, category,
 * awaitingApproval, externalSummary, externalId, errorCode, failedStage, failedActions,
 * additionalInformation, source (see pipeline-source.ts), stopComments, attempt, viaCodeStar.
 */
export const codePipeline: SourceDefinition = {
  id: 'codepipeline',
  matches: [PIPELINE_EXECUTION, STAGE_EXECUTION, ACTION_EXECUTION].map((detailType) => ({ source: 'aws.codepipeline', detailType })),
  normalise(event: SourceEvent): Normalised {
    const d = event.detail;
    const loc = where(event);
    const extras = codeStarExtras(event);
    const pipeline = text(getStr(d, 'pipeline')) ?? lastPart(event.resources[0]);
    const executionId = text(getStr(d, 'execution-id'));
    const state = text(getStr(d, 'state'));
    const stage = text(getStr(d, 'stage'));
    const action = text(getStr(d, 'action'));
    const category = text(getStr(d, 'type', 'category'));
    const awaitingApproval = event.detailType === ACTION_EXECUTION && category === 'Approval' && statusToken(state) === 'STARTED';
    const facts = {
      pipeline,
      executionId,
      stage,
      action,
      state,
      statusPhrase: statusPhrase(state),
      provider: text(getStr(d, 'type', 'provider')),
      category,
      awaitingApproval,
      externalSummary: text(getStr(d, 'execution-result', 'external-execution-summary')),
      externalId: text(getStr(d, 'execution-result', 'external-execution-id')),
      errorCode: text(getStr(d, 'execution-result', 'error-code')),
      failedStage: extras.failedStage,
      failedActions: extras.failedActions.map((a) => [a.action, a.information].filter(Boolean).join(': ')),
      additionalInformation: extras.additionalInformation,
      source: pipelineSource(d, extras),
      stopComments: text(getStr(d, 'stop-execution-comments')),
      attempt: text(getStr(d, 'pipeline-execution-attempt')),
      viaCodeStar: extras.viaCodeStar,
    };
    const pipelinePath = pipeline ? `codesuite/codepipeline/pipelines/${seg(pipeline)}` : 'codesuite/codepipeline/pipelines';
    const subject = [pipeline ? `Pipeline ${pipeline}` : 'Pipeline', stage && event.detailType !== PIPELINE_EXECUTION ? `stage ${stage}` : undefined, action ? `action ${action}` : undefined];
    return {
      service: 'AWS CodePipeline',
      severity: awaitingApproval ? 'medium' : severityOf(state, tableFor(event.detailType)),
      title: `${subject.filter(Boolean).join(', ')} ${facts.statusPhrase ?? 'changed state'}`,
      ...loc,
      resources: event.resources.map((id) => ({ id, type: 'CodePipeline pipeline' })),
      links: links(
        pipeline && executionId
          ? { label: 'Open pipeline execution', url: consoleUrl(loc.region, `${pipelinePath}/executions/${seg(executionId)}/timeline`) }
          : { label: 'Open pipeline', url: consoleUrl(loc.region, pipeline ? `${pipelinePath}/view` : pipelinePath) },
        consoleLinkFromEvent(`Open ${facts.provider ?? 'action'} execution`, text(getStr(d, 'execution-result', 'external-execution-url'))),
      ),
      fields: fields(['State', state], ['Pipeline', pipeline], ['Stage', stage], ['Action', action], ['Execution ID', executionId, false]),
      sections: [...failedActionsSection(facts.failedActions), ...envelopeSections(event)],
      threadKey: executionId ? `aws.codepipeline:execution/${executionId}` : pipeline ? `aws.codepipeline:pipeline/${loc.account ?? ''}/${pipeline}` : undefined,
      variables: variables({
        PipelineName: pipeline,
        ExecutionId: executionId,
        StageName: stage ?? extras.failedStage,
        ActionName: action,
        State: state,
        ExternalExecutionId: facts.externalId,
      }),
      facts,
    };
  },
};

/** A whole pipeline succeeding is news; a stage or action succeeding is progress. */
function tableFor(detailType: string): SeverityTable {
  const table: SeverityTable = { high: ['FAILED'], medium: ['STOPPED'], low: ['CANCELED', 'ABANDONED'] };
  return detailType === PIPELINE_EXECUTION ? { ...table, success: ['SUCCEEDED'] } : table;
}

function failedActionsSection(items: string[]): CardSection[] {
  return items.length ? [{ type: 'list', title: 'Failed actions', items }] : [];
}
