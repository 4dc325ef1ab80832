import assert from 'node:assert/strict';
import { field, shared } from './operations-card.js';

describe('S3 object cards', () => {
  it('says which object was created in which bucket, with its size', () => {
    const n = shared('eventbridge/s3-object-created.json');
    assert.equal(n.title, 'S3 object IMG_m7fzo3.jpg created in example-bucket');
    assert.equal(n.severity, 'info');
    assert.equal(field(n, 'Size'), '180.3 KiB');
    assert.equal(field(n, 'Requester'), '123456789012 from 34.252.34.74');
    assert.equal(n.links[0]?.url, 'https://eu-west-1.console.aws.amazon.com/s3/object/example-bucket?region=eu-west-1&prefix=IMG_m7fzo3.jpg');
    assert.deepEqual({ bucket: n.variables.BucketName, key: n.variables.ObjectKey }, { bucket: 'example-bucket', key: 'IMG_m7fzo3.jpg' });
  });

  it('links to the version that was written when the bucket is versioned', () => {
    const n = shared('eventbridge/s3-object-created-dotnet.json');
    assert.equal(n.links[0]?.url, 'https://ca-central-1.console.aws.amazon.com/s3/object/DOC-EXAMPLE-BUCKET1?region=ca-central-1&prefix=example-key&versionId=IYV3p45BT0ac8hjHg1houSdS1a.Mro8e');
    assert.equal(n.variables.VersionId, 'IYV3p45BT0ac8hjHg1houSdS1a.Mro8e');
  });

  it('explains a delete marker and links to the bucket’s versions', () => {
    const n = shared('eventbridge/s3-object-deleted.json');
    assert.equal(n.title, 'S3 object IMG_m7fzo3.jpg deleted from example-bucket');
    assert.equal(n.severity, 'low');
    assert.equal(n.summary, 'A delete marker now hides the object; earlier versions can still be restored.');
    assert.equal(n.links[0]?.url, 'https://ca-central-1.console.aws.amazon.com/s3/buckets/example-bucket?region=ca-central-1&showversions=true');
  });

  it('says until when a restored copy is available', () => {
    const n = shared('eventbridge/s3-object-restore-completed.json');
    assert.equal(n.title, 'S3 object IMG_m7fzo3.jpg restored from GLACIER in example-bucket');
    assert.equal(n.severity, 'success');
    assert.equal(n.summary, 'The restored copy is available until 2021-11-13 00:00:00 UTC.');
  });
});
