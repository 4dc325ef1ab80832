/**
 * Runs the SNS endpoint inside the real HTTP server with an in-memory store and fakes for the
 * ports it needs, so route tests read like SNS talking to the service.
 */
import { createHttpServer, type ListeningHttpServer } from '../../../src/adapters/http/server.js';
import { createSnsIntakeHandlers } from '../../../src/adapters/sns/sns-route.js';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import { parseConfigText } from '../../../src/config/load-config.js';
import type { LoadedConfig } from '../../../src/config/loaded-config.js';
import type { Metrics } from '../../../src/ports/metrics.js';
import type { CertificateSource, SubscriptionConfirmer } from '../../../src/ports/sns.js';
import type { Store } from '../../../src/ports/store.js';
import { RecordingLogger } from '../../support/recording-logger.js';
import { createSigningIdentity, FixedCertificateSource, signEnvelope, type UnsignedEnvelope, TEST_CERT_URL } from '../../support/sns-signing.js';

export const OPS_TOPIC = 'arn:aws:sns:us-east-2:111122223333:ops-alarms';
export const FINANCE_TOPIC = 'arn:aws:sns:us-east-2:111122223333:finance-budgets';
export const STRAY_TOPIC = 'arn:aws:sns:us-east-2:999999999999:someone-elses-topic';
export const OPS_TOKEN = '0123456789abcdef0123456789abcdef';

export const CONFIG_YAML = `configurations:
  - name: ops
    platform: sandbox
    channelId: ops
    snsTopicArns: [${OPS_TOPIC}]
    snsRawDeliveryToken: \${OPS_SNS_TOKEN}
  - name: finance
    platform: sandbox
    channelId: finance
    snsTopicArns: [${FINANCE_TOPIC}]
  - name: everything
    platform: sandbox
    channelId: everything
    snsTopicArns: ["*"]
`;

/** Counts what the endpoint reports, as `outcome` or `outcome:reason`. */
export class RecordingMetrics implements Metrics {
  readonly sns: string[] = [];
  snsRequest(outcome: string, reason?: string): void {
    this.sns.push(reason === undefined ? outcome : `${outcome}:${reason}`);
  }
  eventProcessed(): void {}
  eventsThrottled(): void {}
  delivery(): void {}
  deliveryLatency(): void {}
  chatAck(): void {}
  queueDepth(): void {}
}

/** Remembers each SubscribeURL it was asked to visit; fails while `failing` is set. */
export class RecordingConfirmer implements SubscriptionConfirmer {
  readonly confirmed: string[] = [];
  failing?: Error;
  async confirm(url: string): Promise<void> {
    if (this.failing) throw this.failing;
    this.confirmed.push(url);
  }
}

export interface SnsHarness {
  url: string;
  config: LoadedConfig;
  store: Store;
  logger: RecordingLogger;
  metrics: RecordingMetrics;
  confirmer: RecordingConfirmer;
  certificates: CertificateSource;
  accepted: number;
  /** Signs fields with the test identity (SignatureVersion 2 unless given). */
  sign(fields: UnsignedEnvelope, version?: '1' | '2'): string;
  post(path: string, body: string, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  yaml?: string;
  store?: Store;
  certificates?: CertificateSource;
  /** Only the Express routes, without the fast path in front (both must answer alike). */
  expressOnly?: boolean;
}

export async function startSnsHarness(options: HarnessOptions = {}): Promise<SnsHarness> {
  const identity = createSigningIdentity();
  const config = parseConfigText(options.yaml ?? CONFIG_YAML, { env: { OPS_SNS_TOKEN: OPS_TOKEN }, cwd: '/work/app' });
  const store = options.store ?? createMemoryStore();
  const logger = new RecordingLogger();
  const metrics = new RecordingMetrics();
  const confirmer = new RecordingConfirmer();
  const certificates = options.certificates ?? new FixedCertificateSource(identity.certificatePem);
  const harness = { accepted: 0 } as SnsHarness;
  // As main.ts wires it: the fast path in front of Express, the Express routes behind it (for
  // bodies the fast path leaves alone), unless a test asks for the Express routes only.
  const sns = createSnsIntakeHandlers({ config, store, certificates, confirmer, metrics, logger, onAccepted: () => harness.accepted++ });
  const http = createHttpServer({ logger, closeGraceMs: 100, mounts: [sns.mount] });
  if (!options.expressOnly) http.fast(sns.fast);
  const server: ListeningHttpServer = await http.listen(0, '127.0.0.1');
  return Object.assign(harness, {
    url: server.url,
    config,
    store,
    logger,
    metrics,
    confirmer,
    certificates,
    sign: (fields: UnsignedEnvelope, version: '1' | '2' = '2') => JSON.stringify(signEnvelope(fields, { privateKeyPem: identity.privateKeyPem, certUrl: TEST_CERT_URL, version })),
    post: (path: string, body: string, headers: Record<string, string> = {}) =>
      fetch(`${server.url}${path}`, { method: 'POST', body, headers: { 'content-type': 'text/plain; charset=UTF-8', ...headers } }),
    close: async () => {
      await server.close();
      await store.close();
    },
  });
}

export async function errorOf(response: Response): Promise<{ code: string; message: string; nextStep?: string }> {
  const body = (await response.json()) as { error: { code: string; message: string; nextStep?: string } };
  return body.error;
}
