import type { SourceEvent } from '../../../source-event.js';
import { consoleUrl } from '../../console.js';
import { get, getArr, getStr, num, parseArn } from '../../read.js';
import type { Normalised, SourceDefinition } from '../../types.js';
import { envelopeSections, where } from '../shared/envelope.js';
import { consoleLinkFromEvent, links } from '../shared/links.js';
import { statusPhrase } from '../shared/phrases.js';
import { seg } from '../shared/resource-links.js';
import { severityOf, type SeverityTable } from '../shared/severity.js';
import { durationText } from '../shared/time.js';
import { fields, text, variables } from '../shared/values.js';
import { buildPhases } from './build-phases.js';

export const BUILD_STATE = 'CodeBuild Build State Change';
export const BUILD_PHASE = 'CodeBuild Build Phase Change';

const BUILD_STATUS: SeverityTable = { high: ['FAILED', 'FAULT', 'TIMED_OUT', 'CLIENT_ERROR'], medium: ['STOPPED'], success: ['SUCCEEDED'] };
/** A phase finishing is progress, not news, unless it failed. */
const PHASE_STATUS: SeverityTable = { high: ['FAILED', 'FAULT', 'TIMED_OUT', 'CLIENT_ERROR'], medium: ['STOPPED'] };

/**
 * CodeBuild: a build changed state, or one of its phases completed. Both forms (EventBridge,
 * CodeStar Notifications) carry the same detail. All events of one build share a thread.
 * Facts: project, buildId ("project:uuid"), buildArn, buildNumber, status, statusPhrase,
 * initiator, sourceVersion, sourceLocation, duration, currentPhase, failedPhase, failureContext,
 * completedPhase, completedPhaseStatus, logGroup, logStream, buildComplete.
 */
export const codeBuild: SourceDefinition = {
  id: 'codebuild',
  matches: [BUILD_STATE, BUILD_PHASE].map((detailType) => ({ source: 'aws.codebuild', detailType })),
  normalise(event: SourceEvent): Normalised {
    const d = event.detail;
    const info = get(d, 'additional-information');
    const loc = where(event);
    const buildArn = text(getStr(d, 'build-id')) ?? event.resources.find((r) => parseArn(r)?.resource.startsWith('build/'));
    const buildId = parseArn(buildArn)?.resource.slice('build/'.length) || buildArn;
    const project = text(getStr(d, 'project-name')) ?? buildId?.split(':')[0];
    const isPhase = event.detailType === BUILD_PHASE;
    const status = text(getStr(d, isPhase ? 'completed-phase-status' : 'build-status'));
    const phases = buildPhases(getArr(info, 'phases'));
    const completedPhase = text(getStr(d, 'completed-phase'));
    const facts = {
      project,
      buildId,
      buildArn,
      buildNumber: text(getStr(info, 'build-number')),
      status,
      statusPhrase: statusPhrase(status),
      initiator: text(getStr(info, 'initiator')),
      sourceVersion: text(getStr(info, 'source-version')),
      sourceLocation: text(getStr(info, 'source', 'location')),
      duration: isPhase ? durationText(secondsToMs(num(get(d, 'completed-phase-duration-seconds')))) : phases.duration,
      currentPhase: text(getStr(d, 'current-phase')),
      failedPhase: isPhase ? (severityOf(status, PHASE_STATUS) === 'high' ? completedPhase : undefined) : phases.failedPhase,
      failureContext: isPhase ? contextText(getStr(d, 'completed-phase-context')) : (phases.failureContext ?? contextText(getStr(d, 'current-phase-context'))),
      completedPhase,
      completedPhaseStatus: isPhase ? status : undefined,
      logGroup: text(getStr(info, 'logs', 'group-name')),
      logStream: text(getStr(info, 'logs', 'stream-name')),
      buildComplete: get(info, 'build-complete') === true,
    };
    const account = loc.account ?? parseArn(buildArn)?.account;
    const projectPath = project ? `codesuite/codebuild/${account ? `${account}/` : ''}projects/${seg(project)}` : 'codesuite/codebuild/projects';
    return {
      service: 'AWS CodeBuild',
      severity: severityOf(status, isPhase ? PHASE_STATUS : BUILD_STATUS),
      title: `Build ${project ?? ''}${facts.buildNumber ? ` #${facts.buildNumber}` : ''}${isPhase && completedPhase ? `: phase ${completedPhase}` : ''} ${facts.statusPhrase ?? 'changed state'}`.replace(/\s+/g, ' '),
      ...loc,
      resources: buildArn ? [{ id: buildArn, type: 'CodeBuild build' }] : [],
      links: links(
        project && buildId
          ? { label: 'Open build', url: consoleUrl(loc.region, `${projectPath}/build/${seg(buildId)}`) }
          : { label: 'Open CodeBuild project', url: consoleUrl(loc.region, projectPath) },
        consoleLinkFromEvent('Open build logs', text(getStr(info, 'logs', 'deep-link'))),
      ),
      fields: fields(['Status', status], ['Project', project], ['Phase', completedPhase ?? facts.failedPhase], ['Duration', facts.duration], ['Build ID', buildId, false]),
      sections: [...phases.sections, ...envelopeSections(event)],
      threadKey: buildArn ?? (buildId ? `aws.codebuild:build/${buildId}` : undefined),
      variables: variables({
        ProjectName: project,
        BuildId: buildId,
        BuildArn: buildArn,
        BuildNumber: facts.buildNumber,
        Status: status,
        LogGroup: facts.logGroup,
        LogStream: facts.logStream,
        SourceVersion: facts.sourceVersion,
      }),
      facts,
    };
  },
};

function secondsToMs(s: number | undefined): number | undefined {
  return s === undefined ? undefined : s * 1000;
}

/** CodeBuild writes contexts as "[...]" strings; "[]" and "[: ]" mean nothing. */
function contextText(raw: string | undefined): string | undefined {
  const t = text(raw)?.replace(/^\[|\]$/g, '').trim();
  return t && t !== ':' ? t : undefined;
}

