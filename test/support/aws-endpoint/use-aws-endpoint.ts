/**
 * For a mocha suite: a local AWS endpoint (aws-endpoint.ts) that the real SDK clients use, with
 * fake keys, through the SDK's own variables (AWS_ENDPOINT_URL, AWS_ACCESS_KEY_ID…), set before
 * the suite's other `before` hooks and restored after it.
 */
import { startAwsEndpoint, type AwsEndpoint, type AwsReply, type AwsRequest } from './aws-endpoint.js';

export function useAwsEndpoint(handler: (req: AwsRequest) => AwsReply, extraEnv: Record<string, string> = {}): { readonly endpoint: AwsEndpoint } {
  let endpoint: AwsEndpoint | undefined;
  const saved: Record<string, string | undefined> = {};
  before(async () => {
    endpoint = await startAwsEndpoint(handler);
    const env = { AWS_ENDPOINT_URL: endpoint.url, AWS_ACCESS_KEY_ID: 'AKIDFAKEEXAMPLE', AWS_SECRET_ACCESS_KEY: 'fake-secret-for-tests', ...extraEnv };
    for (const [k, v] of Object.entries(env)) {
      saved[k] = process.env[k];
      process.env[k] = v;
    }
  });
  after(async () => {
    await endpoint?.close();
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });
  return {
    get endpoint(): AwsEndpoint {
      if (!endpoint) throw new Error('the AWS endpoint is not started yet');
      return endpoint;
    },
  };
}
