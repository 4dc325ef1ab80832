import type { SourceEvent } from '../../../source-event.js';
import { consoleUrl } from '../../console.js';
import { getStr } from '../../read.js';
import type { Normalised, SourceDefinition } from '../../types.js';
import { envelopeSections, where } from '../shared/envelope.js';
import { statusPhrase } from '../shared/phrases.js';
import { RUN_STATUS, severityOf } from '../shared/severity.js';
import { fields, text, variables } from '../shared/values.js';

export const TRANSLATION_JOB = 'Translate TextTranslationJob State Change';

/**
 * Amazon Translate: a batch translation job changed status (COMPLETED_WITH_ERROR is medium).
 * Facts: jobId, status, statusPhrase.
 */
export const translateJob: SourceDefinition = {
  id: 'translate-job',
  matches: [{ source: 'aws.translate', detailType: TRANSLATION_JOB }],
  normalise(event: SourceEvent): Normalised {
    const d = event.detail;
    const loc = where(event);
    const jobId = text(getStr(d, 'jobId'));
    const status = text(getStr(d, 'jobStatus'));
    const facts = { jobId, status, statusPhrase: statusPhrase(status) };
    return {
      service: 'Amazon Translate',
      severity: severityOf(status, RUN_STATUS),
      title: `Translation job ${jobId ?? ''} ${facts.statusPhrase ?? 'changed status'}`.replace(/\s+/g, ' '),
      ...loc,
      resources: [],
      links: [{ label: 'Open batch translations', url: consoleUrl(loc.region, 'translate/home', 'batchtranslation') }],
      fields: fields(['Status', status], ['Job ID', jobId, false]),
      sections: envelopeSections(event),
      threadKey: jobId ? `aws.translate:job/${jobId}` : undefined,
      variables: variables({ JobId: jobId, Status: status }),
      facts,
    };
  },
};
