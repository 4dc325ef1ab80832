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
}

export interface AwsAnswer {
  /** The SDK's answer without `$metadata`. */
  output: Record<string, unknown>;
  requestId?: string;
}

export interface AwsPort {
  run(call: AwsCall): Promise<AwsAnswer>;
}
