import assert from 'node:assert/strict';
import { parseFormBody } from '../../../../src/adapters/slack/inbound/form-body.js';
import { chatEventFromSlashCommand } from '../../../../src/adapters/slack/inbound/slash-command.js';
import { addressedText } from '../../../../src/commands/respond.js';
import { ChatOpsError } from '../../../../src/core/errors.js';
import { slackBody } from './support/slack-fixtures.js';

const isPayloadInvalid = (e: unknown) => e instanceof ChatOpsError && e.code === 'SLACK_PAYLOAD_INVALID';

describe('the /aws slash command', () => {
  it('becomes a ChatEvent addressed to @aws from the form Slack posts', () => {
    const form = parseFormBody(slackBody('slash-command-form-body.txt'));
    assert.deepEqual(chatEventFromSlashCommand(form), {
      platform: 'slack',
      workspaceId: 'T111',
      channelId: 'C111',
      user: { id: 'W111', name: 'primary-owner' },
      text: '@aws Hi',
      source: 'slash-command',
      triggerId: '111.111.xxx',
      responseUrl: 'https://hooks.slack.com/commands/T111/111/xxxxx',
    });
  });

  it('with no text asks the bot with an empty text (help), in a private channel', () => {
    const event = chatEventFromSlashCommand(parseFormBody(slackBody('slash-command-signed-test-vector.body.txt')));
    assert.equal(event.text, '@aws');
    assert.equal(addressedText(event.text), '');
    assert.equal(event.channelId, 'G8PSS9T3V');
    assert.equal(event.workspaceId, 'T1DC2JH3J');
    assert.deepEqual(event.user, { id: 'U2CERLKJA', name: 'roadrunner' });
  });

  it('has no thread or message: Slack runs slash commands at the channel level only', () => {
    const event = chatEventFromSlashCommand(parseFormBody(slackBody('slash-command-form-body.txt')));
    assert.equal(event.threadId, undefined);
    assert.equal(event.messageId, undefined);
  });

  it('undoes Slack formatting in the text', () => {
    const form = { ...parseFormBody(slackBody('slash-command-form-body.txt')), text: 'sns publish --topic-arn “arn:aws:sns:us-east-1:123456789012:ops” --message <http://example.com|example.com>' };
    assert.equal(chatEventFromSlashCommand(form).text, '@aws sns publish --topic-arn "arn:aws:sns:us-east-1:123456789012:ops" --message example.com');
  });

  it('keeps the text when the workspace named the command differently', () => {
    const form = { ...parseFormBody(slackBody('slash-command-form-body.txt')), command: '/aws-prod', text: 'help' };
    assert.equal(chatEventFromSlashCommand(form).text, '@aws help');
  });

  it('leaves out the trigger and response URL when Slack sends none', () => {
    const { trigger_id: _t, response_url: _r, user_name: _u, ...form } = parseFormBody(slackBody('slash-command-form-body.txt'));
    const event = chatEventFromSlashCommand(form);
    assert.equal('triggerId' in event, false);
    assert.equal('responseUrl' in event, false);
    assert.deepEqual(event.user, { id: 'W111' });
  });

  for (const field of ['team_id', 'channel_id', 'user_id', 'command']) {
    it(`rejects a form without ${field}, naming it`, () => {
      const form: Record<string, string> = parseFormBody(slackBody('slash-command-form-body.txt'));
      delete form[field];
      assert.throws(() => chatEventFromSlashCommand(form), (e: unknown) => isPayloadInvalid(e) && (e as ChatOpsError).userMessage.includes(`"${field}"`));
    });
  }

  it('rejects an empty form', () => {
    assert.throws(() => chatEventFromSlashCommand({}), isPayloadInvalid);
  });
});
