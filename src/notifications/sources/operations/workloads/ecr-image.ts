import type { SourceEvent } from '../../../source-event.js';
import { consoleUrl } from '../../console.js';
import { getStr } from '../../read.js';
import type { Normalised, SourceDefinition } from '../../types.js';
import { envelopeSections, where } from '../shared/envelope.js';
import { seg } from '../shared/resource-links.js';
import { fields, statusToken, text, variables } from '../shared/values.js';

export const IMAGE_ACTION = 'ECR Image Action';

const ACTION_PHRASES: Record<string, string> = { PUSH: 'pushed', DELETE: 'deleted' };

/**
 * Amazon ECR: an image was pushed or deleted (or the action failed).
 * Facts: repository, digest, shortDigest, tag, action, actionPhrase, result, failed, imageUri.
 */
export const ecrImageAction: SourceDefinition = {
  id: 'ecr-image-action',
  matches: [{ source: 'aws.ecr', detailType: IMAGE_ACTION }],
  normalise(event: SourceEvent): Normalised {
    const d = event.detail;
    const loc = where(event);
    const repository = text(getStr(d, 'repository-name'));
    const digest = text(getStr(d, 'image-digest'));
    const tag = text(getStr(d, 'image-tag'));
    const action = statusToken(text(getStr(d, 'action-type')));
    const result = statusToken(text(getStr(d, 'result')));
    const failed = result === 'FAILURE' || result === 'FAILED';
    const imageUri = repository && loc.account && loc.region ? `${loc.account}.dkr.ecr.${loc.region}.amazonaws.com/${repository}${tag ? `:${tag}` : digest ? `@${digest}` : ''}` : undefined;
    const actionPhrase = (action && ACTION_PHRASES[action]) ?? action?.toLowerCase() ?? 'changed';
    const facts = { repository, digest, shortDigest: digest?.replace(/^sha256:/, '').slice(0, 12), tag, action, actionPhrase, result, failed, imageUri };
    const repoPath = repository && loc.account ? `ecr/repositories/private/${loc.account}/${seg(repository)}` : 'ecr/private-registry/repositories';
    return {
      service: 'Amazon ECR',
      severity: failed ? 'high' : 'info',
      title: `ECR image ${repository ?? ''}${tag ? `:${tag}` : ''} ${failed ? `${action?.toLowerCase() ?? 'action'} failed` : actionPhrase}`.replace(/\s+/g, ' '),
      ...loc,
      resources: repository && loc.account && loc.region ? [{ id: `arn:aws:ecr:${loc.region}:${loc.account}:repository/${repository}`, type: 'ECR repository' }] : [],
      links: [
        repository && loc.account && digest && action !== 'DELETE'
          ? { label: 'Open image', url: consoleUrl(loc.region, `${repoPath}/_/image/${digest}/details`) }
          : { label: repository ? 'Open repository' : 'Open ECR', url: consoleUrl(loc.region, repoPath) },
      ],
      fields: fields(['Action', action], ['Result', result], ['Repository', repository], ['Tag', tag], ['Digest', digest, false]),
      sections: envelopeSections(event),
      threadKey: repository && digest ? `aws.ecr:image/${repository}@${digest}` : undefined,
      variables: variables({ RepositoryName: repository, ImageDigest: digest, ImageTag: tag, ImageUri: imageUri }),
      facts,
    };
  },
};
