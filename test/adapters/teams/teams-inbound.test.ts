import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { teamsInbound } from '../../../src/adapters/teams/teams-inbound.js';
import type { TeamsInbound } from '../../../src/adapters/teams/teams-inbound.js';
import { decodeHtmlEntities, teamsPlainText } from '../../../src/adapters/teams/inbound/teams-text.js';
import { isChatOpsError } from '../../../src/core/errors.js';
import { fixturePath, listFiles } from '../../support/fixtures.js';
import { PLAYGROUND, botRemoved, executeInvoke, mentionMessage, plainMessage, submitMessage, uninstallFromTeam } from './support/synthetic-activities.js';

const fixture = (name: string): unknown => JSON.parse(readFileSync(fixturePath(`teams/${name}`), 'utf8'));
const SERVICE = 'http://127.0.0.1:56150/_connector';

function summary(inbound: TeamsInbound): string {
  switch (inbound.kind) {
    case 'mention':
      return `mention:${inbound.event.text}`;
    case 'action':
      return `action:${inbound.event.kind}:${inbound.event.actionId}`;
    case 'installed':
      return `installed:${inbound.how}`;
    case 'uninstalled':
      return `uninstalled:${inbound.teamId ? `team ${inbound.teamId}` : `conversation ${inbound.conversationId}`}`;
    case 'channel-created':
      return `channel-created:${inbound.channel.conversationId}`;
    case 'channel-deleted':
      return `channel-deleted:${inbound.channelId}`;
    default:
      return `ignored:${inbound.reason}`;
  }
}

/** Every real fixture: what it becomes, and the conversation reference it names. */
const FIXTURES: Record<string, { is: string; reference: Record<string, string> }> = {
  'conversation-update-bot-added-personal-chat.json': {
    is: 'installed:conversationUpdate membersAdded',
    reference: { conversationId: '***', conversationType: 'personal', serviceUrl: 'https://smba.trafficmanager.net/amer-client-ss.msg/', tenantId: '<TENANT ID>', botId: '28:<BOT ID>' },
  },
  'conversation-update-bot-added-to-team-channel.json': {
    is: 'installed:conversationUpdate teamMemberAdded',
    reference: {
      conversationId: '19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2',
      conversationType: 'channel',
      serviceUrl: 'https://smba.trafficmanager.net/amer/',
      tenantId: 'b28fdbfd-2b78-4f93-b0f8-8881793f0f8f',
      teamId: '19:zFLSDFWsesfzcmKArqKJ-65aOXJz@sgf462H2wz41@thread.tacv2',
      botId: '28:608cacfd-1cea-40c9-b678-4b93e69bb72b',
    },
  },
  'conversation-update-channel-created.json': {
    is: 'channel-created:19:6d97d816470f481dbcda38244b98689a@thread.skype',
    reference: {
      conversationId: '19:efa9296d959346209fea44151c742e73@thread.skype',
      conversationType: 'channel',
      serviceUrl: 'https://smba.trafficmanager.net/amer-client-ss.msg/',
      tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
      teamId: '19:efa9296d959346209fea44151c742e73@thread.skype',
      botId: '28:f5d48856-5b42-41a0-8c3a-c5f944b679b0',
    },
  },
  'installation-update-add-channel.json': {
    is: 'installed:installationUpdate add',
    reference: {
      conversationId: '19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2',
      conversationType: 'channel',
      serviceUrl: 'https://smba.trafficmanager.net/amer/',
      tenantId: 'b28fdbfd-2b78-4f93-b0f8-8881793f0f8f',
      teamId: '19:zFLSDFWsesfzcmKArqKJ-65aOXJz@sgf462H2wz41@thread.tacv2',
      botId: '28:608cacfd-1cea-40c9-b678-4b93e69bb72b',
    },
  },
  'message-personal-chat-1to1.json': {
    is: 'mention:@aws Hello Teams TestBot.Sending bold-italic rich text',
    reference: {
      conversationId: 'a:17I0kl9EkpE1O9PH5TWrzrLNwnWWcfrU7QZjKR0WSfOpzbfcAg2IaydGElSo10tVr4C7Fc6GtieTJX663WuJCc1uA83n4CSrHSgGBj5XNYLcVlJAs2ZX8DbYBPck201w-',
      conversationType: 'personal',
      serviceUrl: 'https://smba.trafficmanager.net/amer/',
      tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
      botId: '28:c9e8c047-2a74-40a2-b28a-b162d5f5327c',
    },
  },
};

