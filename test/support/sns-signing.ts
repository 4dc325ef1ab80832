/**
 * Builds SNS envelopes signed the way SNS signs them, for tests and benchmarks: an RSA key and a
 * self-signed certificate made with Debian's openssl, the canonical string written out here from
 * the AWS documentation (independently of src/, so a bug there can't sign and verify alike).
 */
import { execFileSync } from 'node:child_process';
import { randomUUID, sign } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CertificateSource } from '../../src/ports/sns.js';

export interface SigningIdentity {
  privateKeyPem: string;
  certificatePem: string;
}

export interface UnsignedEnvelope {
  Type: 'Notification' | 'SubscriptionConfirmation' | 'UnsubscribeConfirmation';
  MessageId: string;
  TopicArn: string;
  Message: string;
  Timestamp: string;
  Subject?: string;
  Token?: string;
  SubscribeURL?: string;
  UnsubscribeURL?: string;
  MessageAttributes?: Record<string, { Type: string; Value: string }>;
}

export type SignedEnvelope = UnsignedEnvelope & { SignatureVersion: string; Signature: string; SigningCertURL: string };

export interface SignOptions {
  privateKeyPem: string;
  certUrl: string;
  /** '1' (SHA1withRSA) or '2' (SHA256withRSA, the default). */
  version?: '1' | '2';
}

/** A typical SigningCertURL (the name of SNS's us-east-2 certificate in the shared fixtures). */
export const TEST_CERT_URL = 'https://sns.us-east-2.amazonaws.com/SimpleNotificationService-test.pem';
export const TEST_TOPIC_ARN = 'arn:aws:sns:us-east-2:111122223333:chatops-test';

let shared: SigningIdentity | undefined;

/** An RSA-2048 key and a self-signed certificate for it (CN=sns.amazonaws.com); one per process unless `fresh`. */
export function createSigningIdentity(options: { fresh?: boolean } = {}): SigningIdentity {
  if (shared && !options.fresh) return shared;
  const dir = mkdtempSync(join(tmpdir(), 'chatops-sns-signing-'));
  let identity: SigningIdentity;
  try {
    const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-subj', '/CN=sns.amazonaws.com', '-days', '2'], { stdio: 'pipe' });
    identity = { privateKeyPem: readFileSync(key, 'utf8'), certificatePem: readFileSync(cert, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (!options.fresh) shared = identity;
  return identity;
}

/** The string SNS signs: the type's fields in order, each "Name\nvalue\n" (Subject only when present). */
export function stringToSign(fields: UnsignedEnvelope): string {
  const names =
    fields.Type === 'Notification'
      ? ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type']
      : ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'];
  const values = fields as unknown as Record<string, unknown>;
  return names
    .filter((name) => typeof values[name] === 'string')
    .map((name) => `${name}\n${String(values[name])}\n`)
    .join('');
}

export function signEnvelope(fields: UnsignedEnvelope, options: SignOptions): SignedEnvelope {
  const version = options.version ?? '2';
  const signature = sign(version === '1' ? 'sha1' : 'sha256', Buffer.from(stringToSign(fields), 'utf8'), options.privateKeyPem).toString('base64');
  return { ...fields, SignatureVersion: version, Signature: signature, SigningCertURL: options.certUrl };
}

/** Notification fields with sensible defaults. */
export function notificationFields(overrides: Partial<UnsignedEnvelope> = {}): UnsignedEnvelope {
  return {
    Type: 'Notification',
    MessageId: randomUUID(),
    TopicArn: TEST_TOPIC_ARN,
    Message: 'Hello from a test',
    Timestamp: new Date('2026-11-23T10:00:00.000Z').toISOString(),
    UnsubscribeURL: `https://sns.us-east-2.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=${TEST_TOPIC_ARN}:0000`,
    ...overrides,
  };
}

/** SubscriptionConfirmation fields for a topic, with a SubscribeURL on the topic's SNS host. */
export function subscriptionFields(topicArn: string, overrides: Partial<UnsignedEnvelope> = {}): UnsignedEnvelope {
  const region = topicArn.split(':')[3] ?? 'us-east-2';
  return {
    Type: 'SubscriptionConfirmation',
    MessageId: randomUUID(),
    TopicArn: topicArn,
    Token: 'token-' + randomUUID().replace(/-/g, ''),
    Message: `You have chosen to subscribe to the topic ${topicArn}.\nTo confirm the subscription, visit the SubscribeURL included in this message.`,
    SubscribeURL: `https://sns.${region}.amazonaws.com/?Action=ConfirmSubscription&TopicArn=${topicArn}&Token=abc`,
    Timestamp: new Date('2026-11-23T10:00:00.000Z').toISOString(),
    ...overrides,
  };
}

/** A CertificateSource that serves one PEM for every URL and remembers what was asked. */
export class FixedCertificateSource implements CertificateSource {
  readonly requested: string[] = [];
  constructor(private readonly pem: string) {}
  async get(url: string): Promise<string> {
    this.requested.push(url);
    return this.pem;
  }
}
