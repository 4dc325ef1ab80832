import type { PlainTextElement } from '@slack/types';
import { formatCount } from './truncate.js';
import { checkSlackBlocks, SLACK_LIMITS as L } from './slack-limits.js';
import type { SlackModalView } from './slack-modal.js';

/** Every limit a `views.open` modal breaks, as readable lines; empty when Slack will accept it. */
export function checkSlackModal(view: SlackModalView): string[] {
  const issues: string[] = [];
  const over = (at: string, value: string, max: number) => {
    if (value.length > max) issues.push(`${at}: ${formatCount(value.length)} characters, limit ${formatCount(max)}`);
  };
  const plain = (at: string, t: PlainTextElement, max: number) => {
    if (t.type !== 'plain_text') issues.push(`${at}: takes plain_text`);
    if (!t.text.trim()) issues.push(`${at}: empty text`);
    over(at, t.text, max);
  };
  if (view.type !== 'modal') issues.push('type: not "modal"');
  plain('title', view.title, L.modalTitle);
  plain('submit', view.submit, L.modalButton);
  plain('close', view.close, L.modalButton);
  over('callback_id', view.callback_id, L.callbackId);
  over('private_metadata', view.private_metadata, L.privateMetadata);
  if (view.blocks.length > L.modalBlocks) issues.push(`blocks: ${view.blocks.length} blocks, limit ${L.modalBlocks}`);
  if (view.blocks.length === 0) issues.push('blocks: empty');
  for (const [i, block] of view.blocks.entries()) {
    if (block.type === 'input' && 'dispatch_action' in block && block.dispatch_action) issues.push(`blocks[${i}]: a form input should wait for Submit, not dispatch on Enter`);
  }
  return [...issues, ...checkSlackBlocks(view.blocks)];
}
