/** Small helpers for configuration tests: repo paths, temp dirs, and catching problem lines. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../../src/config/problems.js';
import { parseConfigText } from '../../src/config/load-config.js';
import type { EnvSource } from '../../src/config/env.js';

/** The repository root (tests run from dist/test/config). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const FIXTURES = join(REPO_ROOT, '..', 'shared', 'fixtures');

/** A fresh directory under the OS temp dir; remove it with the returned function. */
export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'chatops-config-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The ConfigError thrown by `fn`; fails the test when nothing (or something else) is thrown. */
export function configErrorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof ConfigError, `expected a ConfigError, got ${String(e)}`);
    return e;
  }
  assert.fail('expected a ConfigError, but the configuration loaded');
}

/** The problem lines for a YAML text read as /work/app/chatops.yml. */
export function problemLines(yaml: string, env: EnvSource = {}): string[] {
  return configErrorOf(() => parseConfigText(yaml, { env, cwd: '/work/app' })).lines();
}

/** Loads a YAML text read as /work/app/chatops.yml. */
export function parse(yaml: string, env: EnvSource = {}) {
  return parseConfigText(yaml, { env, cwd: '/work/app' });
}

/** One valid Slack configuration, as YAML lines under `configurations:`. */
export const SLACK_ITEM = `  - name: prod-alerts
    platform: slack
    channelId: C0123456789
    snsTopicArns: [arn:aws:sns:us-east-1:111122223333:prod-alarms]
`;
