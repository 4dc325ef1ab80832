import assert from 'node:assert/strict';
import { helpCard } from '../../../src/commands/help-card.js';
import { HELP_PAGES, helpCardForAction, helpPageCard, helpPageOf } from '../../../src/commands/help/help-menu.js';
import { isChatOpsError } from '../../../src/core/errors.js';
import { assertFitsBothPlatforms, cardText } from './fits-both-platforms.js';

describe('@aws help menu', () => {
  it('answers @aws help with the Home card and the six topic buttons of the reference', () => {
    const card = helpCard();
    assert.equal(card.title, 'aws-chatops help');
    const buttons = (card.actions ?? []).map((a) => (a.type === 'button' ? [a.id, a.label] : []));
    assert.deepEqual(buttons, [
      ['help.home', 'Home'],
      ['help.commands', 'Commands'],
      ['help.aliases', 'Aliases'],
      ['help.builtins', 'Built-ins'],
      ['help.qa', 'Q&A'],
      ['help.more', 'More help'],
    ]);
  });

  it('shows what works today on Home: notifications, preferences, CLI commands and aliases', () => {
    const text = cardText(helpCard());
    for (const words of ['Notifications', '@aws preferences', '@aws <service> <operation> --options', '@aws alias create', '--help']) assert.ok(text.includes(words), words);
  });

  it('answers each button with its page, highlighting that page in the menu', () => {
    for (const page of HELP_PAGES) {
      const card = helpCardForAction(`help.${page}`);
      const current = (card.actions ?? []).filter((a) => a.type === 'button' && a.style === 'primary');
      assert.deepEqual(current.map((a) => (a.type === 'button' ? a.id : '')), [`help.${page}`]);
    }
  });

  it('explains commands with --query, --output, --help and the invoke shortcut', () => {
    const text = cardText(helpPageCard('commands'));
    for (const words of ['@aws <service> <operation> --options', '--query', '--output json|text|table', '--help', '@aws invoke']) assert.ok(text.includes(words), words);
  });

  it('explains aliases with $params, run by position or by name, and the limits', () => {
    const text = cardText(helpPageCard('aliases'));
    for (const words of ['@aws alias create NAME COMMAND', '$instance', '@aws run NAME v1 v2', '@aws alias list', '@aws alias delete NAME', '100', '5,000']) assert.ok(text.includes(words), words);
  });

  it('lists the built-ins and says which are still to come', () => {
    const text = cardText(helpPageCard('builtins'));
    assert.match(text, /Available now[\s\S]*@aws preferences[\s\S]*Coming later[\s\S]*@aws ask/);
  });

  it('says Q&A is coming with @aws ask', () => {
    assert.match(cardText(helpPageCard('qa')), /coming with `@aws ask`/);
  });

  it('points More help to --help, the AWS CLI reference and the README', () => {
    const text = cardText(helpPageCard('more'));
    assert.ok(text.includes('@aws ec2 --help'));
    assert.ok(text.includes('https://docs.aws.amazon.com/cli/latest/reference/'));
    assert.ok(text.includes('README'));
  });

  it('fits every page on Slack and Teams', () => {
    for (const page of HELP_PAGES) assertFitsBothPlatforms(helpPageCard(page));
  });

  it('knows help button ids and nothing else', () => {
    assert.equal(helpPageOf('help.qa'), 'qa');
    assert.equal(helpPageOf('help.nope'), undefined);
    assert.equal(helpPageOf('preferences.threading'), undefined);
    assert.throws(() => helpCardForAction('help.nope'), (e: unknown) => isChatOpsError(e) && e.code === 'HELP_PAGE_UNKNOWN');
  });
});
