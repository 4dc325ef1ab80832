import type { SourceEvent } from '../../../source-event.js';
import { consoleUrl } from '../../console.js';
import { getStr } from '../../read.js';
import type { Normalised, SourceDefinition } from '../../types.js';
import { envelopeSections, where } from '../shared/envelope.js';
import { statusPhrase } from '../shared/phrases.js';
import { seg } from '../shared/resource-links.js';
import { RUN_STATUS, severityOf } from '../shared/severity.js';
import { fields, text, variables } from '../shared/values.js';

export const JOB_STATE = 'Glue Job State Change';

/**
 * AWS Glue: a job run changed state (SUCCEEDED, FAILED, TIMEOUT, STOPPED…), with Glue's message.
 * Facts: jobName, jobRunId, state, statusPhrase, message, glueSeverity.
 */
export const glueJob: SourceDefinition = {
  id: 'glue-job',
  matches: [{ source: 'aws.glue', detailType: JOB_STATE }],
  normalise(event: SourceEvent): Normalised {
    const d = event.detail;
    const loc = where(event);
    const jobName = text(getStr(d, 'jobName'));
    const jobRunId = text(getStr(d, 'jobRunId'));
    const state = text(getStr(d, 'state'));
    const facts = { jobName, jobRunId, state, statusPhrase: statusPhrase(state), message: text(getStr(d, 'message')), glueSeverity: text(getStr(d, 'severity')) };
    return {
      service: 'AWS Glue',
      severity: severityOf(state, RUN_STATUS),
      title: `Glue job ${jobName ?? ''} ${facts.statusPhrase ?? 'changed state'}`.replace(/\s+/g, ' '),
      ...loc,
      resources: jobName && loc.account && loc.region ? [{ id: `arn:aws:glue:${loc.region}:${loc.account}:job/${jobName}`, type: 'Glue job' }] : [],
      links: [
        jobName
          ? { label: jobRunId ? 'Open job run' : 'Open job', url: consoleUrl(loc.region, 'gluestudio/home', `/job/${seg(jobName)}/${jobRunId ? `run/${jobRunId}` : 'runs'}`) }
          : { label: 'Open Glue jobs', url: consoleUrl(loc.region, 'gluestudio/home', '/jobs') },
      ],
      fields: fields(['State', state], ['Job', jobName], ['Run ID', jobRunId, false]),
      sections: envelopeSections(event),
      threadKey: jobRunId ? `aws.glue:job-run/${jobRunId}` : undefined,
      variables: variables({ JobName: jobName, JobRunId: jobRunId, State: state }),
      facts,
    };
  },
};
