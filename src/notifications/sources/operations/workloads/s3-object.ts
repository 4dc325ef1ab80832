import type { SourceEvent } from '../../../source-event.js';
import { consoleUrl } from '../../console.js';
import { get, getStr, num, parseArn } from '../../read.js';
import type { Normalised, SourceDefinition } from '../../types.js';
import { envelopeSections, where } from '../shared/envelope.js';
import { withQuery } from '../shared/links.js';
import { seg } from '../shared/resource-links.js';
import { bytesText } from '../shared/size.js';
import { fields, text, variables } from '../shared/values.js';

export const OBJECT_CREATED = 'Object Created';
export const OBJECT_DELETED = 'Object Deleted';
export const OBJECT_RESTORE_COMPLETED = 'Object Restore Completed';

/**
 * Amazon S3 (EventBridge notifications): an object was created, deleted, or restored from an
 * archive storage class.
 * Facts: bucket, key, fileName, size, versionId, etag, reason, requester, sourceIp,
 * deletionType, deleteMarker, restoreExpiry, sourceStorageClass.
 */
export const s3Object: SourceDefinition = {
  id: 's3-object',
  matches: [OBJECT_CREATED, OBJECT_DELETED, OBJECT_RESTORE_COMPLETED].map((detailType) => ({ source: 'aws.s3', detailType })),
  normalise(event: SourceEvent): Normalised {
    const d = event.detail;
    const loc = where(event);
    const bucket = text(getStr(d, 'bucket', 'name')) ?? bucketFromResources(event.resources);
    const key = text(getStr(d, 'object', 'key'));
    const deletionType = text(getStr(d, 'deletion-type'));
    const facts = {
      bucket,
      key,
      fileName: key?.split('/').pop(),
      size: bytesText(num(get(d, 'object', 'size'))),
      versionId: text(getStr(d, 'object', 'version-id')),
      etag: text(getStr(d, 'object', 'etag')),
      reason: text(getStr(d, 'reason')),
      requester: text(getStr(d, 'requester')),
      sourceIp: text(getStr(d, 'source-ip-address')),
      deletionType,
      deleteMarker: deletionType === 'Delete Marker Created',
      restoreExpiry: text(getStr(d, 'restore-expiry-time')),
      sourceStorageClass: text(getStr(d, 'source-storage-class')),
    };
    const deleted = event.detailType === OBJECT_DELETED;
    const verb = deleted ? 'deleted from' : event.detailType === OBJECT_CREATED ? 'created in' : 'restored in';
    const folder = key?.includes('/') ? key.slice(0, key.lastIndexOf('/') + 1) : undefined;
    return {
      service: 'Amazon S3',
      severity: deleted ? 'low' : event.detailType === OBJECT_RESTORE_COMPLETED ? 'success' : 'info',
      title: `S3 object ${key ?? ''} ${verb} ${bucket ?? 'a bucket'}`.replace(/\s+/g, ' '),
      ...loc,
      resources: bucket ? [{ id: `arn:aws:s3:::${bucket}${key ? `/${key}` : ''}`, type: 'S3 object' }] : [],
      links: [
        bucket && key && !deleted
          ? { label: 'Open object', url: withQuery(consoleUrl(loc.region, `s3/object/${seg(bucket)}`), { prefix: key, versionId: facts.versionId }) }
          : { label: bucket ? 'Open bucket' : 'Open S3', url: bucket ? withQuery(consoleUrl(loc.region, `s3/buckets/${seg(bucket)}`), { prefix: folder, showversions: deleted ? 'true' : undefined }) : consoleUrl(loc.region, 's3/buckets') },
      ],
      fields: fields(['Bucket', bucket], ['Size', facts.size], ['Reason', facts.reason], ['Key', key, false]),
      sections: envelopeSections(event),
      threadKey: bucket && key ? `aws.s3:object/${bucket}/${key}` : undefined,
      variables: variables({ BucketName: bucket, ObjectKey: key, VersionId: facts.versionId, Requester: facts.requester, SourceIPAddress: facts.sourceIp }),
      facts,
    };
  },
};

function bucketFromResources(resources: string[]): string | undefined {
  const arn = resources.map((r) => parseArn(r)).find((a) => a?.service === 's3');
  return arn?.resource.split('/')[0] || undefined;
}
