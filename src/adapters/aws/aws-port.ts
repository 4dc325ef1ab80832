/**
 * The AwsPort over the real SDK (run-operation.ts). Credentials: the SDK's default provider
 * chain until the permissions layer passes a role's; endpoints: the SDK's own resolution
 * (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_<SERVICE>), which is how tests point it at a local server.
 */
import type { AwsPort } from '../../ports/aws.js';
import { runOperation } from './run-operation.js';

export function sdkAws(options: { timeoutMs?: number } = {}): AwsPort {
  return {
    async run(call) {
      const { output, requestId } = await runOperation({ ...call, ...(options.timeoutMs && !call.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) });
      return { output, ...(requestId ? { requestId } : {}) };
    },
  };
}
