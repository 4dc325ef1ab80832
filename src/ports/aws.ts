/**
 * What the command engine needs from AWS: run one operation of a service the command index
 * knows, with the parsed input, in a region. The adapter (src/adapters/aws/) loads the SDK
 * client, signs with the right credentials and turns AWS failures into coded, worded errors.
 */
export interface AwsCall {
  /** Where the client lives, as the command index says (cli, package, clientClass). */
  service: { cli: string; package: string; clientClass: string };
  /** The API operation name (DescribeInstances) and its CLI name (describe-instances). */
  operation: string;
  operationCli: string;
  /** The SDK input: Dates for timestamps, Uint8Arrays for blobs. */
  params: Record<string, unknown>;
  region: string;
  timeoutMs?: number;
  /** Credentials from the permissions layer (an assumed role's session); absent: the service's own (SDK default chain). */
  credentials?: SessionCredentials;
}

export interface AwsAnswer {
  /** The SDK's answer without `$metadata`. */
  output: Record<string, unknown>;
  requestId?: string;
}

export interface AwsPort {
  run(call: AwsCall): Promise<AwsAnswer>;
}

/** Temporary credentials of an assumed-role session (or static keys). */
export interface SessionCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
}

/**
 * One STS AssumeRole: the role, the guardrails as session policies (`PolicyArns`, and an inline
 * `Policy` for the protection policy's extra statement), and who it is for (session name and
 * source identity carry the chat user, so CloudTrail shows who ran what).
 */
export interface RoleSessionRequest {
  roleArn: string;
  externalId?: string;
  /** 2–64 characters of [\w+=,.@-]; the broker cleans and cuts what it is given. */
  sessionName: string;
  sourceIdentity?: string;
  /** Managed policy ARNs passed as session policies (at most 10). */
  policyArns: string[];
  /** An inline session policy (JSON text, at most 2,048 characters). */
  inlinePolicy?: string;
  /** The region whose STS endpoint is called. */
  region: string;
  durationSeconds?: number;
}

export interface AssumedRole {
  credentials: SessionCredentials;
  /** arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION */
  assumedRoleArn?: string;
  /** When the credentials stop working. */
  expiration: Date;
}

/** Gets (and caches until shortly before they expire) credentials for a role session. */
export interface RoleSessions {
  assume(req: RoleSessionRequest): Promise<AssumedRole>;
}

/** An IAM policy document as JSON (Version, Statement). */
export type PolicyDocument = Record<string, unknown>;

/** A named policy document, for the pre-check to name the policy that denies. */
export interface NamedPolicy {
  /** The policy ARN, or `<role ARN>#<inline policy name>` for an inline role policy. */
  name: string;
  document: PolicyDocument;
  /**
   * True for a copy of an AWS-managed policy shipped with the service whose version IAM could not
   * confirm (IAM unreadable, or a newer version that could not be read). Its Deny statements still
   * hold; what it does not allow, AWS's current version may allow, so an implicit denial resting on
   * it is not certain.
   */
  unconfirmed?: true;
}

/**
 * Reads the policy documents the pre-check evaluates: a managed policy's default version
 * (AWS-managed ones may come from a copy shipped with the service), and the policies of a role.
 * Undefined when they can't be read (no permission, not found): the pre-check then can't decide.
 */
export interface PolicyDocuments {
  managedPolicy(arn: string): Promise<NamedPolicy | undefined>;
  /** Every policy attached to the role or inline in it; undefined when any of them can't be read. */
  rolePolicies(roleArn: string): Promise<NamedPolicy[] | undefined>;
}
