/**
 * The deny list: operations never run from chat, whatever the roles allow, refused before any
 * prompt. Taken from the reference documents:
 * - ../shared/seeds/000_72a7df4364767a6d.txt, "Non-supported operations" (the JSON policy of
 *   denied actions, the newest and longest list), and
 * - ../shared/seeds/004_e3eb6ded545af89a.txt, "Non-supported Operations" / "Non-supported
 *   Permissions" (the same list in prose, plus cognito-idp:GetSigningCertificate and the
 *   lightsail spelling GetInstanceAccessDetail, which the real API spells ...Details).
 * Entries marked "ours" follow the documents' rule ("users cannot display or decrypt secret keys
 * or key pairs for any AWS service, or pass IAM credentials") for operations they don't name.
 *
 * Keys are IAM actions (`prefix:Operation`), compared without case as IAM does.
 */

/** Whole services: every operation is refused. */
const DENIED_SERVICES: Readonly<Record<string, string>> = {
  iam: 'IAM manages who may do what in the account',
  kms: 'KMS holds encryption keys',
  sts: 'STS hands out credentials',
  secretsmanager: 'Secrets Manager holds secrets',
  sso: 'IAM Identity Center hands out sign-in credentials',
  'sso-admin': 'IAM Identity Center manages who may sign in to what',
  'sso-oidc': 'IAM Identity Center hands out sign-in tokens',
  identitystore: 'the identity store holds users and groups',
  'cognito-idp': 'Cognito user pools hold users and their credentials',
  'cognito-identity': 'Cognito identity pools hand out credentials',
  chatbot: 'chat configurations are not changed from the chat they control',
  sdb: 'SimpleDB is not supported from chat',
};

/** Single operations, by IAM action. */
const DENIED_ACTIONS: Readonly<Record<string, string>> = {
  'appsync:ListApiKeys': 'it would show API keys',
  'codecommit:GetFile': 'it would show source code',
  'codecommit:GetCommit': 'it would show source code',
  'codecommit:GetDifferences': 'it would show source code',
  'connect:GetFederationToken': 'it would hand out credentials',
  'dynamodb:BatchGetItem': 'it would show table data',
  'dynamodb:GetItem': 'it would show table data',
  'ec2:GetPasswordData': "it would show an instance's administrator password",
  'ecr:GetAuthorizationToken': 'it would hand out a registry login token',
  'ecr:GetLogin': 'it would hand out a registry login token',
  'gamelift:RequestUploadCredentials': 'it would hand out credentials',
  'gamelift:GetInstanceAccess': 'it would hand out instance access credentials',
  'lightsail:DownloadDefaultKeyPair': 'it would show a private key',
  'lightsail:GetInstanceAccessDetail': 'it would hand out instance access credentials',
  'lightsail:GetInstanceAccessDetails': 'it would hand out instance access credentials',
  'lightsail:GetKeyPair': 'it would show key pairs',
  'lightsail:GetKeyPairs': 'it would show key pairs',
  'lightsail:UpdateRelationalDatabase': "it can change a database's master password",
  'redshift:GetClusterCredentials': 'it would hand out database credentials',
  'storagegateway:DescribeChapCredentials': 'it would show CHAP secrets',
  's3:GetObject': 'it would show the contents of an object',
  's3:HeadObject': 'it reads objects, which chat does not do',
  's3:PutObject': 'it writes objects, which chat does not do',
  's3:GetBucketPolicy': 'it would show a bucket policy',
  'snowball:GetJobUnlockCode': 'it would show a device unlock code',
  // ours: the same kind of credential-issuing operations the documents name for other services
  'ecr-public:GetAuthorizationToken': 'it would hand out a registry login token',
  'codeartifact:GetAuthorizationToken': 'it would hand out a repository login token',
  'redshift:GetClusterCredentialsWithIAM': 'it would hand out database credentials',
  'redshift-serverless:GetCredentials': 'it would hand out database credentials',
};

/** CLI service names whose IAM prefix is different (the rest are the same). */
const IAM_PREFIXES: Readonly<Record<string, string>> = {
  s3api: 's3',
  s3: 's3',
  s3control: 's3',
  elbv2: 'elasticloadbalancing',
  elb: 'elasticloadbalancing',
  stepfunctions: 'states',
  configservice: 'config',
  deploy: 'codedeploy',
  'bedrock-agent-runtime': 'bedrock',
  'bedrock-runtime': 'bedrock',
  resourcegroupstaggingapi: 'tag',
};

const SERVICES = new Map(Object.entries(DENIED_SERVICES).map(([k, v]) => [k.toLowerCase(), v]));
const ACTIONS = new Map(Object.entries(DENIED_ACTIONS).map(([k, v]) => [k.toLowerCase(), v]));

/** The IAM service prefix of a CLI service name: s3api → s3, elbv2 → elasticloadbalancing. */
export function iamPrefix(cliService: string): string {
  return IAM_PREFIXES[cliService] ?? cliService;
}

/** The IAM action an operation needs: (ec2, DescribeInstances) → ec2:DescribeInstances. */
export function iamAction(cliService: string, operation: string): string {
  return `${iamPrefix(cliService)}:${operation}`;
}

/**
 * Why an operation is never run from chat, in words for the user, or undefined when it may run.
 * `service` is the CLI service name (s3api, ec2…), `operation` the API name (GetObject).
 */
export function deniedReason(service: string, operation: string): string | undefined {
  const prefix = iamPrefix(service).toLowerCase();
  const action = iamAction(service, operation);
  const whole = SERVICES.get(prefix);
  if (whole) return `${action} is never run from chat: ${whole}, so all ${iamPrefix(service)} commands are on the deny list.`;
  const one = ACTIONS.get(action.toLowerCase());
  if (one) return `${action} is never run from chat: ${one}. It is on the deny list.`;
  return undefined;
}
