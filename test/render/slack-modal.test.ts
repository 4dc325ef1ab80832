import assert from 'node:assert/strict';
import type { ActionsBlock, InputBlock, KnownBlock, SectionBlock, StaticSelect } from '@slack/types';
import type { Card } from '../../src/core/card.js';
import { isChatOpsError } from '../../src/core/errors.js';
import { renderSlack } from '../../src/render/slack.js';
import { modalFromCard } from '../../src/render/slack-modal.js';
import { checkSlackModal } from '../../src/render/slack-modal-limits.js';
import { commandResultCard } from './sample-cards.js';

function runbookCard(): Card {
  return {
    title: 'Start the Automation runbook AWS-RestartEC2Instance',
    subtitle: 'Account 123456789012 · us-east-1',
    sections: [{ type: 'text', text: 'Two parameters are missing.' }],
    actions: [
      { type: 'button', id: 'cancel', label: 'Cancel', value: 'btn_9' },
      { type: 'input', id: 'InstanceId', label: 'Instance id', placeholder: 'i-…', required: true },
      { type: 'select', id: 'Region', label: 'Region', options: [{ label: 'us-east-1', value: 'us-east-1' }, { label: 'eu-west-1', value: 'eu-west-1' }], initial: 'eu-west-1' },
      { type: 'input', id: 'Reason', label: 'Reason', multiline: true },
    ],
  };
}

const inputs = (blocks: KnownBlock[]) => blocks.filter((b): b is InputBlock => b.type === 'input');

describe('the "Fill in" modal', function () {
  it('asks every select and input of the card in one form', function () {
    const view = modalFromCard(runbookCard(), '{"channelId":"C0ALERTS"}');
    assert.equal(view.type, 'modal');
    assert.equal(view.callback_id, 'chatops.form');
    assert.equal(view.private_metadata, '{"channelId":"C0ALERTS"}');
    assert.equal(view.submit.text, 'Submit');
    assert.equal(view.close.text, 'Cancel');
    assert.deepEqual(
      inputs(view.blocks).map((b) => [b.label.text, b.element.type, b.optional]),
      [
        ['Instance id', 'plain_text_input', false],
        ['Region', 'static_select', false],
        ['Reason', 'plain_text_input', true],
      ],
    );
    assert.deepEqual(checkSlackModal(view), []);
  });

  it('uses the block and action ids the message uses, so answers read the same from either', function () {
    const card = runbookCard();
    const message = renderSlack(card).blocks;
    const inMessage = [
      ...inputs(message).map((b) => [b.block_id, (b.element as { action_id?: string }).action_id]),
      ...message.filter((b): b is ActionsBlock => b.type === 'actions' && b.elements[0]?.type === 'static_select').map((b) => [b.block_id, (b.elements[0] as StaticSelect).action_id]),
    ].sort();
    const inModal = inputs(modalFromCard(card, '{}').blocks)
      .map((b) => [b.block_id, (b.element as { action_id?: string }).action_id])
      .sort();
    assert.deepEqual(inModal, inMessage);
  });

  it('keeps the initial choice of a select', function () {
    const region = inputs(modalFromCard(runbookCard(), '{}').blocks).find((b) => b.block_id === 'Region');
    assert.equal((region?.element as StaticSelect).initial_option?.value, 'eu-west-1');
  });

  it('waits for Submit instead of sending each answer on Enter', function () {
    for (const block of inputs(modalFromCard(runbookCard(), '{}').blocks)) assert.equal(block.dispatch_action, undefined);
  });

  it('cuts the title to 24 characters and shows the whole title and subtitle above the questions', function () {
    const view = modalFromCard(runbookCard(), '{}');
    assert.equal(view.title.text.length, 24);
    assert.ok(view.title.text.endsWith('…'));
    assert.equal((view.blocks[0] as SectionBlock).text?.text, '*Start the Automation runbook AWS-RestartEC2Instance*\nAccount 123456789012 · us-east-1');
  });

  it('works for the sample command card too', function () {
    assert.deepEqual(checkSlackModal(modalFromCard(commandResultCard(), '{}')), []);
  });

  it('refuses private metadata longer than Slack carries', function () {
    assert.throws(
      () => modalFromCard(runbookCard(), 'x'.repeat(3001)),
      (e: unknown) => isChatOpsError(e) && e.code === 'SLACK_MODAL_METADATA_TOO_LONG',
    );
  });

  it('refuses a card that asks nothing', function () {
    assert.throws(
      () => modalFromCard({ title: 'Nothing to ask', sections: [] }, '{}'),
      (e: unknown) => isChatOpsError(e) && e.code === 'SLACK_MODAL_NOTHING_TO_ASK',
    );
  });
});

describe('modal limits checker', function () {
  it('reports a title over 24 characters, too much metadata and an input that dispatches', function () {
    const view = modalFromCard(runbookCard(), '{}');
    const issues = checkSlackModal({
      ...view,
      title: { type: 'plain_text', text: 'x'.repeat(25) },
      private_metadata: 'm'.repeat(3001),
      blocks: [{ ...(inputs(view.blocks)[0] as InputBlock), dispatch_action: true }],
    });
    assert.deepEqual(issues, ['title: 25 characters, limit 24', 'private_metadata: 3,001 characters, limit 3,000', 'blocks[0]: a form input should wait for Submit, not dispatch on Enter']);
  });
});
