/**
 * Runs one AWS operation through the real SDK v3 client: the client package is loaded on first
 * use, `client.send(new <Operation>Command(params))` runs with a time limit (15 s by default, as
 * the reference documents say), and the answer comes back without `$metadata` (its request ID
 * kept for the card). Failures become AwsCallErrors worded for the user (aws-error.ts).
 *
 * Credentials: the caller's (the permissions layer, later), else the SDK's default provider
 * chain. Endpoints: `endpoint` when given (tests), else the SDK's own resolution, which honours
 * AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_<SERVICE_ID> from the environment.
 */
import { toAwsError, type CallContext } from './aws-error.js';
import { loadClient, type ClientLocation, type SdkClient } from './load-client.js';
import { withinTimeLimit } from './time-limit.js';

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_ATTEMPTS = 3;

/** Static credentials or an SDK credential provider (as the SDK client config accepts). */
export type AwsCredentials =
  | { accessKeyId: string; secretAccessKey: string; sessionToken?: string; expiration?: Date }
  | (() => Promise<{ accessKeyId: string; secretAccessKey: string; sessionToken?: string; expiration?: Date }>);

export interface RunOperationRequest {
  /** The service, as the command index describes it (cli, package, clientClass). */
  service: ClientLocation;
  /** The API operation name, e.g. DescribeInstances. */
  operation: string;
  /** The CLI operation name, for messages (describe-instances). */
  operationCli?: string;
  /** The SDK input. */
  params: Record<string, unknown>;
  region: string;
  credentials?: AwsCredentials;
  /** An endpoint URL to use instead of AWS's (a local endpoint in tests). */
  endpoint?: string;
  timeoutMs?: number;
  maxAttempts?: number;
}

export interface RunOperationResult {
  /** The SDK's answer without `$metadata`. */
  output: Record<string, unknown>;
  requestId?: string;
  httpStatus?: number;
}

const clients = new Map<string, SdkClient>();

function clientFor(Client: new (config: Record<string, unknown>) => SdkClient, req: RunOperationRequest, maxAttempts: number): { client: SdkClient; shared: boolean } {
  const config: Record<string, unknown> = { region: req.region, maxAttempts };
  if (req.endpoint) config.endpoint = req.endpoint;
  if (req.endpoint && req.service.cli === 's3api') config.forcePathStyle = true;
  if (req.credentials) return { client: new Client({ ...config, credentials: req.credentials }), shared: false };
  // Default-chain clients are kept: the chain (instance role, SSO…) resolves once per client.
  // The SDK reads its environment once per client: a kept client must match the environment now.
  const env = ['AWS_ENDPOINT_URL', 'AWS_ACCESS_KEY_ID', 'AWS_PROFILE'].map((name) => process.env[name] ?? '');
  const key = [req.service.package, req.region, req.endpoint ?? '', maxAttempts, ...env].join('|');
  let client = clients.get(key);
  if (!client) {
    client = new Client(config);
    clients.set(key, client);
  }
  return { client, shared: true };
}

/** Closes the kept clients (tests; shutdown). */
export function closeAwsClients(): void {
  for (const client of clients.values()) client.destroy();
  clients.clear();
}

/** Runs the operation; throws an AwsCallError (or ChatOpsError) with words for the user. */
export async function runOperation(req: RunOperationRequest): Promise<RunOperationResult> {
  const timeoutMs = req.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const ctx: CallContext = { service: req.service.cli, operation: req.operation, operationCli: req.operationCli, region: req.region, timeoutMs };
  const { Client, Command } = await loadClient(req.service, req.operation);
  const { client, shared } = clientFor(Client, req, req.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
  try {
    const answer = await withinTimeLimit(timeoutMs, (abortSignal) => client.send(new Command(req.params), { abortSignal }));
    const { $metadata, ...output } = answer as { $metadata?: { requestId?: string; httpStatusCode?: number } };
    return { output, requestId: $metadata?.requestId, httpStatus: $metadata?.httpStatusCode };
  } catch (e) {
    throw toAwsError(e, ctx);
  } finally {
    if (!shared) client.destroy();
  }
}
