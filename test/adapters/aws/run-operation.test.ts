import assert from 'node:assert/strict';
import { closeAwsClients, runOperation, type RunOperationRequest } from '../../../src/adapters/aws/run-operation.js';
import { AwsCallError } from '../../../src/adapters/aws/aws-error.js';
import { startAwsEndpoint, type AwsEndpoint, type AwsReply, type AwsRequest } from '../../support/aws-endpoint/aws-endpoint.js';
import { ec2Error, ec2Reply, jsonError, jsonReply, REQUEST_ID, restJsonError, restJsonReply } from '../../support/aws-endpoint/replies.js';

const LOGS = { cli: 'logs', package: '@aws-sdk/client-cloudwatch-logs', clientClass: 'CloudWatchLogsClient' };
const EC2 = { cli: 'ec2', package: '@aws-sdk/client-ec2', clientClass: 'EC2Client' };
const LAMBDA = { cli: 'lambda', package: '@aws-sdk/client-lambda', clientClass: 'LambdaClient' };

/** Environment the SDK reads, set per test and restored after. */
const ENV_KEYS = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE', 'AWS_REGION', 'AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE', 'AWS_EC2_METADATA_DISABLED', 'AWS_ENDPOINT_URL', 'AWS_ENDPOINT_URL_CLOUDWATCH_LOGS', 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI', 'AWS_CONTAINER_CREDENTIALS_FULL_URI', 'AWS_WEB_IDENTITY_TOKEN_FILE', 'AWS_ROLE_ARN'];
const SECRET = 'fake/secret+key/never-shown';

