/**
 * Commands the AWS CLI has that are not API operations, and API operations the CLI removed
 * (awscli 1.45 command tables and customizations/removals.py, for the services of the default
 * install). The first are answered with `unsupported-command` and a hint at the API way; the
 * second with `unknown-operation`, as the CLI does (event-stream operations: chat shows one
 * answer, not a stream).
 */

/** Top-level CLI commands that are not services. */
const TOP_LEVEL: Readonly<Record<string, string>> = {
  s3: 'Use s3api, e.g. "s3api list-objects-v2 --bucket NAME" instead of "s3 ls s3://NAME".',
  configure: 'Chat commands use the channel\'s role; there is nothing to configure here.',
  history: 'The audit log keeps what ran from chat.',
};

/** `<service> <command>` customizations; `*` is any service. */
const PER_SERVICE: Readonly<Record<string, string>> = {
  '*.wait': 'Run the matching describe- operation to see the current state.',
  'logs.start-live-tail': 'Use "logs filter-log-events" to read recent events.',
  'ecs.deploy': 'Use "ecs update-service" to deploy a new task definition.',
  'eks.get-token': 'Tokens for kubectl are not handed out in chat.',
  'eks.update-kubeconfig': 'kubeconfig files are not written from chat; "eks describe-cluster" shows the endpoint.',
  'rds.generate-db-auth-token': 'Database tokens are not handed out in chat.',
  'cloudformation.deploy': 'Use "cloudformation create-change-set" and "execute-change-set".',
  'cloudformation.package': 'Packaging uploads local files, which chat can\'t do.',
  'deploy.push': 'Upload the bundle elsewhere, then "deploy create-deployment --revision …".',
  'deploy.register': 'Use "deploy register-on-premises-instance".',
  'deploy.deregister': 'Use "deploy deregister-on-premises-instance".',
  'deploy.install': 'Agents are not installed from chat.',
  'deploy.uninstall': 'Agents are not uninstalled from chat.',
  'configservice.subscribe': 'Use "configservice put-delivery-channel".',
  'configservice.get-status': 'Use "configservice describe-configuration-recorder-status".',
  'ecr.get-login': 'Registry credentials are not handed out in chat.',
  'ecr.get-login-password': 'Registry credentials are not handed out in chat.',
};

/** Operations the CLI removed although the SDK has them. */
const REMOVED: ReadonlySet<string> = new Set([
  'ec2.import-instance', 'ec2.import-volume', 'kinesis.subscribe-to-shard', 'lambda.invoke-with-response-stream',
  'bedrock-agent-runtime.invoke-agent', 'bedrock-agent-runtime.invoke-flow', 'bedrock-agent-runtime.invoke-inline-agent',
  'bedrock-agent-runtime.optimize-prompt', 'bedrock-agent-runtime.retrieve-and-generate-stream', 'logs.get-log-object',
  'bedrock-runtime.invoke-model-with-response-stream', 'bedrock-runtime.invoke-model-with-bidirectional-stream',
  'bedrock-runtime.converse-stream', 'sagemaker-runtime.invoke-endpoint-with-response-stream', 'lexv2-runtime.start-conversation',
  'qbusiness.chat', 'iotsitewise.invoke-assistant', 'polly.start-speech-synthesis-stream',
]);

/**
 * Operations whose output the CLI writes to a file named by a required positional `outfile`
 * (botocore `has_streaming_output`; the ones chat can run). Chat writes no files and shows the
 * answer in the thread, so it asks for no outfile; one typed anyway is refused with that reason
 * rather than dropped, since a stray word may also be half of an unquoted value.
 */
const OUTFILE: ReadonlySet<string> = new Set([
  'lambda.invoke', 'bedrock-runtime.invoke-model', 'sagemaker-runtime.invoke-endpoint', 'polly.synthesize-speech',
  'apigateway.get-export', 'apigateway.get-sdk', 'appconfigdata.get-latest-configuration', 'glacier.get-job-output',
]);

export function takesOutfile(service: string, operation: string): boolean {
  return OUTFILE.has(`${service}.${operation}`);
}

/** The hint for a top-level CLI command that is not a service, if `word` is one. */
export function topLevelCustomization(word: string): string | undefined {
  return Object.hasOwn(TOP_LEVEL, word) ? TOP_LEVEL[word] : undefined;
}

/** The hint for `<service> <word>` when it is a CLI customization. */
export function serviceCustomization(service: string, word: string): string | undefined {
  return PER_SERVICE[`${service}.${word}`] ?? (word === 'wait' ? PER_SERVICE['*.wait'] : undefined);
}

export function removedByCli(service: string, operation: string): boolean {
  return REMOVED.has(`${service}.${operation}`);
}
