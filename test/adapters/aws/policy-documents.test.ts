import assert from 'node:assert/strict';
import { iamPolicyDocuments, type IamPolicyDocumentsOptions } from '../../../src/adapters/aws/policy-documents.js';
import type { NamedPolicy, PolicyDocuments } from '../../../src/ports/aws.js';
import { startAwsEndpoint, type AwsEndpoint, type AwsReply, type AwsRequest } from '../../support/aws-endpoint/aws-endpoint.js';
import { IAM_XMLNS, iamReply, queryError, xmlText } from '../../support/aws-endpoint/replies.js';
import { RecordingLogger } from '../../support/recording-logger.js';

const ROLE = 'arn:aws:iam::111122223333:role/service-role/ChatRole';
const GUARDRAIL = 'arn:aws:iam::111122223333:policy/AWS-Chatbot-ReadOnly-Commands-Policy';
const LAMBDA = 'arn:aws:iam::111122223333:policy/AWS-Chatbot-LambdaInvoke-Policy';
const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
const MANGLED = 'arn:aws:iam::111122223333:policy/Mangled';
const MINUTE = 60_000;

/** Documents as IAM keeps them (the seeds' Chatbot policies, shortened). */
const DOCS: Record<string, Record<string, unknown>> = {
  [GUARDRAIL]: { Version: '2012-10-17', Statement: [{ Sid: 'DenyReadOnlyCommands', Effect: 'Deny', Action: ['iam:*', 'kms:*', 'sts:*'], Resource: '*' }] },
  [LAMBDA]: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['lambda:invokeAsync', 'lambda:invokeFunction'], Resource: '*' }] },
  [`${ROLE}#ec2-start-stop`]: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['ec2:StartInstances', 'ec2:StopInstances'], Resource: 'arn:aws:ec2:*:111122223333:instance/*' }] },
  [MANGLED]: {},
  /** AWS's current ReadOnlyAccess (v3): it allows more than the copy (below) does. */
  [READ_ONLY]: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['ec2:Describe*', 'newservice:Get*'], Resource: '*' }] },
  [`${ROLE}#logs & alarms`]: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'logs:Get*', Resource: '*' }] },
};
/** IAM returns documents URL-encoded. */
const encoded = (doc: unknown) => xmlText(encodeURIComponent(JSON.stringify(doc, null, 2)));

