/**
 * The real service (startApp) for a benchmark: `channels` sandbox configurations, the i-th
 * subscribed to bench topic i and posting to channel `bench-i`; signed envelopes verified
 * with the benchmark's certificate; log lines at error level only, on stderr. With `buttons`,
 * each configuration also has an AWS account and a custom action, so every notification gets a
 * Reboot button (a custom-actions read and a button token written per card).
 */
import { StreamLogger } from '../../src/adapters/log/stream-logger.js';
import { parseConfigText } from '../../src/config/index.js';
import type { RunningApp, StartOptions } from '../../src/main.js';
import { startApp } from '../../src/main.js';
import type { Store } from '../../src/ports/store.js';
import { FixedCertificateSource } from '../../test/support/sns-signing.js';
import { benchTopic } from './envelopes.js';

export interface BenchAppOptions {
  store: Store;
  certificatePem: string;
  channels: number;
  chats?: StartOptions['chats'];
  pipeline?: StartOptions['pipeline'];
  buttons?: boolean;
}

export const channelOf = (i: number) => `bench-${i}`;

export function benchConfigYaml(channels: number, buttons = false): string {
  const lines = ['configurations:'];
  for (let i = 0; i < channels; i++) {
    lines.push(`  - name: ${channelOf(i)}`, '    platform: sandbox', `    channelId: ${channelOf(i)}`, `    snsTopicArns: ["${benchTopic(i)}"]`);
    if (buttons) {
      lines.push(
        '    accounts:',
        '      - { id: "111122223333", name: bench, channelRole: "arn:aws:iam::111122223333:role/bench" }',
        '    customActions:',
        '      - { name: reboot, buttonText: Reboot, command: "ec2 reboot-instances --instance-ids $InstanceId" }',
      );
    }
  }
  return lines.join('\n') + '\n';
}

export function startBenchApp(o: BenchAppOptions): Promise<RunningApp> {
  const config = parseConfigText(benchConfigYaml(o.channels, o.buttons), {
    env: {},
    overrides: { server: { port: 0, host: '127.0.0.1' } },
  });
  return startApp({
    config,
    store: o.store,
    certificates: new FixedCertificateSource(o.certificatePem),
    logger: new StreamLogger({ level: 'error', format: 'text' }),
    chats: o.chats,
    pipeline: o.pipeline,
  });
}