describe('Teams activities into our events', () => {
  describe('replaying every real Teams fixture', () => {
    it('has an expectation for every fixture in ../shared/fixtures/teams', () => {
      assert.deepEqual(listFiles(fixturePath('teams')), Object.keys(FIXTURES).sort());
    });
    for (const [name, expected] of Object.entries(FIXTURES)) {
      it(`reads ${name}`, () => {
        const inbound = teamsInbound(fixture(name));
        assert.equal(summary(inbound), expected.is);
        assert.deepEqual(inbound.reference, expected.reference);
      });
    }

    it('turns the personal chat message into a ChatEvent from the person, with the tenant as workspace', () => {
      const inbound = teamsInbound(fixture('message-personal-chat-1to1.json'));
      assert.equal(inbound.kind, 'mention');
      assert.deepEqual(inbound.event, {
        platform: 'teams',
        workspaceId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
        channelId: FIXTURES['message-personal-chat-1to1.json']!.reference.conversationId,
        messageId: '1485983408511',
        user: { id: '7faf8ab2-3d56-4244-b585-20c8a42ed2b8', name: 'Megan Bowen' },
        text: '@aws Hello Teams TestBot.Sending bold-italic rich text',
        source: 'mention',
      });
    });
  });

  describe('mentions', () => {
    it('strips the bot mention from a channel post and makes the post its own thread', () => {
      const inbound = teamsInbound(mentionMessage(SERVICE, 'help', { id: '1795461779956' }));
      assert.equal(inbound.kind, 'mention');
      assert.equal(inbound.event.text, '@aws help');
      assert.equal(inbound.event.channelId, PLAYGROUND.channelId);
      assert.equal(inbound.event.threadId, '1795461779956');
      assert.equal(inbound.event.messageId, '1795461779956');
      assert.equal(inbound.event.workspaceId, PLAYGROUND.tenantId);
      assert.deepEqual(inbound.event.user, { id: PLAYGROUND.user.aadObjectId, name: PLAYGROUND.user.name });
    });

    it('puts a reply in a channel thread in that thread (the root from ;messageid=)', () => {
      const inbound = teamsInbound(mentionMessage(SERVICE, 'help', { threadRoot: '1795461779956', id: '1795461780001' }));
      assert.equal(inbound.kind, 'mention');
      assert.equal(inbound.event.threadId, '1795461779956');
      assert.equal(inbound.event.messageId, '1795461780001');
      assert.equal(inbound.event.channelId, PLAYGROUND.channelId);
      assert.equal(inbound.reference?.conversationId, PLAYGROUND.channelId, 'the reference is the channel, not the thread');
    });

    it('reads a mention in a group chat, which has no threads', () => {
      const inbound = teamsInbound(mentionMessage(SERVICE, 'help', { where: 'groupChat' }));
      assert.equal(inbound.kind, 'mention');
      assert.equal(inbound.event.channelId, PLAYGROUND.groupChatId);
      assert.equal(inbound.event.threadId, undefined);
    });

    it('takes every personal chat message as addressed to the bot', () => {
      const inbound = teamsInbound(plainMessage(SERVICE, 'preferences', 'personal'));
      assert.equal(summary(inbound), 'mention:@aws preferences');
    });

    it('ignores a channel or group chat message that does not mention the bot', () => {
      assert.equal(summary(teamsInbound(plainMessage(SERVICE, 'deploying now'))), 'ignored:a message that does not mention the bot');
      assert.equal(summary(teamsInbound(plainMessage(SERVICE, 'lunch?', 'groupChat'))), 'ignored:a message that does not mention the bot');
    });

    it('undoes HTML entities and tags after removing the mention', () => {
      const text = '<at>aws</at> s3 ls &quot;my&nbsp;bucket&quot; &amp;&amp; echo &lt;b&gt; &#39;x&#39; &#x1F600; &amp;lt;';
      assert.equal(teamsPlainText(text, [{ type: 'mention', mentioned: { id: 'b', name: 'aws' }, text: '<at>aws</at>' }]), `s3 ls "my bucket" && echo <b> 'x' 😀 &lt;`);
      assert.equal(teamsPlainText('<p><at>aws</at> help</p><p>second <b>line</b></p>', [{ type: 'mention', text: '<at>aws</at>' }]), 'help\nsecond line');
      assert.equal(teamsPlainText('ask <at>Bob</at> about it'), 'ask Bob about it', "someone else's mention keeps the name");
      assert.equal(decodeHtmlEntities('&bogus; &#0; &#xD800;'), '&bogus; &#0; &#xD800;', 'unknown or invalid entities stay as written');
    });

    it('does not add a second "@aws" when someone also typed it', () => {
      assert.equal(summary(teamsInbound(plainMessage(SERVICE, '@aws help', 'personal'))), 'mention:@aws help');
    });
  });

  describe('card actions', () => {
    it('reads an Action.Execute click: the card is replyToId, the channel thread is the card', () => {
      const inbound = teamsInbound(executeInvoke(SERVICE, '1795461855170', { actionId: 'approve', value: 'opaque-1' }));
      assert.equal(inbound.kind, 'action');
      assert.equal(inbound.invoke, true);
      assert.deepEqual(inbound.event, {
        platform: 'teams',
        workspaceId: PLAYGROUND.tenantId,
        channelId: PLAYGROUND.channelId,
        messageId: '1795461855170',
        threadId: '1795461855170',
        actionId: 'approve',
        value: 'opaque-1',
        user: { id: PLAYGROUND.user.aadObjectId, name: PLAYGROUND.user.name },
        values: {},
        kind: 'click',
      });
    });

    it('reads an Action.Execute with inputs as a submit, in the thread named by the conversation id', () => {
      const inbound = teamsInbound(executeInvoke(SERVICE, '1795461855175', { actionId: 'run', region: 'eu-west-1', count: 3 }, { threadRoot: '1795461855170' }));
      assert.equal(inbound.kind, 'action');
      assert.equal(inbound.event.kind, 'submit');
      assert.equal(inbound.event.threadId, '1795461855170');
      assert.deepEqual(inbound.event.values, { region: 'eu-west-1', count: '3' });
    });

    it('reads an Action.Submit message (empty text, value) as a submitted form', () => {
      const inbound = teamsInbound(submitMessage(SERVICE, '1795461855170', { actionId: 'submit1', note: 'sub note' }));
      assert.equal(inbound.kind, 'action');
      assert.equal(inbound.invoke, false);
      assert.equal(inbound.event.kind, 'submit');
      assert.equal(inbound.event.messageId, '1795461855170');
      assert.deepEqual(inbound.event.values, { note: 'sub note' });
    });
  });

  describe('uninstalls', () => {
    it('drops every channel of the team when the app is uninstalled (it arrives on the team id)', () => {
      const inbound = teamsInbound(uninstallFromTeam(SERVICE));
      assert.equal(summary(inbound), `uninstalled:team ${PLAYGROUND.teamId}`);
      assert.equal(inbound.reference, undefined, 'no reference is kept for a conversation the bot left');
    });

    it('drops a chat the bot was removed from', () => {
      assert.equal(summary(teamsInbound(botRemoved(SERVICE, 'groupChat'))), `uninstalled:conversation ${PLAYGROUND.groupChatId}`);
      assert.equal(summary(teamsInbound(botRemoved(SERVICE, 'personal'))), `uninstalled:conversation ${PLAYGROUND.personalChatId}`);
    });
  });

  it('refuses an activity it cannot read with TEAMS_ACTIVITY_INVALID naming the field', () => {
    const broken = { ...mentionMessage(SERVICE, 'help'), serviceUrl: 'javascript:alert(1)' };
    assert.throws(
      () => teamsInbound(broken),
      (e: unknown) => isChatOpsError(e) && e.code === 'TEAMS_ACTIVITY_INVALID' && /"serviceUrl"/.test(e.userMessage),
    );
    assert.throws(() => teamsInbound({ type: 'message' }), (e: unknown) => isChatOpsError(e) && e.code === 'TEAMS_ACTIVITY_INVALID');
  });
});
