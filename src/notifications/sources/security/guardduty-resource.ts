import { consoleUrl } from '../console.js';
import { get, getArr, getStr, isRecord } from '../read.js';
import { s3BucketUrl } from './s3-links.js';

/** The resource a GuardDuty finding is about, in words, with a console link where there is one. */
export interface FindingResource {
  /** "EC2 instance", "Access key", "S3 bucket"… */
  kind: string;
  id: string;
  /** "EC2 instance i-0abc (web-1)" */
  label: string;
  /** CloudFormation-style type for the Notification's resources list. */
  type?: string;
  url?: string;
  /** The link button's words: "Open EC2 instance", "Open IAM user". */
  linkLabel?: string;
  /** Names for custom actions: instanceId, accessKeyId, userName, bucketName… */
  variables: Record<string, string | undefined>;
}

/** Reads `detail.resource` of a GuardDuty finding. Undefined when the finding names no resource. */
export function findingResource(detail: unknown, region: string | undefined): FindingResource | undefined {
  const resource = get(detail, 'resource');
  if (!isRecord(resource)) return undefined;
  const type = getStr(resource, 'resourceType') ?? '';

  const instanceId = getStr(resource, 'instanceDetails', 'instanceId');
  if (instanceId && (type === 'Instance' || type === '')) {
    const name = instanceName(resource);
    return {
      kind: 'EC2 instance',
      id: instanceId,
      label: `EC2 instance ${instanceId}${name ? ` (${name})` : ''}`,
      type: 'AWS::EC2::Instance',
      url: consoleUrl(region, 'ec2/home', `InstanceDetails:instanceId=${instanceId}`),
      variables: { instanceId, instanceName: name, instanceType: getStr(resource, 'instanceDetails', 'instanceType') },
    };
  }
  const accessKeyId = getStr(resource, 'accessKeyDetails', 'accessKeyId');
  const userName = getStr(resource, 'accessKeyDetails', 'userName');
  if (type === 'AccessKey' || accessKeyId) {
    const userType = getStr(resource, 'accessKeyDetails', 'userType');
    const who = userName ? ` of ${userType && userType !== 'IAMUser' ? `${userType} ` : ''}${userName}` : '';
    return {
      kind: 'Access key',
      id: accessKeyId ?? userName ?? 'unknown',
      label: `${['Access key', accessKeyId].filter(Boolean).join(' ')}${who}`,
      type: 'AWS::IAM::AccessKey',
      url: userName && userType === 'IAMUser' ? consoleUrl(undefined, 'iam/home', `/users/details/${encodeURIComponent(userName)}`) : undefined,
      linkLabel: 'Open IAM user',
      variables: { accessKeyId, userName, principalId: getStr(resource, 'accessKeyDetails', 'principalId'), userType },
    };
  }
  const bucketName = getStr(getArr(resource, 's3BucketDetails')[0], 'name');
  if (bucketName) {
    return {
      kind: 'S3 bucket',
      id: bucketName,
      label: `S3 bucket ${bucketName}`,
      type: 'AWS::S3::Bucket',
      url: s3BucketUrl(bucketName, region),
      variables: { bucketName },
    };
  }
  return otherResource(resource, type, region);
}

function otherResource(resource: Record<string, unknown>, type: string, _region: string | undefined): FindingResource | undefined {
  const candidates: [string, string | undefined, string][] = [
    ['EKS cluster', getStr(resource, 'eksClusterDetails', 'name'), 'clusterName'],
    ['Lambda function', getStr(resource, 'lambdaDetails', 'functionName'), 'functionName'],
    ['RDS database', getStr(resource, 'rdsDbInstanceDetails', 'dbInstanceIdentifier'), 'dbInstanceIdentifier'],
    ['ECS cluster', getStr(resource, 'ecsClusterDetails', 'name'), 'clusterName'],
    ['Container', getStr(resource, 'containerDetails', 'name'), 'containerName'],
  ];
  for (const [kind, id, variable] of candidates) {
    if (id) return { kind, id, label: `${kind} ${id}`, variables: { [variable]: id } };
  }
  return type ? { kind: type, id: type, label: type, variables: {} } : undefined;
}

function instanceName(resource: Record<string, unknown>): string | undefined {
  for (const tag of getArr(resource, 'instanceDetails', 'tags')) {
    if (getStr(tag, 'key') === 'Name' || getStr(tag, 'Key') === 'Name') return getStr(tag, 'value') ?? getStr(tag, 'Value');
  }
  return undefined;
}
