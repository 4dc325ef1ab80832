import type { ActionsBlockElement, KnownBlock, PlainTextElement, MrkdwnElement, SectionBlockAccessory } from '@slack/types';
import { formatCount } from './truncate.js';
import type { SlackMessage } from './types.js';

/** The Block Kit limits the renderer enforces (chat.postMessage rejects a message that breaks one). */
export const SLACK_LIMITS = {
  blocks: 50,
  sectionText: 3000,
  headerText: 150,
  fields: 10,
  fieldText: 2000,
  contextElements: 10,
  contextText: 2000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  url: 3000,
  actionId: 255,
  blockId: 255,
  selectOptions: 100,
  optionText: 75,
  optionValue: 150,
  optionDescription: 75,
  placeholder: 150,
  inputLabel: 2000,
  inputInitialValue: 3000,
  imageAltText: 2000,
  imageTitle: 2000,
  confirmTitle: 100,
  confirmText: 300,
  confirmButton: 30,
  /** Modals (views.open). */
  modalBlocks: 100,
  modalTitle: 24,
  modalButton: 24,
  callbackId: 255,
  privateMetadata: 3000,
  /** Our own budget for the top-level `text` (notifications, screen readers). */
  fallbackText: 3000,
} as const;

type Issues = string[];

/** Every Block Kit limit `message` breaks, as readable lines; empty when Slack will accept it. */
export function checkSlackLimits(message: SlackMessage): string[] {
  const issues: Issues = [];
  const L = SLACK_LIMITS;
  if (!message.text.trim()) issues.push('text: empty');
  maxLength(issues, 'text', message.text, L.fallbackText);
  if (message.blocks.length > L.blocks) issues.push(`blocks: ${message.blocks.length} blocks, limit ${L.blocks}`);
  return [...issues, ...checkSlackBlocks(message.blocks)];
}

/** Every limit the blocks themselves break (ids, texts, elements), whatever surface holds them. */
export function checkSlackBlocks(blocks: readonly KnownBlock[]): string[] {
  const issues: Issues = [];
  const blockIds = new Set<string>();
  const actionIds = new Set<string>();
  blocks.forEach((block, i) => {
    const at = `blocks[${i}]`;
    if (block.block_id !== undefined) {
      maxLength(issues, `${at}.block_id`, block.block_id, SLACK_LIMITS.blockId);
      if (blockIds.has(block.block_id)) issues.push(`${at}.block_id: duplicate "${block.block_id}"`);
      blockIds.add(block.block_id);
    }
    checkBlock(issues, at, block, actionIds);
  });
  return issues;
}

function checkBlock(issues: Issues, at: string, block: KnownBlock, actionIds: Set<string>): void {
  const L = SLACK_LIMITS;
  switch (block.type) {
    case 'header':
      text(issues, `${at}.text`, block.text, L.headerText);
      if (block.text.type !== 'plain_text') issues.push(`${at}.text: a header takes plain_text`);
      break;
    case 'section':
      if (!block.text && !block.fields?.length) issues.push(`${at}: a section needs text or fields`);
      if (block.text) text(issues, `${at}.text`, block.text, L.sectionText);
      if (block.fields) {
        if (block.fields.length > L.fields) issues.push(`${at}.fields: ${block.fields.length} fields, limit ${L.fields}`);
        block.fields.forEach((f, j) => text(issues, `${at}.fields[${j}]`, f, L.fieldText));
      }
      if (block.accessory) accessory(issues, `${at}.accessory`, block.accessory, actionIds);
      break;
    case 'context':
      if (block.elements.length > L.contextElements) issues.push(`${at}.elements: ${block.elements.length} elements, limit ${L.contextElements}`);
      if (block.elements.length === 0) issues.push(`${at}.elements: empty`);
      block.elements.forEach((e, j) => {
        if (e.type === 'image') imageUrl(issues, `${at}.elements[${j}]`, 'image_url' in e ? e.image_url : undefined);
        else text(issues, `${at}.elements[${j}]`, e, L.contextText);
      });
      break;
    case 'actions':
      if (block.elements.length > L.actionsElements) issues.push(`${at}.elements: ${block.elements.length} elements, limit ${L.actionsElements}`);
      if (block.elements.length === 0) issues.push(`${at}.elements: empty`);
      block.elements.forEach((e, j) => element(issues, `${at}.elements[${j}]`, e, actionIds));
      break;
    case 'input':
      text(issues, `${at}.label`, block.label, L.inputLabel);
      if (block.element.type === 'plain_text_input') {
        actionId(issues, `${at}.element`, block.element.action_id, actionIds);
        if (block.element.placeholder) text(issues, `${at}.element.placeholder`, block.element.placeholder, L.placeholder);
        if (block.element.initial_value !== undefined) maxLength(issues, `${at}.element.initial_value`, block.element.initial_value, L.inputInitialValue);
      } else if (block.element.type === 'static_select') {
        element(issues, `${at}.element`, block.element, actionIds);
      } else {
        issues.push(`${at}.element: element type "${block.element.type}" is not one the renderer emits`);
      }
      break;
    case 'image':
      maxLength(issues, `${at}.alt_text`, block.alt_text, L.imageAltText);
      if (!block.alt_text) issues.push(`${at}.alt_text: empty`);
      if (block.title) text(issues, `${at}.title`, block.title, L.imageTitle);
      imageUrl(issues, at, 'image_url' in block ? block.image_url : undefined);
      break;
    case 'divider':
      break;
    default:
      issues.push(`${at}: block type "${block.type}" is not one the renderer emits`);
  }
}

