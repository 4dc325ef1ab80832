/**
 * AWS-managed policies the service knows without asking IAM: a copy of their default version in
 * src/permissions/managed-policies/ (where it came from and how to refresh it: that folder's
 * README). Any other ARN is undefined here; the PolicyDocuments adapter may then fetch it.
 */
import type { NamedPolicy, PolicyDocument } from '../../ports/aws.js';
import readOnly from '../managed-policies/ReadOnlyAccess.json' with { type: 'json' };
import cloudWatchReadOnly from '../managed-policies/CloudWatchReadOnlyAccess.json' with { type: 'json' };
import support from '../managed-policies/AWSSupportAccess.json' with { type: 'json' };
import resourceExplorerReadOnly from '../managed-policies/AWSResourceExplorerReadOnlyAccess.json' with { type: 'json' };
import qDeveloper from '../managed-policies/AmazonQDeveloperAccess.json' with { type: 'json' };
import lambdaReadOnly from '../managed-policies/AWSLambda_ReadOnlyAccess.json' with { type: 'json' };
import powerUser from '../managed-policies/PowerUserAccess.json' with { type: 'json' };
import administrator from '../managed-policies/AdministratorAccess.json' with { type: 'json' };
import viewOnly from '../managed-policies/ViewOnlyAccess.json' with { type: 'json' };

interface StoredPolicy {
  arn: string;
  versionId: string;
  document: unknown;
}

const STORED: readonly StoredPolicy[] = [
  readOnly, cloudWatchReadOnly, support, resourceExplorerReadOnly, qDeveloper, lambdaReadOnly, powerUser, administrator, viewOnly,
];
const BY_ARN: ReadonlyMap<string, StoredPolicy> = new Map(STORED.map((p) => [p.arn, p]));

/** The ARNs known here, e.g. for documentation or a config check. */
export const KNOWN_MANAGED_POLICY_ARNS: readonly string[] = STORED.map((p) => p.arn);

/** The stored default version of an AWS-managed policy, named by its ARN; undefined when not stored. */
export function knownManagedPolicy(arn: string): NamedPolicy | undefined {
  const p = BY_ARN.get(arn);
  // A deep copy, so a caller can't change the shared document.
  return p && { name: p.arn, document: structuredClone(p.document) as PolicyDocument };
}

/** The stored version id (v188…) of a known policy, to compare with IAM's DefaultVersionId. */
export function knownManagedPolicyVersion(arn: string): string | undefined {
  return BY_ARN.get(arn)?.versionId;
}
