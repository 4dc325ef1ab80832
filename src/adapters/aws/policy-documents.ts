/**
 * PolicyDocuments over IAM: the documents the permission pre-check evaluates. A managed policy is
 * read from IAM once per process; an unreadable one is tried again only after a while. For an
 * AWS-managed policy with a copy shipped with the service (`known`), IAM is asked only for its
 * default version id: the same as the copy's → the copy; another → that version from IAM; IAM
 * unreadable → the copy marked `unconfirmed` (AWS may have allowed more since). A role's policies
 * (attached and inline) are kept a few minutes. Anything unreadable (no permission, not found,
 * network, a bad document) is undefined, never thrown: the pre-check then can't decide, and the
 * AWS call itself still enforces. IAM is global: its region follows the ARN's partition.
 */
import { GetPolicyCommand, GetPolicyVersionCommand, IAMClient } from '@aws-sdk/client-iam';
import type { NamedPolicy, PolicyDocuments, SessionCredentials } from '../../ports/aws.js';
import { systemClock, type Clock } from '../../ports/clock.js';
import type { Logger } from '../../ports/logger.js';
import { hideKeys } from './aws-error.js';
import { decodePolicyDocument, listAttachedPolicyArns, listInlinePolicyNames, readInlinePolicy, readManagedPolicy, type IamReader } from './iam-reads.js';
import { withinTimeLimit } from './time-limit.js';

export interface IamPolicyDocumentsOptions {
  /** The credentials that read IAM (this server's, not a chat session's); else the SDK's default chain. */
  credentials?: SessionCredentials;
  /** An IAM endpoint URL instead of AWS's (tests); else the SDK's own (AWS_ENDPOINT_URL honoured). */
  endpoint?: string;
  /** Shipped copies of AWS-managed policies (knownManagedPolicy): used while IAM's default version is theirs. */
  known?: (arn: string) => NamedPolicy | undefined;
  /** The version id of a shipped copy (knownManagedPolicyVersion); without it a copy is used only when IAM can't be read. */
  knownVersion?: (arn: string) => string | undefined;
  clock?: Clock;
  log?: Logger;
  /** How long an unreadable managed policy stays unread before IAM is asked again (10 minutes). */
  retryUnreadableAfterMs?: number;
  /** How long a role's policies are kept (5 minutes). */
  rolePoliciesForMs?: number;
  /** The time limit of one IAM call (10 s). */
  timeoutMs?: number;
}

interface Held<T> {
  promise: Promise<T | undefined>;
  at: number;
  /** Known once read: found (kept for the process) or not (kept for a while). */
  found?: boolean;
}

const MAX_HELD = 1000;

/** IAM's region in the ARN's partition. */
function iamRegion(arn: string): string {
  const partition = arn.split(':')[1];
  return partition === 'aws-cn' ? 'cn-north-1' : partition === 'aws-us-gov' ? 'us-gov-west-1' : 'us-east-1';
}

/** IAM's default version id of a managed policy (GetPolicy). */
async function readDefaultVersionId(r: IamReader, arn: string): Promise<string> {
  const { Policy } = await withinTimeLimit(r.timeoutMs, (abortSignal) => r.client.send(new GetPolicyCommand({ PolicyArn: arn }), { abortSignal }));
  if (!Policy?.DefaultVersionId) throw new Error(`IAM gave no default version for ${arn}`);
  return Policy.DefaultVersionId;
}

/** One version of a managed policy (GetPolicyVersion). */
async function readPolicyVersion(r: IamReader, arn: string, versionId: string): Promise<NamedPolicy> {
  const { PolicyVersion } = await withinTimeLimit(r.timeoutMs, (abortSignal) => r.client.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: versionId }), { abortSignal }));
  if (!PolicyVersion?.Document) throw new Error(`IAM gave no document for ${arn} ${versionId}`);
  return { name: arn, document: decodePolicyDocument(PolicyVersion.Document) };
}

/** The role name of a role ARN (the last part of its path), or undefined. */
export function roleNameOf(roleArn: string): string | undefined {
  return /^arn:aws[\w-]*:iam::\d{12}:role\/(?:[\w+=,.@/-]*\/)?([\w+=,.@-]{1,64})$/.exec(roleArn)?.[1];
}

