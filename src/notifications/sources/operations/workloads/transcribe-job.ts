import type { SourceEvent } from '../../../source-event.js';
import { consoleUrl } from '../../console.js';
import { getStr } from '../../read.js';
import type { Normalised, SourceDefinition } from '../../types.js';
import { envelopeSections, where } from '../shared/envelope.js';
import { statusPhrase } from '../shared/phrases.js';
import { seg } from '../shared/resource-links.js';
import { RUN_STATUS, severityOf } from '../shared/severity.js';
import { fields, text, variables } from '../shared/values.js';

export const TRANSCRIBE_JOB = 'Transcribe Job State Change';

/**
 * Amazon Transcribe: a transcription job completed or failed.
 * Facts: jobName, status, statusPhrase, failureReason.
 */
export const transcribeJob: SourceDefinition = {
  id: 'transcribe-job',
  matches: [{ source: 'aws.transcribe', detailType: TRANSCRIBE_JOB }],
  normalise(event: SourceEvent): Normalised {
    const d = event.detail;
    const loc = where(event);
    const jobName = text(getStr(d, 'TranscriptionJobName'));
    const status = text(getStr(d, 'TranscriptionJobStatus'));
    const facts = { jobName, status, statusPhrase: statusPhrase(status), failureReason: text(getStr(d, 'FailureReason')) };
    return {
      service: 'Amazon Transcribe',
      severity: severityOf(status, RUN_STATUS),
      title: `Transcription job ${jobName ?? ''} ${facts.statusPhrase ?? 'changed state'}`.replace(/\s+/g, ' '),
      ...loc,
      resources: [],
      links: [{ label: jobName ? 'Open transcription job' : 'Open Transcribe jobs', url: consoleUrl(loc.region, 'transcribe/home', jobName ? `/jobs/${seg(jobName)}` : '/jobs') }],
      fields: fields(['Status', status], ['Job', jobName, false], ['Failure reason', facts.failureReason, false]),
      sections: envelopeSections(event),
      threadKey: jobName ? `aws.transcribe:job/${jobName}` : undefined,
      variables: variables({ TranscriptionJobName: jobName, Status: status }),
      facts,
    };
  },
};