function element(issues: Issues, at: string, e: ActionsBlockElement | SectionBlockAccessory, actionIds: Set<string>): void {
  const L = SLACK_LIMITS;
  if (e.type === 'button') {
    text(issues, `${at}.text`, e.text, L.buttonText);
    actionId(issues, at, e.action_id, actionIds);
    if (e.value !== undefined) maxLength(issues, `${at}.value`, e.value, L.buttonValue);
    if (e.url !== undefined) {
      maxLength(issues, `${at}.url`, e.url, L.url);
      if (!/^https?:\/\//i.test(e.url)) issues.push(`${at}.url: not an http(s) URL`);
    }
    if (e.confirm) {
      if (e.confirm.title) text(issues, `${at}.confirm.title`, e.confirm.title, L.confirmTitle);
      text(issues, `${at}.confirm.text`, e.confirm.text, L.confirmText);
      if (e.confirm.confirm) text(issues, `${at}.confirm.confirm`, e.confirm.confirm, L.confirmButton);
      if (e.confirm.deny) text(issues, `${at}.confirm.deny`, e.confirm.deny, L.confirmButton);
    }
  } else if (e.type === 'static_select') {
    actionId(issues, at, e.action_id, actionIds);
    if (e.placeholder) text(issues, `${at}.placeholder`, e.placeholder, L.placeholder);
    const options = e.options ?? [];
    if (options.length === 0) issues.push(`${at}.options: empty`);
    if (options.length > L.selectOptions) issues.push(`${at}.options: ${options.length} options, limit ${L.selectOptions}`);
    options.forEach((o, j) => {
      text(issues, `${at}.options[${j}].text`, o.text, L.optionText);
      if (o.value !== undefined) maxLength(issues, `${at}.options[${j}].value`, o.value, L.optionValue);
      if (o.description) text(issues, `${at}.options[${j}].description`, o.description, L.optionDescription);
    });
    if (e.initial_option && !options.some((o) => o.value === e.initial_option?.value)) issues.push(`${at}.initial_option: not one of the options`);
  } else {
    issues.push(`${at}: element type "${e.type}" is not one the renderer emits`);
  }
}

function accessory(issues: Issues, at: string, e: SectionBlockAccessory, actionIds: Set<string>): void {
  if (e.type === 'image') imageUrl(issues, at, 'image_url' in e ? e.image_url : undefined);
  else element(issues, at, e, actionIds);
}

function actionId(issues: Issues, at: string, id: string | undefined, seen: Set<string>): void {
  if (id === undefined) return;
  maxLength(issues, `${at}.action_id`, id, SLACK_LIMITS.actionId);
  if (seen.has(id)) issues.push(`${at}.action_id: duplicate "${id}"`);
  seen.add(id);
}

function imageUrl(issues: Issues, at: string, url: string | undefined): void {
  if (url === undefined) return;
  maxLength(issues, `${at}.image_url`, url, SLACK_LIMITS.url);
  if (!/^https?:\/\//i.test(url)) issues.push(`${at}.image_url: not an http(s) URL`);
}

function text(issues: Issues, at: string, t: PlainTextElement | MrkdwnElement, max: number): void {
  if (!t.text.trim()) issues.push(`${at}: empty text`);
  maxLength(issues, at, t.text, max);
}

function maxLength(issues: Issues, at: string, value: string, max: number): void {
  if (value.length > max) issues.push(`${at}: ${formatCount(value.length)} characters, limit ${formatCount(max)}`);
}
