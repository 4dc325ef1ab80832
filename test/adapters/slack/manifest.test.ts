import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { SLACK_BOT_EVENTS, SLACK_BOT_SCOPES, SLACK_COMMAND, SLACK_EVENTS_PATH, SLACK_REDIRECT_PATH } from '../../../src/adapters/slack/slack-surface.js';

interface Manifest {
  features: { bot_user: { display_name: string }; slash_commands: { command: string; url: string }[] };
  oauth_config: { redirect_urls: string[]; scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url: string };
    org_deploy_enabled: boolean;
    socket_mode_enabled: boolean;
  };
}

describe('the Slack app manifest (slack/manifest.yml)', () => {
  const manifest = parse(readFileSync('slack/manifest.yml', 'utf8')) as Manifest;
  const sorted = (list: readonly string[]) => [...list].sort();

  it('asks for exactly the bot scopes the OAuth install requests', () => {
    assert.deepEqual(sorted(manifest.oauth_config.scopes.bot), sorted(SLACK_BOT_SCOPES));
  });

  it('subscribes to exactly the events the app handles', () => {
    assert.deepEqual(sorted(manifest.settings.event_subscriptions.bot_events), sorted(SLACK_BOT_EVENTS));
  });

  it('names the bot user aws and declares the /aws slash command', () => {
    assert.equal(manifest.features.bot_user.display_name, 'aws');
    assert.deepEqual(manifest.features.slash_commands.map((c) => c.command), [SLACK_COMMAND]);
  });

  it('sends events, interactivity and the slash command to one request URL, and OAuth back to the redirect path', () => {
    const events = `https://chatops.example.com${SLACK_EVENTS_PATH}`;
    assert.equal(manifest.settings.event_subscriptions.request_url, events);
    assert.equal(manifest.settings.interactivity.request_url, events);
    assert.equal(manifest.settings.interactivity.is_enabled, true);
    assert.deepEqual(manifest.features.slash_commands.map((c) => c.url), [events]);
    assert.deepEqual(manifest.oauth_config.redirect_urls, [`https://chatops.example.com${SLACK_REDIRECT_PATH}`]);
  });

  it('starts in HTTP mode without org-wide deployment', () => {
    assert.equal(manifest.settings.socket_mode_enabled, false);
    assert.equal(manifest.settings.org_deploy_enabled, false);
  });
});
