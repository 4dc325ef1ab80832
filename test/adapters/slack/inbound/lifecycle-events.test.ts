import assert from 'node:assert/strict';
import { slackLifecycleEvent } from '../../../../src/adapters/slack/inbound/lifecycle-events.js';
import { ChatOpsError } from '../../../../src/core/errors.js';
import { slackJson, withEvent } from './support/slack-fixtures.js';

describe('Slack app lifecycle events', () => {
  it('reads app_uninstalled as the workspace to forget', () => {
    assert.deepEqual(slackLifecycleEvent(slackJson('events-api-app-uninstalled.json')), { kind: 'uninstalled', teamId: 'T111', enterpriseId: 'E111' });
  });

  it('reads tokens_revoked as the bot and user ids whose tokens are gone', () => {
    assert.deepEqual(slackLifecycleEvent(slackJson('events-api-tokens-revoked.json')), {
      kind: 'tokens-revoked',
      teamId: 'T111',
      enterpriseId: 'E111',
      botUserIds: ['UXXXXXXXX'],
      userIds: ['UXXXXXXXX'],
    });
  });

  it('reads tokens_revoked with only user tokens', () => {
    const body = withEvent(slackJson('events-api-tokens-revoked.json'), { tokens: { oauth: ['U1', 'U2'] } });
    const event = slackLifecycleEvent(body);
    assert.equal(event?.kind, 'tokens-revoked');
    assert.deepEqual(event?.kind === 'tokens-revoked' ? [event.botUserIds, event.userIds] : [], [[], ['U1', 'U2']]);
  });

  it('says whether an uninstalled app was installed org-wide', () => {
    const body = {
      ...slackJson('events-api-app-uninstalled.json'),
      authorizations: [{ enterprise_id: 'E111', team_id: null, user_id: 'U0BOT', is_bot: true, is_enterprise_install: true }],
    };
    assert.deepEqual(slackLifecycleEvent(body), { kind: 'uninstalled', teamId: 'T111', enterpriseId: 'E111', isEnterpriseInstall: true });
  });

  it('is undefined for every other event', () => {
    for (const name of ['events-api-app-mention.json', 'events-api-reaction-added.json', 'events-api-url-verification.json']) {
      assert.equal(slackLifecycleEvent(slackJson(name)), undefined, name);
    }
  });

  it('rejects tokens_revoked without its tokens', () => {
    const body = withEvent(slackJson('events-api-tokens-revoked.json'), { tokens: undefined });
    assert.throws(() => slackLifecycleEvent(body), (e: unknown) => e instanceof ChatOpsError && e.code === 'SLACK_PAYLOAD_INVALID');
  });

  it('rejects a body that is no object', () => {
    assert.throws(() => slackLifecycleEvent('app_uninstalled'), (e: unknown) => e instanceof ChatOpsError && e.code === 'SLACK_PAYLOAD_INVALID');
  });
});
