import assert from 'node:assert/strict';
import { escapeAcInline, escapeAcLine, escapeMrkdwn } from '../../src/render/escape.js';
import { renderSlack } from '../../src/render/slack.js';
import { markdownToMrkdwn } from '../../src/render/slack-mrkdwn.js';
import { renderTeams } from '../../src/render/teams.js';
import { markdownToAc, plainToAc } from '../../src/render/teams-markdown.js';
import { httpUrl } from '../../src/render/url.js';
import { validateAdaptiveCard } from '../support/adaptive-card-validator.js';

describe('escaping event text', function () {
  describe('for Slack mrkdwn', function () {
    it('turns <!channel> into text that cannot ping anyone', function () {
      assert.equal(escapeMrkdwn('<!channel> disk full'), '&lt;!channel&gt; disk full');
    });

    it('turns a forged <http://x|y> link into visible text', function () {
      assert.equal(escapeMrkdwn('click <http://evil.example|aws.amazon.com>'), 'click &lt;http://evil.example|aws.amazon.com&gt;');
    });

    it('escapes an ampersand so an entity in the event shows as typed', function () {
      assert.equal(escapeMrkdwn('&lt; & &amp;'), '&amp;lt; &amp; &amp;amp;');
    });

    it('escapes every text a plain-text card puts into mrkdwn, and marks it verbatim', function () {
      const hostile = '<!here> <@U123> <http://evil|x> *star*';
      const message = renderSlack({
        title: hostile,
        subtitle: hostile,
        sections: [{ type: 'text', title: hostile, text: hostile }, { type: 'fields', fields: [{ label: hostile, value: hostile, short: true }] }, { type: 'list', items: [hostile] }, { type: 'code', code: hostile }],
        footer: hostile,
      });
      const mrkdwnTexts = JSON.stringify(message.blocks.slice(1));
      assert.doesNotMatch(mrkdwnTexts, /<!here>|<@U123>|<http:\/\/evil/);
      assert.doesNotMatch(message.text, /<!here>|<@U123>|<http:\/\/evil/);
      assert.match(mrkdwnTexts, /&lt;!here&gt; &lt;@U123&gt; &lt;http:\/\/evil\|x&gt; \*star\*/);
      assert.doesNotMatch(mrkdwnTexts, /"verbatim":false/);
    });

    it('translates markdown and escapes the rest, including link labels', function () {
      assert.equal(markdownToMrkdwn('**Alarm** <!channel> for [<!here> docs](https://docs.aws.amazon.com/)'), '*Alarm* &lt;!channel&gt; for <https://docs.aws.amazon.com/|&lt;!here&gt; docs>');
    });

    it('leaves a lone asterisk or an unclosed ** as text', function () {
      assert.equal(markdownToMrkdwn('5 * 3 and **unclosed'), '5 * 3 and **unclosed');
    });

    it('does not italicise snake_case names', function () {
      assert.equal(markdownToMrkdwn('my_bucket_name and _this_'), 'my_bucket_name and _this_');
    });

    it('keeps a markdown link to a javascript: URL from becoming a link', function () {
      assert.equal(markdownToMrkdwn('[x](javascript:alert(1))'), '[x](javascript:alert(1))');
      assert.equal(markdownToMrkdwn('[x](javascript:void)'), 'x');
    });

    it('percent-encodes a | in a link URL so it cannot end the URL early', function () {
      assert.equal(markdownToMrkdwn('[a](https://example.com/p|q)'), '<https://example.com/p%7Cq|a>');
    });
  });

  describe('for Adaptive Card markdown', function () {
    it('escapes a markdown link so [x](javascript:alert(1)) shows literally', function () {
      assert.equal(escapeAcInline('[x](javascript:alert(1))'), '\\[x\\](javascript:alert(1))');
    });

    it('escapes ** and _ so they do not format', function () {
      assert.equal(escapeAcInline('**not bold** _not italic_'), '\\*\\*not bold\\*\\* \\_not italic\\_');
    });

    it('escapes backslashes, backticks, angle brackets and ~', function () {
      assert.equal(escapeAcInline('C:\\temp `x` <javascript:alert(1)> ~y~'), 'C:\\\\temp \\`x\\` \\<javascript:alert(1)\\> \\~y\\~');
    });

    it('defuses list and heading markers at the start of a line', function () {
      assert.deepEqual(['- not a list', '+ nor this', '# not a heading', '12. not numbered', 'mid - line'].map(escapeAcLine), [
        '\\- not a list',
        '\\+ nor this',
        '\\# not a heading',
        '12\\. not numbered',
        'mid - line',
      ]);
    });

    it('keeps {{DATE()}} from being evaluated', function () {
      assert.equal(escapeAcInline('{{DATE(2017-02-14T06:08:39Z, SHORT)}}'), '{\\{DATE(2017-02-14T06:08:39Z, SHORT)}}');
    });

    it('keeps plain line breaks as paragraph breaks, escaping each line', function () {
      assert.equal(plainToAc('- a\n- b'), '\\- a\n\n\\- b');
    });

    it('translates markdown and drops links that are not http(s), keeping their label as text', function () {
      assert.equal(markdownToAc('**Alarm** [x](javascript:void) and [docs](https://docs.aws.amazon.com/) **'), '**Alarm** x and [docs](https://docs.aws.amazon.com/) \\*\\*');
    });

    it('escapes every text a plain-text card puts into TextBlocks', function () {
      const hostile = '[x](javascript:alert(1)) **bold**';
      const card = renderTeams({
        title: hostile,
        subtitle: hostile,
        sections: [{ type: 'text', title: hostile, text: hostile }, { type: 'fields', fields: [{ label: hostile, value: hostile, short: true }] }, { type: 'list', items: [hostile] }],
        footer: hostile,
      });
      const json = JSON.stringify(card.body);
      assert.doesNotMatch(json, /(?<!\\)\[x(?<!\\)\]\(javascript/);
      assert.doesNotMatch(json, /(?<!\\)\*\*bold/);
      assert.deepEqual(validateAdaptiveCard(card), []);
    });
  });

  describe('links', function () {
    it('keeps http and https URLs', function () {
      assert.equal(httpUrl('https://console.aws.amazon.com/ec2/home?region=us-east-1#Instances:'), 'https://console.aws.amazon.com/ec2/home?region=us-east-1#Instances:');
      assert.equal(httpUrl(' http://example.com '), 'http://example.com/');
    });

    it('refuses every other scheme, relative URLs and URLs hiding a user name', function () {
      for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', 'mailto:a@b.c', 'ftp://x.example', '/relative', '//evil.example', 'https://console.aws.amazon.com@evil.example/', '']) {
        assert.equal(httpUrl(url), undefined, url);
      }
    });
  });
});
