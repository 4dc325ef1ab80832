/**
 * Drives the Agents Playground page (0.2.28: React, Fluent UI, adaptivecards) with Playwright.
 * Selectors that hold up, found by exploring the page:
 * - one Lexical composer per place you can write: `[data-lexical-editor][role=textbox]`; in a
 *   channel the top one starts a new post ("Post"), and every thread (a Fluent `.fui-Card`
 *   with role=group, newest first) has its own reply box and "Send Message" button; a chat has
 *   one box ("Send Message");
 * - a typed "@aws" is no mention: type "@" and a prefix, then pick the bot in the typeahead;
 * - a card is `.ac-adaptiveCard`; `getByText` would also hit hidden duplicates (the chat list's
 *   preview), so look for text inside cards and threads.
 * Conversation state lives in the page: a reload starts empty (and reinstalls the bot).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { ConversationName } from './mock-tenant.js';

/** The first load parses a 9 MB bundle: 3 to 13 s depending on the machine. */
const FIRST_LOAD_MS = 60_000;
/** A bot answer usually shows within 0.1 to 3 s. */
const ANSWER_MS = 20_000;

export class PlaygroundPage {
  private constructor(readonly page: Page) {}

  /** Opens the page and waits until it can be typed in. */
  static async open(context: BrowserContext, url: string): Promise<PlaygroundPage> {
    const page = await context.newPage();
    await page.goto(`${url}/`, { waitUntil: 'domcontentloaded', timeout: FIRST_LOAD_MS });
    const driver = new PlaygroundPage(page);
    await driver.composer().waitFor({ timeout: FIRST_LOAD_MS });
    return driver;
  }

  /** Picks a conversation in the left tree: 'Ops Team - alerts', 'Ops Chat' or 'Personal Chat'. */
  async selectConversation(name: ConversationName): Promise<void> {
    await this.page.getByRole('treeitem', { name, exact: true }).click();
    await this.composer().waitFor();
  }

  /** The box for a new post (channel) or a new message (chat): always the first one. */
  composer(): Locator {
    return this.page.locator('[data-lexical-editor="true"][role="textbox"]').first();
  }

  /** The channel's threads (a post and its replies, with its own reply box), newest first. */
  threads(): Locator {
    return this.page.locator('.fui-Card[role="group"]').filter({ has: this.page.getByRole('button', { name: 'Send Message', exact: true }) });
  }

  /** The newest channel thread with this text anywhere in it (the post or a reply). */
  thread(hasText: string | RegExp): Locator {
    return this.threads().filter({ hasText }).first();
  }

  /** A rendered Adaptive Card with this text, in `within` (a thread) or anywhere (the last one). */
  card(hasText: string | RegExp, within?: Locator): Locator {
    return (within ?? this.page).locator('.ac-adaptiveCard').filter({ hasText }).last();
  }

  /** Waits until a card with this text shows; returns it. */
  async waitForCard(hasText: string | RegExp, within?: Locator): Promise<Locator> {
    const card = this.card(hasText, within);
    await card.waitFor({ timeout: ANSWER_MS });
    return card;
  }

  /** Waits until a plain text message with this text shows (in `within`, or anywhere). */
  async waitForText(hasText: string | RegExp, within?: Locator): Promise<Locator> {
    const paragraph = (within ?? this.page).getByRole('paragraph').filter({ hasText }).last();
    await paragraph.waitFor({ timeout: ANSWER_MS });
    return paragraph;
  }

  /** Clicks a card button (Action.Execute, Action.Submit) by its title. */
  async clickButton(card: Locator, name: string | RegExp): Promise<void> {
    await card.getByRole('button', { name }).click();
  }

  /**
   * Writes a real mention of `name` (picked in the typeahead, as a user does) followed by
   * `text` into `box` (default: the new post or message box). Does not send.
   */
  async mention(name: string, text = '', box: Locator = this.composer()): Promise<void> {
    await box.click();
    await box.pressSequentially(`@${name.slice(0, Math.max(1, name.length - 1))}`);
    const exactly = new RegExp(`^\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
    await this.page.getByRole('listbox', { name: 'Typeahead menu' }).getByRole('menuitem').filter({ hasText: exactly }).click();
    if (text) await box.pressSequentially(text);
  }

  /** Types `text` (if any) into the new post or message box and sends it. */
  async post(text = ''): Promise<void> {
    const box = this.composer();
    if (text) {
      await box.click();
      await box.pressSequentially(text);
    }
    const post = this.page.getByRole('button', { name: 'Post', exact: true });
    await ((await post.count()) ? post : this.page.getByRole('button', { name: 'Send Message', exact: true }).first()).click();
  }

  /** Replies in a channel thread: `@name text` when `mention` is given, else `text` as is. */
  async reply(thread: Locator, text: string, options: { mention?: string } = {}): Promise<void> {
    const box = thread.locator('[data-lexical-editor="true"][role="textbox"]');
    if (options.mention) await this.mention(options.mention, text, box);
    else {
      await box.click();
      await box.pressSequentially(text);
    }
    await thread.getByRole('button', { name: 'Send Message', exact: true }).click();
  }

  /**
   * Starts keeping the text of every card state the page shows, so a state that is replaced a
   * moment later ("Running…" before the result) can still be asserted; returns the reader.
   */
  async recordCardStates(): Promise<() => Promise<string[]>> {
    await this.page.evaluate(() => {
      const seen = new Set<string>();
      const keep = () => document.querySelectorAll<HTMLElement>('.ac-adaptiveCard').forEach((card) => seen.add(card.innerText));
      keep();
      new MutationObserver(keep).observe(document.body, { subtree: true, childList: true, characterData: true });
      (window as unknown as { cardStates: () => string[] }).cardStates = () => [...seen];
    });
    return () => this.page.evaluate(() => (window as unknown as { cardStates: () => string[] }).cardStates());
  }

  /** Saves a screenshot of the page, or of one part of it (a thread), creating the folder. */
  async screenshot(path: string, of?: Locator): Promise<void> {
    mkdirSync(dirname(path), { recursive: true });
    if (of) await of.screenshot({ path });
    else await this.page.screenshot({ path });
  }
}
