import assert from 'node:assert/strict';
import { startSlackApiServer, type SlackApiServer } from './slack-api-server.js';
import { fakeSlackClient, slackErrorOf } from './slack-client.js';

const modal = (title = 'Describe instances') => ({
  type: 'modal' as const,
  callback_id: 'chatops.form',
  private_metadata: '{"dialog":"d-1"}',
  title: { type: 'plain_text' as const, text: title },
  submit: { type: 'plain_text' as const, text: 'Run' },
  blocks: [{ type: 'input' as const, block_id: 'region', label: { type: 'plain_text' as const, text: 'Region' }, element: { type: 'plain_text_input' as const, action_id: 'value' } }],
});

describe('fake Slack files and modals', () => {
  let server: SlackApiServer;
  before(async () => {
    server = await startSlackApiServer();
  });
  afterEach(() => server.reset());
  after(() => server.close());
  const client = () => fakeSlackClient(server);

  describe('files.uploadV2', () => {
    it('uploads a long output into a thread end to end, as WebClient does it', async () => {
      const parent = await client().chat.postMessage({ channel: 'C0ALERTS', text: 'Command output' });
      const output = 'line\n'.repeat(10_000);
      const res = await client().filesUploadV2({
        channel_id: 'C0ALERTS', thread_ts: parent.ts ?? '', content: output, filename: 'output.txt', title: 'aws ec2 describe-instances', initial_comment: 'Full output',
      });
      assert.equal(res.ok, true);
      assert.equal(server.files.length, 1);
      assert.deepEqual({ ...server.files[0], id: undefined }, {
        id: undefined, filename: 'output.txt', title: 'aws ec2 describe-instances', content: output, channel: 'C0ALERTS', thread_ts: parent.ts, initialComment: 'Full output',
      });
      assert.deepEqual(server.calls.map((c) => c.method), ['chat.postMessage', 'files.getUploadURLExternal', 'files.completeUploadExternal']);
      assert.deepEqual(server.callsTo('files.completeUploadExternal')[0]?.args.files, [{ id: server.files[0]?.id, title: 'aws ec2 describe-instances' }]);
    });

    it('refuses to complete a file that was never uploaded, and to share into a channel it cannot post to', async () => {
      assert.equal(await slackErrorOf(client().files.completeUploadExternal({ files: [{ id: 'F0NOPE' }] })), 'file_not_found');
      assert.equal(await slackErrorOf(client().filesUploadV2({ channel_id: 'C0ARCHIVED', content: 'x', filename: 'x.txt' })), 'is_archived');
    });
  });

  describe('views.open', () => {
    it('opens a modal for a trigger and records it', async () => {
      const res = await client().views.open({ trigger_id: '111.222.valid', view: modal() });
      assert.match(res.view?.id ?? '', /^V/);
      assert.equal(res.view?.callback_id, 'chatops.form');
      assert.equal(res.view?.private_metadata, '{"dialog":"d-1"}');
      assert.deepEqual(server.views, [{ triggerId: '111.222.valid', view: modal() }]);
    });

    it('opens one modal per trigger id (exchanged_trigger_id)', async () => {
      await client().views.open({ trigger_id: '111.222.valid', view: modal() });
      assert.equal(await slackErrorOf(client().views.open({ trigger_id: '111.222.valid', view: modal() })), 'exchanged_trigger_id');
    });

    it('refuses a malformed trigger id or modal with invalid_arguments and says why', async () => {
      assert.equal(await slackErrorOf(client().views.open({ trigger_id: 'nonsense', view: modal() })), 'invalid_arguments');
      const res = await fetch(`${server.url}views.open`, {
        method: 'POST',
        headers: { authorization: 'Bearer xoxb-test-token', 'content-type': 'application/json' },
        body: JSON.stringify({ trigger_id: '111.222.xxx', view: { ...modal('A title far longer than Slack allows'), submit: undefined } }),
      });
      assert.deepEqual(await res.json(), {
        ok: false,
        error: 'invalid_arguments',
        response_metadata: {
          messages: [
            '[ERROR] must be less than 25 characters [json-pointer:/view/title/text]',
            '[ERROR] a modal with input blocks needs a submit button [json-pointer:/view/submit]',
          ],
        },
      });
    });

    it('updates an open modal by view id, and refuses a stale hash', async () => {
      const opened = await client().views.open({ trigger_id: '111.222.valid', view: modal() });
      const updated = await client().views.update({ view_id: opened.view?.id ?? '', hash: opened.view?.hash ?? '', view: modal('Working…') });
      assert.deepEqual(updated.view?.title, { type: 'plain_text', text: 'Working…' });
      assert.equal(await slackErrorOf(client().views.update({ view_id: opened.view?.id ?? '', hash: opened.view?.hash ?? '', view: modal() })), 'hash_conflict');
      assert.equal(await slackErrorOf(client().views.update({ view_id: 'V0NOPE', view: modal() })), 'not_found');
    });
  });
});
