import assert from 'node:assert/strict';
import { chatEventFromSlackEvent } from '../../../../src/adapters/slack/inbound/events-api.js';
import { addressedText } from '../../../../src/commands/respond.js';
import { ChatOpsError } from '../../../../src/core/errors.js';
import { slackJson, withEvent } from './support/slack-fixtures.js';

const isPayloadInvalid = (e: unknown) => e instanceof ChatOpsError && e.code === 'SLACK_PAYLOAD_INVALID';

describe('Slack events as chat messages', () => {
  describe('a mention of the bot', () => {
    it('becomes a ChatEvent addressed to @aws, the bot mention removed', () => {
      const event = chatEventFromSlackEvent(slackJson('events-api-app-mention.json'), { botUserId: 'W111' });
      assert.deepEqual(event, {
        platform: 'slack',
        workspaceId: 'T111',
        channelId: 'C111',
        messageId: '1595926230.009600',
        user: { id: 'W222' },
        text: '@aws Hi there!',
        source: 'mention',
      });
      assert.equal(addressedText(event?.text ?? ''), 'Hi there!');
    });

    it('drops the leading mention even when the bot id is not known (Slack sent app_mention for it)', () => {
      const event = chatEventFromSlackEvent(slackJson('events-api-app-mention.json'));
      assert.equal(event?.text, '@aws Hi there!');
    });

    it("learns the bot's id from the event's authorizations", () => {
      const body = withEvent(slackJson('events-api-app-mention-shared-channel.json'), { text: '<@U777> <@W111> hello' });
      assert.equal(chatEventFromSlackEvent(body)?.text, '@aws @U777 @W111 hello');
    });

    it('in a shared channel belongs to the workspace that installed the app', () => {
      const body = withEvent(slackJson('events-api-app-mention-shared-channel.json'), { team: 'T_AUTHOR_HOME', user_team: 'T_AUTHOR_HOME' });
      assert.equal(chatEventFromSlackEvent(body)?.workspaceId, 'T_INSTALLED');
    });

    it('in a thread carries the thread', () => {
      const body = withEvent(slackJson('events-api-app-mention.json'), { thread_ts: '1595926000.000100' });
      const event = chatEventFromSlackEvent(body, { botUserId: 'W111' });
      assert.equal(event?.threadId, '1595926000.000100');
      assert.equal(event?.messageId, '1595926230.009600');
    });

    it('undoes Slack formatting in the command text', () => {
      const body = withEvent(slackJson('events-api-app-mention.json'), {
        text: '<@W111> s3api head-bucket --bucket <http://logs.s3.amazonaws.com|logs.s3.amazonaws.com> --expected-bucket-owner “123456789012” &amp;&amp;',
      });
      assert.equal(chatEventFromSlackEvent(body)?.text, '@aws s3api head-bucket --bucket logs.s3.amazonaws.com --expected-bucket-owner "123456789012" &&');
    });

    it('with nothing after the mention asks the bot with an empty text (help)', () => {
      const body = withEvent(slackJson('events-api-app-mention.json'), { text: '<@W111>' });
      const event = chatEventFromSlackEvent(body);
      assert.equal(event?.text, '@aws');
      assert.equal(addressedText(event?.text ?? ''), '');
    });

    it('from another bot is ignored', () => {
      const body = withEvent(slackJson('events-api-app-mention.json'), { bot_id: 'B999' });
      assert.equal(chatEventFromSlackEvent(body), undefined);
    });

    it('in an edited message is ignored', () => {
      const body = withEvent(slackJson('events-api-app-mention.json'), { edited: { user: 'W222', ts: '1595926300.000000' } });
      assert.equal(chatEventFromSlackEvent(body), undefined);
    });
  });

  describe('a message in a channel', () => {
    it('is ignored when it is not in a thread', () => {
      assert.equal(chatEventFromSlackEvent(slackJson('events-api-message-channel.json')), undefined);
    });

    it('is ignored when it starts a thread (thread_ts is its own ts)', () => {
      const body = withEvent(slackJson('events-api-message-channel.json'), { thread_ts: '1596183880.004200' });
      assert.equal(chatEventFromSlackEvent(body), undefined);
    });

    it('in a thread becomes a thread reply for the app to place, text as written', () => {
      const body = withEvent(slackJson('events-api-message-channel.json'), { thread_ts: '1596183000.000100', text: 'and for “prod”?' });
      assert.deepEqual(chatEventFromSlackEvent(body), {
        platform: 'slack',
        workspaceId: 'T111',
        channelId: 'C111',
        messageId: '1596183880.004200',
        threadId: '1596183000.000100',
        user: { id: 'W111' },
        text: 'and for "prod"?',
        source: 'thread-reply',
      });
    });

    it('sent to the thread and the channel (thread_broadcast) is a thread reply', () => {
      const event = chatEventFromSlackEvent(slackJson('events-api-message-thread-broadcast-in-thread.json'));
      assert.equal(event?.source, 'thread-reply');
      assert.equal(event?.threadId, '1633663824.000500');
      assert.equal(event?.text, 'Hi there!');
    });

    it('in a thread that mentions the bot is left to its app_mention event (no double answer)', () => {
      const body = withEvent(slackJson('events-api-message-thread-broadcast-in-thread.json'), { text: 'thanks <@W111> and again' });
      assert.equal(chatEventFromSlackEvent(body), undefined);
    });

    it('from a bot is ignored', () => {
      assert.equal(chatEventFromSlackEvent(slackJson('events-api-message-bot-message.json')), undefined);
    });

    it('from a bot in a thread is ignored', () => {
      const body = withEvent(slackJson('events-api-message-bot-message.json'), { thread_ts: '1610261000.000100' });
      assert.equal(chatEventFromSlackEvent(body), undefined);
    });

    for (const subtype of ['bot_message', 'message_changed', 'message_deleted', 'channel_join', 'channel_topic']) {
      it(`with subtype ${subtype} is ignored`, () => {
        const body = withEvent(slackJson('events-api-message-thread-broadcast-in-thread.json'), { subtype });
        assert.equal(chatEventFromSlackEvent(body), undefined);
      });
    }
  });

  describe('other bodies', () => {
    it('ignores events that are not messages (reaction_added)', () => {
      assert.equal(chatEventFromSlackEvent(slackJson('events-api-reaction-added.json')), undefined);
    });

    it('ignores url_verification (Bolt answers it)', () => {
      assert.equal(chatEventFromSlackEvent(slackJson('events-api-url-verification.json')), undefined);
    });

    it('ignores lifecycle events', () => {
      assert.equal(chatEventFromSlackEvent(slackJson('events-api-app-uninstalled.json')), undefined);
      assert.equal(chatEventFromSlackEvent(slackJson('events-api-tokens-revoked.json')), undefined);
    });
  });

  describe('malformed bodies', () => {
    for (const [what, body] of [
      ['not an object', 'event_callback'],
      ['null', null],
      ['an array', [{ type: 'event_callback' }]],
      ['an object without a type', { event: {} }],
      ['a type that is not a string', { type: 7 }],
    ] as const) {
      it(`rejects ${what} with SLACK_PAYLOAD_INVALID`, () => {
        assert.throws(() => chatEventFromSlackEvent(body), isPayloadInvalid);
      });
    }

    it('rejects an event_callback without its event', () => {
      const { event: _event, ...body } = slackJson('events-api-app-mention.json');
      assert.throws(() => chatEventFromSlackEvent(body), (e: unknown) => isPayloadInvalid(e) && /"event"/.test((e as ChatOpsError).userMessage));
    });

    it('rejects an event_callback without team_id', () => {
      const { team_id: _team, ...body } = slackJson('events-api-app-mention.json');
      assert.throws(() => chatEventFromSlackEvent(body), isPayloadInvalid);
    });

    it('rejects a mention without its channel, naming the field', () => {
      const body = withEvent(slackJson('events-api-app-mention.json'), { channel: undefined });
      assert.throws(
        () => chatEventFromSlackEvent(body),
        (e: unknown) => isPayloadInvalid(e) && (e as ChatOpsError).userMessage.includes('"channel"') && (e as ChatOpsError).nextStep !== undefined,
      );
    });

    it('rejects a mention whose text is not a string', () => {
      const body = withEvent(slackJson('events-api-app-mention.json'), { text: { rich: true } });
      assert.throws(() => chatEventFromSlackEvent(body), isPayloadInvalid);
    });
  });
});