export function iamPolicyDocuments(options: IamPolicyDocumentsOptions = {}): PolicyDocuments & { close(): void } {
  const clock = options.clock ?? systemClock;
  const retryAfter = options.retryUnreadableAfterMs ?? 10 * 60_000;
  const roleFor = options.rolePoliciesForMs ?? 5 * 60_000;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const clients = new Map<string, IAMClient>();
  const managed = new Map<string, Held<NamedPolicy>>();
  const roles = new Map<string, Held<NamedPolicy[]>>();

  function reader(arn: string): IamReader {
    const region = iamRegion(arn);
    let client = clients.get(region);
    if (!client) {
      client = new IAMClient({ region, maxAttempts: 3, ...(options.endpoint ? { endpoint: options.endpoint } : {}), ...(options.credentials ? { credentials: options.credentials } : {}) });
      clients.set(region, client);
    }
    return { client, timeoutMs };
  }

  /** Reads once per key: a found value is kept until `keepFound` passes, a missing one until `retryAfter`. */
  function once<T>(cache: Map<string, Held<T>>, key: string, keepFound: number, read: () => Promise<T>, what: string): Promise<T | undefined> {
    const now = clock.now().getTime();
    const held = cache.get(key);
    if (held && (held.found === undefined || now - held.at < (held.found ? keepFound : retryAfter))) return held.promise;
    const entry: Held<T> = { at: now, promise: Promise.resolve(undefined) };
    entry.promise = read().then(
      (value) => {
        entry.found = true;
        return value;
      },
      (e: unknown) => {
        entry.found = false;
        const err = e as { name?: string; message?: string };
        options.log?.warn('could not read an IAM policy for the permission pre-check', { what, error: err?.name, message: hideKeys(String(err?.message ?? e)).slice(0, 300) });
        return undefined;
      },
    );
    cache.delete(key);
    cache.set(key, entry);
    while (cache.size > MAX_HELD) cache.delete(cache.keys().next().value as string);
    return entry.promise;
  }

  /** The copy while IAM's default version is the copy's, else that version read from IAM. */
  async function confirmed(arn: string, copy: NamedPolicy): Promise<NamedPolicy> {
    const r = reader(arn);
    const versionId = await readDefaultVersionId(r, arn);
    const copyVersion = options.knownVersion?.(arn);
    if (versionId === copyVersion) return copy;
    options.log?.info('IAM has another version of an AWS-managed policy than the copy shipped with the service: IAM\'s is used', { arn, copy: copyVersion, iam: versionId });
    return readPolicyVersion(r, arn, versionId);
  }

  const documents: PolicyDocuments = {
    async managedPolicy(arn: string): Promise<NamedPolicy | undefined> {
      const copy = options.known?.(arn);
      if (!copy) return once(managed, arn, Infinity, async () => ({ name: arn, document: await readManagedPolicy(reader(arn), arn) }), arn);
      return (await once(managed, arn, Infinity, () => confirmed(arn, copy), arn)) ?? { ...copy, unconfirmed: true };
    },

    async rolePolicies(roleArn: string): Promise<NamedPolicy[] | undefined> {
      const roleName = roleNameOf(roleArn);
      if (!roleName) {
        options.log?.warn('not a role ARN: its policies are not read', { roleArn });
        return undefined;
      }
      return once(roles, roleArn, roleFor, async () => {
        const r = reader(roleArn);
        const [arns, names] = await Promise.all([listAttachedPolicyArns(r, roleName), listInlinePolicyNames(r, roleName)]);
        const attached = await Promise.all(arns.map((arn) => documents.managedPolicy(arn)));
        const unread = arns.filter((_, i) => !attached[i]);
        if (unread.length) throw new Error(`attached policies could not be read: ${unread.join(', ')}`);
        const inline = await Promise.all(names.map(async (name) => ({ name: `${roleArn}#${name}`, document: await readInlinePolicy(r, roleName, name) })));
        return [...(attached as NamedPolicy[]), ...inline];
      }, roleArn);
    },
  };
  return {
    ...documents,
    close(): void {
      for (const client of clients.values()) client.destroy();
      clients.clear();
    },
  };
}
