/** S3 console links (the S3 console is global; the Region goes in the query). */

export function s3BucketUrl(bucket: string, region?: string): string {
  return `https://s3.console.aws.amazon.com/s3/buckets/${encodeURIComponent(bucket)}${region ? `?region=${encodeURIComponent(region)}` : ''}`;
}

export function s3ObjectUrl(bucket: string, key: string, region?: string, versionId?: string): string {
  const query = new URLSearchParams({ ...(region ? { region } : {}), prefix: key, ...(versionId ? { versionId } : {}) });
  return `https://s3.console.aws.amazon.com/s3/object/${encodeURIComponent(bucket)}?${query.toString()}`;
}
