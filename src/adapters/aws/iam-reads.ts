/**
 * The IAM reads the permission pre-check needs, over SDK v3: a managed policy's default version
 * (GetPolicy → DefaultVersionId → GetPolicyVersion), a role's attached policy ARNs and inline
 * policies (following Marker pagination). IAM returns documents URL-encoded (RFC 3986); they are
 * decoded and parsed here. Each call has a time limit; failures are thrown as the SDK gave them.
 */
import { GetPolicyCommand, GetPolicyVersionCommand, GetRolePolicyCommand, ListAttachedRolePoliciesCommand, ListRolePoliciesCommand, type IAMClient } from '@aws-sdk/client-iam';
import type { PolicyDocument } from '../../ports/aws.js';
import { withinTimeLimit } from './time-limit.js';

export interface IamReader {
  client: IAMClient;
  timeoutMs: number;
}

/** A policy document as IAM returns it (URL-encoded JSON, or plain JSON) → the document. */
export function decodePolicyDocument(text: string): PolicyDocument {
  const json = text.trimStart().startsWith('{') ? text : decodeURIComponent(text);
  const doc: unknown = JSON.parse(json);
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new Error('the policy document is not a JSON object');
  return doc as PolicyDocument;
}

function send<T>(r: IamReader, call: (client: IAMClient, abortSignal: AbortSignal) => Promise<T>): Promise<T> {
  return withinTimeLimit(r.timeoutMs, (abortSignal) => call(r.client, abortSignal));
}

/** The default version of a managed policy. */
export async function readManagedPolicy(r: IamReader, arn: string): Promise<PolicyDocument> {
  const { Policy } = await send(r, (c, abortSignal) => c.send(new GetPolicyCommand({ PolicyArn: arn }), { abortSignal }));
  if (!Policy?.DefaultVersionId) throw new Error(`IAM gave no default version for ${arn}`);
  const versionId = Policy.DefaultVersionId;
  const { PolicyVersion } = await send(r, (c, abortSignal) => c.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: versionId }), { abortSignal }));
  if (!PolicyVersion?.Document) throw new Error(`IAM gave no document for ${arn} ${versionId}`);
  return decodePolicyDocument(PolicyVersion.Document);
}

/** Every page of a Marker-paginated list. */
async function allPages<T>(page: (marker: string | undefined) => Promise<{ items: T[]; next?: string }>): Promise<T[]> {
  const items: T[] = [];
  let marker: string | undefined;
  for (let pages = 0; pages < 100; pages++) {
    const answer = await page(marker);
    items.push(...answer.items);
    if (!answer.next) return items;
    marker = answer.next;
  }
  throw new Error('IAM kept answering with more pages (over 100)');
}

/** The ARNs of the managed policies attached to a role. */
export function listAttachedPolicyArns(r: IamReader, roleName: string): Promise<string[]> {
  return allPages(async (Marker) => {
    const a = await send(r, (c, abortSignal) => c.send(new ListAttachedRolePoliciesCommand({ RoleName: roleName, Marker }), { abortSignal }));
    return { items: (a.AttachedPolicies ?? []).map((p) => p.PolicyArn ?? '').filter(Boolean), next: a.IsTruncated ? a.Marker : undefined };
  });
}

/** The names of a role's inline policies. */
export function listInlinePolicyNames(r: IamReader, roleName: string): Promise<string[]> {
  return allPages(async (Marker) => {
    const a = await send(r, (c, abortSignal) => c.send(new ListRolePoliciesCommand({ RoleName: roleName, Marker }), { abortSignal }));
    return { items: a.PolicyNames ?? [], next: a.IsTruncated ? a.Marker : undefined };
  });
}

/** One inline policy of a role. */
export async function readInlinePolicy(r: IamReader, roleName: string, policyName: string): Promise<PolicyDocument> {
  const a = await send(r, (c, abortSignal) => c.send(new GetRolePolicyCommand({ RoleName: roleName, PolicyName: policyName }), { abortSignal }));
  if (!a.PolicyDocument) throw new Error(`IAM gave no document for the inline policy ${policyName} of ${roleName}`);
  return decodePolicyDocument(a.PolicyDocument);
}
