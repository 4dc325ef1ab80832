import assert from 'node:assert/strict';
import { unformatSlackText } from '../../../../src/adapters/slack/inbound/slack-text.js';

const BOT = { botUserId: 'U0BOT' };

describe('undoing Slack text formatting', () => {
  describe('links', () => {
    it('gives the URL of a link Slack sent without a label', () => {
      assert.equal(unformatSlackText('open <https://console.aws.amazon.com/cloudwatch>'), 'open https://console.aws.amazon.com/cloudwatch');
    });

    it('keeps what the person typed when Slack linked a bare domain on its own', () => {
      assert.equal(unformatSlackText('--endpoint <http://example.com|example.com>'), '--endpoint example.com');
    });

    it('keeps an S3 virtual-hosted bucket name as typed, not as an http:// URL', () => {
      assert.equal(
        unformatSlackText('s3api head-bucket --bucket <http://my-bucket.s3.amazonaws.com|my-bucket.s3.amazonaws.com>'),
        's3api head-bucket --bucket my-bucket.s3.amazonaws.com',
      );
    });

    it('keeps a linked domain with a path and a query as typed, entities decoded', () => {
      assert.equal(unformatSlackText('<http://example.com/a?b=1&amp;c=2|example.com/a?b=1&amp;c=2>'), 'example.com/a?b=1&c=2');
    });

    it('gives the URL, not the words, of a link someone labelled themselves', () => {
      assert.equal(unformatSlackText('--bucket-url <https://bucket.example.com/path|the bucket>'), '--bucket-url https://bucket.example.com/path');
    });

    it('gives the URL when the label only looks like it', () => {
      assert.equal(unformatSlackText('<https://evil.example.net|example.com>'), 'https://evil.example.net');
    });

    it('leaves s3:// and ARNs alone (Slack does not link them)', () => {
      assert.equal(unformatSlackText('s3 ls s3://my-bucket/logs arn:aws:s3:::my-bucket'), 's3 ls s3://my-bucket/logs arn:aws:s3:::my-bucket');
    });

    it('turns a linked e-mail address back into the address', () => {
      assert.equal(unformatSlackText('--email <mailto:ops@example.com|ops@example.com>'), '--email ops@example.com');
    });

    it('keeps a mailto: link someone typed out in full', () => {
      assert.equal(unformatSlackText('<mailto:ops@example.com>'), 'mailto:ops@example.com');
    });

    it('decodes entities inside a URL without a label', () => {
      assert.equal(unformatSlackText('<https://x.example/?a=1&amp;b=2>'), 'https://x.example/?a=1&b=2');
    });

    it('keeps a URL with a user and password Slack wrapped', () => {
      assert.equal(unformatSlackText('<https://user:pass@pypi.example.com/simple/>'), 'https://user:pass@pypi.example.com/simple/');
    });
  });

  describe('mentions and channels', () => {
    it('writes a user mention as @ and the user id', () => {
      assert.equal(unformatSlackText('page <@U123ABC> now'), 'page @U123ABC now');
    });

    it('writes an old-style mention with a name as the id too', () => {
      assert.equal(unformatSlackText('<@U123ABC|alice> hi'), '@U123ABC hi');
    });

    it('drops the bot mention that addresses it at the start', () => {
      assert.equal(unformatSlackText('<@U0BOT> cloudwatch describe-alarms', BOT), 'cloudwatch describe-alarms');
    });

    it('drops the colon people put after the bot mention', () => {
      assert.equal(unformatSlackText('<@U0BOT>: help', BOT), 'help');
    });

    it('drops the bot mention at the end ("describe-alarms @aws")', () => {
      assert.equal(unformatSlackText('cloudwatch describe-alarms <@U0BOT>', BOT), 'cloudwatch describe-alarms');
    });

    it('keeps a bot mention in the middle as a mention', () => {
      assert.equal(unformatSlackText('ask <@U0BOT> about <@U0BOT> things', BOT), 'ask @U0BOT about @U0BOT things');
    });

    it("keeps other people's mentions at the start", () => {
      assert.equal(unformatSlackText('<@U999> <@U0BOT> help', BOT), '@U999 @U0BOT help');
    });

    it('gives an empty text for a bare bot mention', () => {
      assert.equal(unformatSlackText('  <@U0BOT>  ', BOT), '');
    });

    it('writes a channel as # and its name', () => {
      assert.equal(unformatSlackText('post to <#C0ALERTS|alerts>'), 'post to #alerts');
    });

    it('writes a channel without a name as # and its id', () => {
      assert.equal(unformatSlackText('<#C0ALERTS> and <#C0OTHER|>'), '#C0ALERTS and #C0OTHER');
    });

    it('writes @here, @channel and @everyone in every form Slack sends them', () => {
      assert.equal(unformatSlackText('<!here> <!channel> <!everyone> <!here|here> <!channel|@channel>'), '@here @channel @everyone @here @channel');
    });

    it('writes a user group by its handle', () => {
      assert.equal(unformatSlackText('<!subteam^S0OPS|@oncall> look'), '@oncall look');
      assert.equal(unformatSlackText('<!subteam^S0OPS|oncall>'), '@oncall');
      assert.equal(unformatSlackText('<!subteam^S0OPS>'), '@S0OPS');
    });

    it("writes a date by its fallback text", () => {
      assert.equal(unformatSlackText('since <!date^1392734382^{date_short}|Feb 18, 2014>'), 'since Feb 18, 2014');
    });
  });

  describe('entities', () => {
    it('decodes &amp;, &lt; and &gt; after the tokens are read', () => {
      assert.equal(unformatSlackText('a &amp;&amp; b &lt;x&gt;'), 'a && b <x>');
    });

    it('decodes only once: &amp;lt; is the text "&lt;"', () => {
      assert.equal(unformatSlackText('&amp;lt;'), '&lt;');
    });

    it('does not read a decoded &lt;…&gt; as a Slack token', () => {
      assert.equal(unformatSlackText('&lt;@U123&gt; &lt;http://x|y&gt;'), '<@U123> <http://x|y>');
    });

    it('leaves other entities and lone ampersands alone', () => {
      assert.equal(unformatSlackText('&quot;x&quot; & y &#39;'), '&quot;x&quot; & y &#39;');
    });
  });

  describe('quotes and spaces', () => {
    it('turns smart double and single quotes into plain ones', () => {
      assert.equal(
        unformatSlackText('ec2 describe-instances --filters “Name=tag:Name,Values=web” --query ‘Reservations[]’'),
        'ec2 describe-instances --filters "Name=tag:Name,Values=web" --query \'Reservations[]\'',
      );
    });

    it('turns low and reversed smart quotes into plain ones', () => {
      assert.equal(unformatSlackText('„a‟ ‚b‛'), '"a" \'b\'');
    });

    it('turns non-breaking spaces into spaces and drops zero-width spaces', () => {
      assert.equal(unformatSlackText('s3\u00A0ls\u202Fs3://b\u200Bucket'), 's3 ls s3://bucket');
    });

    it('keeps JMESPath backticks: single backticks are not code', () => {
      assert.equal(
        unformatSlackText('--query “Reservations[?State==`running`]”'),
        '--query "Reservations[?State==`running`]"',
      );
    });

    it('keeps newlines inside the text', () => {
      assert.equal(unformatSlackText('line one\nline two'), 'line one\nline two');
    });
  });

  describe('code fences', () => {
    it('keeps smart quotes and odd spaces inside a code fence but decodes entities', () => {
      assert.equal(unformatSlackText('“a” ```{“k”: 1 &amp;\u00A0}``` “b”'), '"a" ```{“k”: 1 &\u00A0}``` "b"');
    });

    it('unwraps a URL Slack linked inside a code fence', () => {
      assert.equal(unformatSlackText('```curl <https://api.example.com/x?a=1&amp;b=2>```'), '```curl https://api.example.com/x?a=1&b=2```');
    });

    it('reads an unclosed fence as ordinary text', () => {
      assert.equal(unformatSlackText('```“open'), '```"open');
    });

    it('handles several fences and the text between them', () => {
      assert.equal(unformatSlackText('```“1”``` ‘x’ ```“2”```'), '```“1”``` \'x\' ```“2”```');
    });
  });

  describe('nasty input', () => {
    it('leaves an empty text empty', () => {
      assert.equal(unformatSlackText(''), '');
    });

    it('keeps a lone < or > that closes no token', () => {
      assert.equal(unformatSlackText('a < b'), 'a < b');
      assert.equal(unformatSlackText('a > b'), 'a > b');
    });

    it('reads an empty token as nothing', () => {
      assert.equal(unformatSlackText('a <> b'), 'a  b');
    });

    it('reads nested-looking brackets token by token', () => {
      assert.equal(unformatSlackText('<<http://a.example>>'), '<http://a.example>');
    });

    it('does not treat a regular-expression-like bot id specially', () => {
      assert.equal(unformatSlackText('<@U.*> help', { botUserId: 'U.*' }), '@U.* help');
    });

    it('handles a label holding a pipe', () => {
      assert.equal(unformatSlackText('<https://x.example/a|b|c>'), 'https://x.example/a');
    });
  });
});