describe('running an AWS operation through the SDK', () => {
  let endpoint: AwsEndpoint;
  let reply: (req: AwsRequest) => AwsReply;
  const saved: Record<string, string | undefined> = {};

  beforeEach(async () => {
    for (const k of ENV_KEYS) {
      saved[k] = process.env[k];
      delete process.env[k];
    }
    Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'AKIDFAKEEXAMPLE', AWS_SECRET_ACCESS_KEY: SECRET, AWS_CONFIG_FILE: '/nonexistent/config', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials', AWS_EC2_METADATA_DISABLED: 'true' });
    reply = () => jsonReply({});
    endpoint = await startAwsEndpoint((req) => reply(req));
  });

  afterEach(async () => {
    closeAwsClients();
    await endpoint.close();
    for (const k of ENV_KEYS) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  });

  const run = (req: Partial<RunOperationRequest> & Pick<RunOperationRequest, 'service' | 'operation'>) => runOperation({ params: {}, region: 'us-east-1', endpoint: endpoint.url, ...req });

  async function failure(req: Parameters<typeof run>[0]): Promise<AwsCallError> {
    try {
      await run(req);
    } catch (e) {
      assert.ok(e instanceof AwsCallError, `expected an AwsCallError, got ${String(e)}`);
      return e;
    }
    return assert.fail('the call should have failed');
  }

  it('sends a JSON 1.1 call (logs describe-log-groups), signed, and returns the answer without $metadata', async () => {
    reply = () => jsonReply({ logGroups: [{ logGroupName: '/aws/lambda/hello', storedBytes: 12 }] });
    const result = await run({ service: LOGS, operation: 'DescribeLogGroups', params: { limit: 5 } });
    assert.deepEqual(result.output, { logGroups: [{ logGroupName: '/aws/lambda/hello', storedBytes: 12 }] });
    assert.equal(result.requestId, REQUEST_ID);
    const [req] = endpoint.requests;
    assert.equal(req?.operation, 'DescribeLogGroups');
    assert.deepEqual(JSON.parse(req!.body), { limit: 5 });
    assert.match(String(req!.headers.authorization), /^AWS4-HMAC-SHA256 Credential=AKIDFAKEEXAMPLE\/\d{8}\/us-east-1\/logs\/aws4_request, SignedHeaders=.*, Signature=[0-9a-f]{64}$/);
  });

  it('sends an EC2 query call and reads its XML answer (dates as Dates)', async () => {
    reply = () => ec2Reply('DescribeInstances', '<reservationSet><item><reservationId>r-1</reservationId><instancesSet><item><instanceId>i-0abc</instanceId><launchTime>2026-12-01T10:00:00.000Z</launchTime></item></instancesSet></item></reservationSet>');
    const result = await run({ service: EC2, operation: 'DescribeInstances', params: { InstanceIds: ['i-0abc'] } });
    const reservations = result.output.Reservations as { Instances: { InstanceId: string; LaunchTime: Date }[] }[];
    assert.equal(reservations[0]?.Instances[0]?.InstanceId, 'i-0abc');
    assert.ok(reservations[0]?.Instances[0]?.LaunchTime instanceof Date);
    const form = new URLSearchParams(endpoint.requests[0]!.body);
    assert.equal(form.get('Action'), 'DescribeInstances');
    assert.equal(form.get('InstanceId.1'), 'i-0abc');
    assert.match(String(endpoint.requests[0]!.headers.authorization), /^AWS4-HMAC-SHA256 Credential=AKIDFAKEEXAMPLE\/\d{8}\/us-east-1\/ec2\//);
  });

  it('invokes a Lambda function over REST-JSON and returns the payload bytes', async () => {
    reply = () => restJsonReply('"Hello World"', { 'x-amz-executed-version': '$LATEST' });
    const result = await run({ service: LAMBDA, operation: 'Invoke', params: { FunctionName: 'myHelloWorld' } });
    assert.equal(endpoint.requests[0]?.path, '/2015-03-31/functions/myHelloWorld/invocations');
    assert.equal(result.output.StatusCode, 200);
    assert.equal(result.output.ExecutedVersion, '$LATEST');
    assert.equal(new TextDecoder().decode(result.output.Payload as Uint8Array), '"Hello World"');
  });

  it('says the role lacks permission when AWS answers AccessDeniedException, naming the IAM action', async () => {
    reply = () => jsonError('AccessDeniedException', 'User: arn:aws:sts::123456789012:assumed-role/chat/AKIAIOSFODNN7EXAMPLE is not authorized to perform: logs:DescribeLogGroups');
    const e = await failure({ service: LOGS, operation: 'DescribeLogGroups', operationCli: 'describe-log-groups' });
    assert.equal(e.code, 'AWS_ACCESS_DENIED');
    assert.match(e.userMessage, /AWS denied logs:DescribeLogGroups: the role it ran with lacks permission/);
    assert.match(e.userMessage, /AccessDeniedException \(HTTP 400\)/);
    assert.doesNotMatch(e.userMessage, /AKIAIOSFODNN7EXAMPLE/);
    assert.deepEqual(e.aws, { code: 'AccessDeniedException', httpStatus: 400, requestId: REQUEST_ID });
  });

  it('reads EC2 XML errors: UnauthorizedOperation is a permission problem too', async () => {
    reply = () => ec2Error('UnauthorizedOperation', 'You are not authorized to perform this operation.', 403);
    const e = await failure({ service: EC2, operation: 'DescribeInstances' });
    assert.equal(e.code, 'AWS_ACCESS_DENIED');
    assert.match(e.userMessage, /ec2:DescribeInstances/);
    assert.equal(e.aws.httpStatus, 403);
  });

  it('asks to try again later when AWS throttles', async () => {
    reply = () => restJsonError('TooManyRequestsException', 'Rate exceeded', 429);
    const e = await failure({ service: LAMBDA, operation: 'Invoke', params: { FunctionName: 'f' }, maxAttempts: 1 });
    assert.equal(e.code, 'AWS_THROTTLED');
    assert.equal(e.nextStep, 'Try again in a minute.');
  });

  it('points at --help when AWS rejects the options', async () => {
    reply = () => jsonError('InvalidParameterException', '1 validation error detected: limit must be <= 50');
    const e = await failure({ service: LOGS, operation: 'DescribeLogGroups', operationCli: 'describe-log-groups', params: { limit: 500 } });
    assert.equal(e.code, 'AWS_INVALID_REQUEST');
    assert.equal(e.nextStep, 'Check the options with @aws logs describe-log-groups --help.');
  });

  it('says it timed out when AWS does not answer within the time limit', async () => {
    reply = () => ({ ...jsonReply({}), delayMs: 10_000 });
    const e = await failure({ service: LOGS, operation: 'DescribeLogGroups', operationCli: 'describe-log-groups', timeoutMs: 150 });
    assert.equal(e.code, 'AWS_TIMEOUT');
    assert.match(e.userMessage, /logs describe-log-groups timed out/);
  });

  it("honours the SDK's own AWS_ENDPOINT_URL_<SERVICE> setting", async () => {
    process.env.AWS_ENDPOINT_URL_CLOUDWATCH_LOGS = endpoint.url;
    reply = () => jsonReply({ logGroups: [] });
    const result = await runOperation({ service: LOGS, operation: 'DescribeLogGroups', params: {}, region: 'eu-west-1' });
    assert.deepEqual(result.output, { logGroups: [] });
    assert.equal(endpoint.requests.length, 1);
  });

  it('signs with the credentials it is given instead of the default chain', async () => {
    await run({ service: LOGS, operation: 'DescribeLogGroups', credentials: { accessKeyId: 'AKIDCHANNELROLE', secretAccessKey: 'x', sessionToken: 'token' } });
    assert.match(String(endpoint.requests[0]!.headers.authorization), /Credential=AKIDCHANNELROLE\//);
    assert.equal(endpoint.requests[0]!.headers['x-amz-security-token'], 'token');
  });

  it('explains how to configure credentials when none are found, without showing any', async () => {
    delete process.env.AWS_ACCESS_KEY_ID;
    delete process.env.AWS_SECRET_ACCESS_KEY;
    const e = await failure({ service: LOGS, operation: 'DescribeLogGroups' });
    assert.equal(e.code, 'AWS_NO_CREDENTIALS');
    assert.match(e.nextStep ?? '', /AWS_ACCESS_KEY_ID/);
    assert.equal(endpoint.requests.length, 0);
  });

  it('never puts the secret key in an error', async () => {
    reply = () => jsonError('UnrecognizedClientException', 'The security token included in the request is invalid.');
    const e = await failure({ service: LOGS, operation: 'DescribeLogGroups' });
    assert.equal(e.code, 'AWS_BAD_CREDENTIALS');
    assert.ok(!e.toLine().includes(SECRET));
  });

  it('says when AWS cannot be reached at all', async () => {
    const closed = await startAwsEndpoint(() => ({}));
    await closed.close();
    const e = await failure({ service: LOGS, operation: 'DescribeLogGroups', endpoint: closed.url, maxAttempts: 1 });
    assert.equal(e.code, 'AWS_UNREACHABLE');
    assert.match(e.userMessage, /Could not reach logs in us-east-1 \(ECONNREFUSED\)/);
  });

  it('says when the region is not one AWS accepts', async () => {
    const e = await failure({ service: LOGS, operation: 'DescribeLogGroups', region: 'bad_region!', endpoint: undefined, maxAttempts: 1 });
    assert.equal(e.code, 'AWS_UNKNOWN_REGION');
    assert.equal(endpoint.requests.length, 0);
  });

  it('says when a client package is not installed', async () => {
    await assert.rejects(run({ service: { cli: 'nope', package: '@aws-sdk/client-nope', clientClass: 'NopeClient' }, operation: 'ListThings' }), { code: 'AWS_CLIENT_MISSING' });
  });
});
