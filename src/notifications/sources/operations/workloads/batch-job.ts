import type { SourceEvent } from '../../../source-event.js';
import { consoleUrl } from '../../console.js';
import { get, getArr, getStr, parseArn } from '../../read.js';
import type { Normalised, SourceDefinition } from '../../types.js';
import { envelopeSections, where } from '../shared/envelope.js';
import { links } from '../shared/links.js';
import { statusPhrase } from '../shared/phrases.js';
import { logStreamLink } from '../shared/resource-links.js';
import { RUN_STATUS, severityOf } from '../shared/severity.js';
import { durationText, isoFromEpoch, millisBetween } from '../shared/time.js';
import { fields, lastPart, text, variables } from '../shared/values.js';

export const JOB_STATE = 'Batch Job State Change';

/**
 * AWS Batch: a job changed status. A failed job shows its status reason and the last attempt's
 * exit code and reason, with a link to its log stream.
 * Facts: jobId, jobName, jobArn, jobQueue, jobDefinition, status, statusPhrase, statusReason,
 * exitCode, containerReason, attempts, logStream, duration.
 */
export const batchJob: SourceDefinition = {
  id: 'batch-job',
  matches: [{ source: 'aws.batch', detailType: JOB_STATE }],
  normalise(event: SourceEvent): Normalised {
    const d = event.detail;
    const loc = where(event);
    const jobArn = text(getStr(d, 'jobArn')) ?? event.resources[0];
    const jobId = text(getStr(d, 'jobId')) ?? lastPart(jobArn);
    const status = text(getStr(d, 'status'));
    const attempts = getArr(d, 'attempts');
    const last = attempts[attempts.length - 1];
    const container = get(d, 'container');
    const logStream = text(getStr(container, 'logStreamName')) ?? text(getStr(last, 'container', 'logStreamName'));
    const facts = {
      jobId,
      jobName: text(getStr(d, 'jobName')),
      jobArn,
      jobQueue: lastPart(text(getStr(d, 'jobQueue'))),
      jobDefinition: parseArn(text(getStr(d, 'jobDefinition')))?.resource.replace(/^job-definition\//, '') ?? text(getStr(d, 'jobDefinition')),
      status,
      statusPhrase: statusPhrase(status),
      statusReason: text(getStr(d, 'statusReason')) ?? text(getStr(last, 'statusReason')),
      exitCode: text(getStr(container, 'exitCode')) ?? text(getStr(last, 'container', 'exitCode')),
      containerReason: text(getStr(container, 'reason')) ?? text(getStr(last, 'container', 'reason')),
      attempts: attempts.length,
      logStream,
      duration: durationText(millisBetween(isoFromEpoch(get(d, 'startedAt')), isoFromEpoch(get(d, 'stoppedAt')))),
    };
    return {
      service: 'AWS Batch',
      severity: severityOf(status, RUN_STATUS),
      title: `Batch job ${facts.jobName ?? jobId ?? ''} ${facts.statusPhrase ?? 'changed status'}`.replace(/\s+/g, ' '),
      ...loc,
      resources: jobArn ? [{ id: jobArn, type: 'Batch job' }] : [],
      links: links(
        { label: jobId ? 'Open job' : 'Open Batch jobs', url: consoleUrl(loc.region, 'batch/home', jobId ? `jobs/detail/${jobId}` : 'jobs') },
        logStreamLink(loc.region, logStream ? '/aws/batch/job' : undefined, logStream, 'Open job logs'),
      ),
      fields: fields(['Status', status], ['Queue', facts.jobQueue], ['Exit code', facts.exitCode], ['Job ID', jobId, false]),
      sections: envelopeSections(event),
      threadKey: jobArn ?? (jobId ? `aws.batch:job/${jobId}` : undefined),
      variables: variables({ JobId: jobId, JobName: facts.jobName, JobArn: jobArn, JobQueue: text(getStr(d, 'jobQueue')), Status: status, LogStreamName: logStream }),
      facts,
    };
  },
};