describe('policy documents (IAM)', () => {
  let endpoint: AwsEndpoint;
  let now: number;
  let refuse: Set<string>;
  let documents: PolicyDocuments & { close(): void };
  const log = new RecordingLogger();
  const clock = { now: () => new Date(now) };

  /** IAM as it answers, two items per page; operations in `refuse` are denied. */
  function iam(req: AwsRequest): AwsReply {
    const p = Object.fromEntries(new URLSearchParams(req.body));
    if (refuse.has(req.operation ?? '')) return queryError('AccessDenied', `User: arn:aws:sts::111122223333:assumed-role/ChatOpsServer/i-0abc is not authorized to perform: iam:${req.operation}`, 403, IAM_XMLNS);
    const page = <T>(items: T[], marker?: string) => {
      const start = Number(marker ?? 0);
      const more = start + 2 < items.length;
      return { items: items.slice(start, start + 2), tail: `<IsTruncated>${more}</IsTruncated>${more ? `<Marker>${start + 2}</Marker>` : ''}` };
    };
    switch (req.operation) {
      case 'GetPolicy':
        if (!DOCS[p.PolicyArn!]) return queryError('NoSuchEntity', `Policy ${p.PolicyArn} does not exist or is not attachable.`, 404, IAM_XMLNS);
        return iamReply('GetPolicy', `<Policy><PolicyName>${p.PolicyArn!.split('/').pop()}</PolicyName><Arn>${p.PolicyArn}</Arn><DefaultVersionId>v3</DefaultVersionId><AttachmentCount>1</AttachmentCount></Policy>`);
      case 'GetPolicyVersion':
        if (p.VersionId !== 'v3') return queryError('NoSuchEntity', 'no such version', 404, IAM_XMLNS);
        if (p.PolicyArn === MANGLED) return iamReply('GetPolicyVersion', '<PolicyVersion><Document>%7B%22Version%22%3A</Document><VersionId>v3</VersionId></PolicyVersion>');
        return iamReply('GetPolicyVersion', `<PolicyVersion><Document>${encoded(DOCS[p.PolicyArn!])}</Document><VersionId>v3</VersionId><IsDefaultVersion>true</IsDefaultVersion></PolicyVersion>`);
      case 'ListAttachedRolePolicies': {
        const { items, tail } = page([GUARDRAIL, READ_ONLY, LAMBDA], p.Marker);
        return iamReply('ListAttachedRolePolicies', `<AttachedPolicies>${items.map((arn) => `<member><PolicyName>${arn.split('/').pop()}</PolicyName><PolicyArn>${arn}</PolicyArn></member>`).join('')}</AttachedPolicies>${tail}`);
      }
      case 'ListRolePolicies': {
        const { items, tail } = page(['ec2-start-stop', 'logs & alarms'], p.Marker);
        return iamReply('ListRolePolicies', `<PolicyNames>${items.map((n) => `<member>${xmlText(n)}</member>`).join('')}</PolicyNames>${tail}`);
      }
      case 'GetRolePolicy':
        return iamReply('GetRolePolicy', `<RoleName>${p.RoleName}</RoleName><PolicyName>${xmlText(p.PolicyName!)}</PolicyName><PolicyDocument>${encoded(DOCS[`${ROLE}#${p.PolicyName}`])}</PolicyDocument>`);
      default:
        return queryError('InvalidAction', `unexpected ${req.operation}`, 400, IAM_XMLNS);
    }
  }

  /** The shipped copy of ReadOnlyAccess, version `copyVersion` (its real document is 90 KB; a stand-in here). */
  const COPY = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['ec2:Describe*'], Resource: '*' }] };
  let copyVersion: string;
  const known = (arn: string): NamedPolicy | undefined => (arn === READ_ONLY ? { name: READ_ONLY, document: structuredClone(COPY) } : undefined);
  const knownVersion = (arn: string): string | undefined => (arn === READ_ONLY ? copyVersion : undefined);
  const open = (over: Partial<IamPolicyDocumentsOptions> = {}) => {
    documents?.close();
    documents = iamPolicyDocuments({ endpoint: endpoint.url, credentials: { accessKeyId: 'AKIDBASEEXAMPLE', secretAccessKey: 'base-secret' }, known, knownVersion, clock, log, ...over });
  };
  const operations = () => endpoint.requests.map((r) => r.operation);

  beforeEach(async () => {
    now = Date.parse('2026-12-06T08:00:00Z');
    refuse = new Set();
    copyVersion = 'v3';
    endpoint = await startAwsEndpoint(iam);
    open();
  });
  afterEach(async () => {
    documents.close();
    await endpoint.close();
  });

  describe('a managed policy', () => {
    it("reads the default version's URL-encoded document, from IAM in us-east-1", async () => {
      assert.deepEqual(await documents.managedPolicy(GUARDRAIL), { name: GUARDRAIL, document: DOCS[GUARDRAIL] });
      assert.deepEqual(operations(), ['GetPolicy', 'GetPolicyVersion']);
      assert.equal(new URLSearchParams(endpoint.requests[1]?.body).get('VersionId'), 'v3');
      assert.match(String(endpoint.requests[0]?.headers.authorization), /Credential=AKIDBASEEXAMPLE\/\d{8}\/us-east-1\/iam\/aws4_request/);
    });

    it('is undefined when its document is not JSON', async () => {
      assert.equal(await documents.managedPolicy(MANGLED), undefined);
      assert.deepEqual(operations(), ['GetPolicy', 'GetPolicyVersion']);
    });

    it('reads each policy once for the process, even when asked for it concurrently', async () => {
      await Promise.all([documents.managedPolicy(GUARDRAIL), documents.managedPolicy(GUARDRAIL)]);
      now += 24 * 60 * MINUTE;
      await documents.managedPolicy(GUARDRAIL);
      assert.deepEqual(operations(), ['GetPolicy', 'GetPolicyVersion']);
    });

    it('is undefined when it does not exist or may not be read, and IAM is asked again only after a while', async () => {
      const missing = 'arn:aws:iam::111122223333:policy/Gone';
      assert.equal(await documents.managedPolicy(missing), undefined);
      refuse.add('GetPolicy');
      assert.equal(await documents.managedPolicy(LAMBDA), undefined);
      now += 9 * MINUTE;
      assert.equal(await documents.managedPolicy(LAMBDA), undefined);
      assert.deepEqual(operations(), ['GetPolicy', 'GetPolicy']);
      refuse.clear();
      now += 2 * MINUTE;
      assert.deepEqual(await documents.managedPolicy(LAMBDA), { name: LAMBDA, document: DOCS[LAMBDA] });
      assert.ok(log.warnings.some((w) => /AccessDenied/.test(w)));
    });
  });

  describe('an AWS-managed policy with a copy shipped with the service', () => {
    it("uses the copy when IAM's default version is the copy's, asking IAM only for the version id, once", async () => {
      assert.deepEqual(await documents.managedPolicy(READ_ONLY), { name: READ_ONLY, document: COPY });
      now += 24 * 60 * MINUTE;
      await documents.managedPolicy(READ_ONLY);
      assert.deepEqual(operations(), ['GetPolicy']);
    });

    it('reads the newer version from IAM when AWS has updated the policy since the copy', async () => {
      copyVersion = 'v2';
      assert.deepEqual(await documents.managedPolicy(READ_ONLY), { name: READ_ONLY, document: DOCS[READ_ONLY] });
      assert.deepEqual(operations(), ['GetPolicy', 'GetPolicyVersion']);
      assert.equal(new URLSearchParams(endpoint.requests[1]?.body).get('VersionId'), 'v3');
    });

    it('reads the default version from IAM when the copy has no version to compare', async () => {
      open({ knownVersion: undefined });
      assert.deepEqual(await documents.managedPolicy(READ_ONLY), { name: READ_ONLY, document: DOCS[READ_ONLY] });
      assert.deepEqual(operations(), ['GetPolicy', 'GetPolicyVersion']);
    });

    it('is the copy marked unconfirmed when IAM may not be read, and IAM is asked again after a while', async () => {
      refuse.add('GetPolicy');
      assert.deepEqual(await documents.managedPolicy(READ_ONLY), { name: READ_ONLY, document: COPY, unconfirmed: true });
      assert.ok(log.warnings.some((w) => /AccessDenied/.test(w)));
      refuse.clear();
      now += 9 * MINUTE;
      assert.equal((await documents.managedPolicy(READ_ONLY))?.unconfirmed, true);
      now += 2 * MINUTE;
      assert.deepEqual(await documents.managedPolicy(READ_ONLY), { name: READ_ONLY, document: COPY });
      assert.deepEqual(operations(), ['GetPolicy', 'GetPolicy']);
    });

    it('is the copy marked unconfirmed when IAM has a newer version it may not read', async () => {
      copyVersion = 'v2';
      refuse.add('GetPolicyVersion');
      assert.deepEqual(await documents.managedPolicy(READ_ONLY), { name: READ_ONLY, document: COPY, unconfirmed: true });
    });

    it('is the copy marked unconfirmed when IAM is not there at all', async () => {
      open({ endpoint: 'http://127.0.0.1:9', timeoutMs: 2_000 });
      assert.deepEqual(await documents.managedPolicy(READ_ONLY), { name: READ_ONLY, document: COPY, unconfirmed: true });
    });
  });

  describe("a role's policies", () => {
    it('reads the attached and inline policies, every page, named by ARN or role#name', async () => {
      const policies = await documents.rolePolicies(ROLE);
      assert.deepEqual(policies?.map((p) => p.name), [GUARDRAIL, READ_ONLY, LAMBDA, `${ROLE}#ec2-start-stop`, `${ROLE}#logs & alarms`]);
      assert.deepEqual(policies?.[4]?.document, DOCS[`${ROLE}#logs & alarms`]);
      const lists = endpoint.requests.filter((r) => r.operation === 'ListAttachedRolePolicies').map((r) => Object.fromEntries(new URLSearchParams(r.body)));
      assert.deepEqual(lists.map((l) => [l.RoleName, l.Marker]), [['ChatRole', undefined], ['ChatRole', '2']]);
    });

    it('keeps them a few minutes', async () => {
      await documents.rolePolicies(ROLE);
      const calls = endpoint.requests.length;
      now += 4 * MINUTE;
      await documents.rolePolicies(ROLE);
      assert.equal(endpoint.requests.length, calls);
      now += 2 * MINUTE;
      await documents.rolePolicies(ROLE);
      assert.ok(endpoint.requests.length > calls);
    });

    for (const op of ['ListAttachedRolePolicies', 'ListRolePolicies', 'GetRolePolicy', 'GetPolicyVersion']) {
      it(`is undefined, not an error, when ${op} is denied`, async () => {
        refuse.add(op);
        assert.equal(await documents.rolePolicies(ROLE), undefined);
      });
    }

    it('is undefined for something that is not a role ARN', async () => {
      assert.equal(await documents.rolePolicies('arn:aws:iam::111122223333:user/alice'), undefined);
      assert.deepEqual(operations(), []);
    });
  });
});
