/**
 * The configuration used when no file is given and ./chatops.yml does not exist: everything goes
 * to the local sandbox chat, channel "sandbox", so a first run shows notifications without any
 * Slack or Teams setup; `@aws` commands there run read-only with this machine's AWS credentials.
 */
export const DEFAULT_CONFIG_FILE_NAME = 'chatops.yml';
export const DEFAULT_SANDBOX_CHANNEL = 'sandbox';

/** The embedded default, as it would be written in chatops.yml (validated like a file). */
export function defaultConfigInput(): Record<string, unknown> {
  return {
    configurations: [
      {
        name: 'sandbox',
        platform: 'sandbox',
        channelId: DEFAULT_SANDBOX_CHANNEL,
        snsTopicArns: ['*'],
        // Commands here run with this machine's own AWS credentials (as the AWS CLI would), inside
        // the protection policy (read-only, plus Lambda invoke, Support, Incident Manager).
        accounts: [{ name: 'local', serviceCredentials: true }],
      },
    ],
  };
}
