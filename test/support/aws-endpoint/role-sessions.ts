/**
 * For end-to-end tests of the permissions layer: the local AWS endpoint answers STS AssumeRole
 * with temporary credentials whose access key id names the role (ASIA + the role's name), so a
 * test can tell from a signed request which role it ran as; IAM reads answer from the test's
 * role policies (or AccessDenied, so the pre-check can't read them); anything else goes on to the
 * test's own handler.
 */
import type { AwsReply, AwsRequest } from './aws-endpoint.js';
import { IAM_XMLNS, iamReply, queryError, stsAssumeRoleReply, xmlText } from './replies.js';

/** The channel role the e2e suites give their channels. */
export const TEST_CHANNEL_ROLE = 'arn:aws:iam::111122223333:role/ChatOpsChannel';

/**
 * chatops.yml lines for a configuration (indented to its keys): the production account with
 * TEST_CHANNEL_ROLE, and PowerUserAccess instead of the protection policy as the guardrail, so
 * commands that change something (stop, reboot) are allowed.
 */
export const CHANNEL_ROLE_ACCESS = `    protectionPolicy: false
    guardrailPolicyArns: [arn:aws:iam::aws:policy/PowerUserAccess]
    accounts:
      - { id: "111122223333", name: production, channelRole: ${TEST_CHANNEL_ROLE} }
`;

/** The access key id of a session of this role: ASIA + its name in capitals (letters and digits). */
export function sessionKeyOf(roleArn: string): string {
  const name = roleArn.slice(roleArn.lastIndexOf('/') + 1).toUpperCase().replace(/[^A-Z0-9]/g, '');
  return `ASIA${name}`.slice(0, 20);
}

/** The AssumeRole requests' form fields, in order. */
export function assumeRoleCalls(requests: readonly AwsRequest[]): URLSearchParams[] {
  return requests.filter((r) => r.operation === 'AssumeRole').map((r) => new URLSearchParams(r.body));
}

/** Which role signed the request (by the session key in its Authorization header), or undefined. */
export function signingKeyOf(request: AwsRequest): string | undefined {
  return /Credential=([A-Z0-9]+)\//.exec(String(request.headers.authorization ?? ''))?.[1];
}

export interface RoleSessionsOptions {
  /** Inline policies per role ARN (name → document); roles not listed can't be read (AccessDenied). */
  rolePolicies?: Record<string, Record<string, unknown>>;
  /** Roles whose AssumeRole is refused (trust policy). */
  untrusted?: string[];
}

export function withRoleSessions(next: (req: AwsRequest) => AwsReply, options: RoleSessionsOptions = {}): (req: AwsRequest) => AwsReply {
  return (req) => {
    const form = new URLSearchParams(req.body);
    if (req.operation === 'AssumeRole') {
      const roleArn = form.get('RoleArn') ?? '';
      if (options.untrusted?.includes(roleArn)) {
        return queryError('AccessDenied', `User: arn:aws:iam::111122223333:user/chatops is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`, 403, 'https://sts.amazonaws.com/doc/2011-06-15/');
      }
      const session = form.get('RoleSessionName') ?? '';
      return stsAssumeRoleReply({
        accessKeyId: sessionKeyOf(roleArn),
        secretAccessKey: 'session-secret-for-tests',
        sessionToken: `token-${session}`,
        expiration: new Date(Date.now() + 3_600_000),
        assumedRoleArn: `${roleArn.replace(':iam::', ':sts::').replace(':role/', ':assumed-role/')}/${session}`,
        ...(form.get('SourceIdentity') ? { sourceIdentity: form.get('SourceIdentity')! } : {}),
      });
    }
    const roleName = form.get('RoleName');
    if (roleName && ['ListAttachedRolePolicies', 'ListRolePolicies', 'GetRolePolicy'].includes(req.operation ?? '')) {
      const policies = Object.entries(options.rolePolicies ?? {}).find(([arn]) => arn.endsWith(`/${roleName}`))?.[1];
      if (!policies) return queryError('AccessDenied', `not allowed: iam:${req.operation}`, 403, IAM_XMLNS);
      if (req.operation === 'ListAttachedRolePolicies') return iamReply('ListAttachedRolePolicies', '<AttachedPolicies/><IsTruncated>false</IsTruncated>');
      if (req.operation === 'ListRolePolicies') return iamReply('ListRolePolicies', `<PolicyNames>${Object.keys(policies).map((n) => `<member>${xmlText(n)}</member>`).join('')}</PolicyNames><IsTruncated>false</IsTruncated>`);
      const name = form.get('PolicyName') ?? '';
      const doc = encodeURIComponent(JSON.stringify(policies[name] ?? {}));
      return iamReply('GetRolePolicy', `<RoleName>${xmlText(roleName)}</RoleName><PolicyName>${xmlText(name)}</PolicyName><PolicyDocument>${doc}</PolicyDocument>`);
    }
    if (['GetPolicy', 'GetPolicyVersion', 'ListAttachedRolePolicies', 'ListRolePolicies', 'GetRolePolicy'].includes(req.operation ?? '')) {
      return queryError('AccessDenied', `not allowed: iam:${req.operation}`, 403, IAM_XMLNS);
    }
    return next(req);
  };
}
