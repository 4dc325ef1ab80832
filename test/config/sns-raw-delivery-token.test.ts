import assert from 'node:assert/strict';
import { collectSecrets, redactConfig } from '../../src/config/redact.js';
import { configErrorOf, parse } from './helpers.js';

const TOKEN = '7f3c9a0e5b8d4f21a6c0e9b7d3f5a1c2';
const withToken = (written: string) => `configurations:\n  - name: ops\n    platform: sandbox\n    channelId: ops\n    snsTopicArns: ["*"]\n    snsRawDeliveryToken: "${written}"\n`;

describe('snsRawDeliveryToken', () => {
  it('is read from the environment variable it names', () => {
    const config = parse(withToken('${OPS_SNS_TOKEN}'), { OPS_SNS_TOKEN: TOKEN });
    assert.equal(config.configurations[0]?.snsRawDeliveryToken, TOKEN);
  });

  it('is absent from a configuration that does not set it', () => {
    const config = parse('configurations:\n  - name: ops\n    platform: sandbox\n    channelId: ops\n');
    assert.equal('snsRawDeliveryToken' in (config.configurations[0] ?? {}), false);
  });

  it('must come from the environment, never from the file', () => {
    const error = configErrorOf(() => parse(withToken(TOKEN)));
    assert.deepEqual(error.lines(), [
      'chatops.yml:6:26: configurations[0].snsRawDeliveryToken: expected a reference to an environment variable such as ${PROD_SNS_TOKEN} (the token is a secret and stays out of the file); given a value (hidden: secrets are never shown)',
    ]);
    assert.doesNotMatch(error.userMessage, new RegExp(TOKEN));
  });

  it('names a variable that is not set', () => {
    assert.deepEqual(configErrorOf(() => parse(withToken('${OPS_SNS_TOKEN}'))).lines(), [
      'chatops.yml:6:26: configurations[0].snsRawDeliveryToken: expected the environment variable OPS_SNS_TOKEN to be set (snsRawDeliveryToken refers to ${OPS_SNS_TOKEN}); given OPS_SNS_TOKEN is not set',
    ]);
  });

  it('needs at least 24 URL-safe characters, without showing the value', () => {
    for (const value of ['too-short-123', 'has spaces in it, which a path cannot hold', 'slash/inside/the/token/value/here']) {
      const error = configErrorOf(() => parse(withToken('${OPS_SNS_TOKEN}'), { OPS_SNS_TOKEN: value }));
      assert.match(error.lines()[0] ?? '', /snsRawDeliveryToken: expected a token of 24–256 letters, digits, \., _, ~ or - .*; given a value \(hidden/);
      assert.doesNotMatch(error.userMessage, new RegExp(value.slice(0, 8)));
    }
  });

  it('is a secret: collected for redaction and hidden by redactConfig', () => {
    const config = parse(withToken('${OPS_SNS_TOKEN}'), { OPS_SNS_TOKEN: TOKEN });
    assert.ok(collectSecrets(config).includes(TOKEN));
    assert.doesNotMatch(JSON.stringify(redactConfig(config)), new RegExp(TOKEN));
  });
});
