import { checkSlackLimits } from '../../../src/render/slack-limits.js';
import type { SlackMessage } from '../../../src/render/types.js';

/** Block types Slack accepts in messages and modals. */
const BLOCK_TYPES = new Set(['actions', 'context', 'context_actions', 'divider', 'file', 'header', 'image', 'input', 'markdown', 'rich_text', 'section', 'table', 'video']);

/** Interactive elements Slack accepts in actions blocks, section accessories and input blocks. */
const ELEMENT_TYPES = new Set([
  'button', 'checkboxes', 'datepicker', 'datetimepicker', 'email_text_input', 'file_input', 'image', 'number_input', 'overflow',
  'plain_text_input', 'radio_buttons', 'rich_text_input', 'timepicker', 'url_text_input', 'workflow_button',
  'static_select', 'external_select', 'users_select', 'conversations_select', 'channels_select',
  'multi_static_select', 'multi_external_select', 'multi_users_select', 'multi_conversations_select', 'multi_channels_select',
]);

export interface BlocksProblem {
  error: 'invalid_blocks' | 'invalid_blocks_format';
  /** One line per problem, ending in Slack's `[json-pointer:/blocks/…]`. */
  errors: string[];
}

/**
 * What Slack would say about a `blocks` argument: a value that is not an array is
 * invalid_blocks_format; an unknown block or element type, or a broken Block Kit limit
 * (src/render/slack-limits.ts), is invalid_blocks. Undefined when Slack accepts it.
 */
export function checkBlocks(blocks: unknown, maxBlocks = 50): BlocksProblem | undefined {
  if (blocks === undefined) return undefined;
  if (!Array.isArray(blocks)) return { error: 'invalid_blocks_format', errors: ['must be a JSON-encoded array [json-pointer:/blocks]'] };
  const errors: string[] = [];
  if (blocks.length > maxBlocks) errors.push(`no more than ${maxBlocks} items allowed [json-pointer:/blocks]`);
  blocks.forEach((block: unknown, i) => errors.push(...typeProblems(block, i)));
  if (errors.length === 0) errors.push(...limitProblems(blocks));
  return errors.length > 0 ? { error: 'invalid_blocks', errors } : undefined;
}

function typeProblems(block: unknown, i: number): string[] {
  const at = `/blocks/${i}`;
  if (typeof block !== 'object' || block === null || Array.isArray(block)) return [`must be an object [json-pointer:${at}]`];
  const b = block as Record<string, unknown>;
  if (typeof b.type !== 'string') return [`missing required field: type [json-pointer:${at}]`];
  if (!BLOCK_TYPES.has(b.type)) return [`unsupported type: ${b.type} [json-pointer:${at}/type]`];
  const elements: [unknown, string][] = [];
  if (b.type === 'actions' && Array.isArray(b.elements)) b.elements.forEach((e: unknown, j) => elements.push([e, `${at}/elements/${j}`]));
  if (b.type === 'section' && b.accessory !== undefined) elements.push([b.accessory, `${at}/accessory`]);
  if (b.type === 'input') elements.push([b.element, `${at}/element`]);
  return elements
    .filter(([e]) => typeof e !== 'object' || e === null || !ELEMENT_TYPES.has(String((e as { type?: unknown }).type)))
    .map(([e, path]) => `unsupported type: ${String((e as { type?: unknown } | null)?.type)} [json-pointer:${path}/type]`);
}

/** The renderer's limits checker, minus what it says about the fallback text and about types it does not emit. */
function limitProblems(blocks: unknown[]): string[] {
  let issues: string[];
  try {
    issues = checkSlackLimits({ text: 'x', blocks: blocks as SlackMessage['blocks'] });
  } catch {
    return ['failed to match all allowed schemas [json-pointer:/blocks]'];
  }
  return issues
    .filter((issue) => issue.startsWith('blocks[') && !issue.includes('is not one the renderer emits'))
    .map((issue) => {
      const colon = issue.indexOf(':');
      const path = issue.slice(0, colon).replace(/\[(\d+)\]/g, '.$1').split('.').join('/');
      return `${issue.slice(colon + 1).trim()} [json-pointer:/${path}]`;
    });
}
