import assert from 'node:assert/strict';
import type { ActionsBlock, HeaderBlock, ImageBlock, InputBlock, SectionBlock, StaticSelect } from '@slack/types';
import { renderSlack } from '../../src/render/slack.js';
import { checkSlackLimits } from '../../src/render/slack-limits.js';
import { alarmCard, commandResultCard, guardDutyCard, minimalCard } from './sample-cards.js';
import { bodyBlocks, buttons, cardWith, contextTexts, only, sectionText } from './slack-test-helpers.js';

describe('Slack renderer', function () {
  describe('header', function () {
    it('puts a severity emoji before the title and the severity, in words, beside the subtitle', function () {
      const message = renderSlack({ title: 'CPU high', severity: 'critical', subtitle: 'Amazon CloudWatch · 123456789012', sections: [] });
      const header = message.blocks[0] as HeaderBlock;
      assert.equal(header.type, 'header');
      assert.equal(header.text.text, ':red_circle: CPU high');
      assert.deepEqual(contextTexts(message.blocks), ['*Critical*  ·  Amazon CloudWatch · 123456789012']);
    });

    it('shows the icon as an image when it has an https URL, else as its emoji', function () {
      const withUrl = renderSlack({ title: 't', icon: { url: 'https://example.com/i.png', alt: 'EC2' }, sections: [] });
      const withEmoji = renderSlack({ title: 't', icon: { emoji: 'cloud', alt: 'EC2' }, sections: [] });
      assert.deepEqual(contextTexts(withUrl.blocks), ['image:EC2']);
      assert.deepEqual(contextTexts(withEmoji.blocks), [':cloud:']);
    });

    it('shows no severity marker for a neutral card', function () {
      const message = renderSlack({ title: 'Plain', severity: 'neutral', sections: [] });
      assert.equal((message.blocks[0] as HeaderBlock).text.text, 'Plain');
      assert.equal(message.blocks.length, 1);
    });
  });

  describe('sections', function () {
    it('shows a text section under its bold title', function () {
      const [block] = bodyBlocks(cardWith([{ type: 'text', title: 'What happened', text: 'The alarm fired.' }]));
      assert.equal(sectionText(block), '*What happened*\nThe alarm fired.');
    });

    it('translates the neutral markdown into mrkdwn', function () {
      const text = '**Stopped** by _someone_ with `aws ec2 stop-instances`; see [the docs](https://docs.aws.amazon.com/ec2/)\n- first\n- second';
      const [block] = bodyBlocks(cardWith([{ type: 'text', text, format: 'markdown' }]));
      assert.equal(sectionText(block), '*Stopped* by _someone_ with `aws ec2 stop-instances`; see <https://docs.aws.amazon.com/ec2/|the docs>\n• first\n• second');
    });

    it('sets short fields side by side, ten to a section, with the title above them', function () {
      const fields = Array.from({ length: 12 }, (_, i) => ({ label: `F${i + 1}`, value: `v${i + 1}`, short: true }));
      const sections = only<SectionBlock>(bodyBlocks(cardWith([{ type: 'fields', title: 'Details', fields }])), 'section');
      assert.equal(sections.length, 2);
      assert.equal(sections[0]?.text?.text, '*Details*');
      assert.equal(sections[0]?.fields?.length, 10);
      assert.equal(sections[0]?.fields?.[0]?.text, '*F1*\nv1');
      assert.equal(sections[1]?.fields?.length, 2);
    });

    it('gives long fields whole lines, and links a field that has an https URL', function () {
      const [block] = bodyBlocks(
        cardWith([
          {
            type: 'fields',
            fields: [
              { label: 'Reason', value: 'Threshold crossed: 1 datapoint was greater than the threshold' },
              { label: 'Console', value: 'Open alarm', url: 'https://console.aws.amazon.com/cloudwatch/home?a=1&b=2' },
            ],
          },
        ]),
      );
      assert.equal(sectionText(block), '*Reason*\nThreshold crossed: 1 datapoint was greater than the threshold\n*Console*\n<https://console.aws.amazon.com/cloudwatch/home?a=1&amp;b=2|Open alarm>');
    });

    it('shows code in a code block', function () {
      const [block] = bodyBlocks(cardWith([{ type: 'code', title: 'Output', code: '{\n  "a": 1\n}' }]));
      assert.equal(sectionText(block), '*Output*\n```\n{\n  "a": 1\n}\n```');
    });

    it('trims collapsed code to a short preview that says how much is left out', function () {
      const code = 'x'.repeat(5_000);
      const text = sectionText(bodyBlocks(cardWith([{ type: 'code', title: 'Event JSON', code, collapsed: true }]))[0]);
      assert.ok(text.length <= 1_300, `preview is ${text.length} characters`);
      assert.match(text, /^\*Event JSON\*\n```\nx+\n```\n… 3,\d{3} more characters$/);
    });

    it('shows an image with its alt text and title', function () {
      const [block] = bodyBlocks(cardWith([{ type: 'image', url: 'https://example.com/cpu.png', alt: 'CPU graph', title: 'CPU' }]));
      const image = block as ImageBlock;
      assert.equal(image.type, 'image');
      assert.equal('image_url' in image ? image.image_url : undefined, 'https://example.com/cpu.png');
      assert.equal(image.alt_text, 'CPU graph');
      assert.equal(image.title?.text, 'CPU');
    });

    it('numbers an ordered list and bullets an unordered one', function () {
      const blocks = bodyBlocks(cardWith([{ type: 'list', items: ['one', 'two'], ordered: true }, { type: 'list', title: 'Next', items: ['a', 'b'] }]));
      assert.equal(sectionText(blocks[0]), '1. one\n2. two');
      assert.equal(sectionText(blocks[1]), '*Next*\n• a\n• b');
    });

    it('renders a divider', function () {
      assert.deepEqual(bodyBlocks(cardWith([{ type: 'divider' }])), [{ type: 'divider' }]);
    });

    it('leaves out a section with nothing to show rather than sending empty text', function () {
      assert.deepEqual(bodyBlocks(cardWith([{ type: 'text', text: '  ' }, { type: 'list', items: [] }])), []);
    });
  });

  describe('actions', function () {
    it('turns a button into an element with the action id, the opaque value, its style and a confirmation', function () {
      const blocks = bodyBlocks(
        cardWith(
          [],
          [{ type: 'button', id: 'ec2.stop', label: 'Stop', value: 'btn_91ab', style: 'danger', confirm: { title: 'Stop it?', text: 'The instance stops.', confirm: 'Stop', deny: 'Keep' } }],
        ),
      );
      assert.deepEqual(buttons(blocks), [
        {
          type: 'button',
          action_id: 'ec2.stop',
          text: { type: 'plain_text', text: 'Stop', emoji: true },
          value: 'btn_91ab',
          style: 'danger',
          confirm: {
            title: { type: 'plain_text', text: 'Stop it?', emoji: true },
            text: { type: 'plain_text', text: 'The instance stops.', emoji: true },
            confirm: { type: 'plain_text', text: 'Stop', emoji: true },
            deny: { type: 'plain_text', text: 'Keep', emoji: true },
            style: 'danger',
          },
        },
      ]);
    });

    it('turns a link into a URL button and drops links that are not http(s)', function () {
      const blocks = bodyBlocks(
        cardWith(
          [],
          [
            { type: 'link', label: 'Console', url: 'https://console.aws.amazon.com/ec2' },
            { type: 'link', label: 'Evil', url: 'javascript:alert(1)' },
            { type: 'link', label: 'Data', url: 'data:text/html,<b>x</b>' },
          ],
        ),
      );
      const shown = buttons(blocks);
      assert.equal(shown.length, 1);
      assert.equal(shown[0]?.url, 'https://console.aws.amazon.com/ec2');
      assert.equal(shown[0]?.text.text, 'Console');
    });

    it('asks a select as its label and a static_select in an actions block, with the initial option chosen', function () {
      const [label, row] = bodyBlocks(
        cardWith([], [{ type: 'select', id: 'size', label: 'Size', placeholder: 'Pick', options: [{ label: 'Small', value: 's' }, { label: 'Large', value: 'l', description: '4 vCPU' }], initial: 'l' }]),
      );
      const actions = row as ActionsBlock;
      const select = actions.elements[0] as StaticSelect;
      assert.equal(sectionText(label), '*Size*');
      assert.equal(actions.type, 'actions');
      assert.equal(actions.block_id, 'size');
      assert.equal(select.type, 'static_select');
      assert.equal(select.action_id, 'size');
      assert.equal(select.placeholder?.text, 'Pick');
      assert.deepEqual(
        select.options?.map((o) => [o.text.text, o.value, o.description?.text]),
        [
          ['Small', 's', undefined],
          ['Large', 'l', '4 vCPU'],
        ],
      );
      assert.equal(select.initial_option?.value, 'l');
    });

    it('asks a text input in an input block that sends on Enter (dispatch_action)', function () {
      const [block] = bodyBlocks(cardWith([], [{ type: 'input', id: 'reason', label: 'Reason', placeholder: 'Why?', initial: 'maintenance', multiline: true, required: true }]));
      const input = block as InputBlock;
      assert.equal(input.type, 'input');
      assert.equal(input.block_id, 'reason');
      assert.equal(input.dispatch_action, true);
      assert.equal(input.label.text, 'Reason');
      assert.equal(input.optional, false);
      assert.deepEqual(input.element, {
        type: 'plain_text_input',
        action_id: 'reason',
        multiline: true,
        placeholder: { type: 'plain_text', text: 'Why?', emoji: true },
        initial_value: 'maintenance',
      });
    });

    it('offers a "Fill in" button after the last question when a card asks two or more', function () {
      const blocks = bodyBlocks(
        cardWith(
          [],
          [
            { type: 'input', id: 'bucket', label: 'Bucket' },
            { type: 'select', id: 'region', label: 'Region', options: [{ label: 'us-east-1', value: 'us-east-1' }] },
            { type: 'button', id: 'run', label: 'Run', value: 'btn_1' },
          ],
        ),
      );
      assert.deepEqual(
        blocks.map((b) => b.type),
        ['input', 'section', 'actions', 'actions'],
      );
      assert.deepEqual(
        buttons(blocks).map((b) => [b.action_id, b.text.text]),
        [
          ['chatops.fill-in', 'Fill in'],
          ['run', 'Run'],
        ],
      );
    });

    it('offers no "Fill in" button for a single question', function () {
      const blocks = bodyBlocks(cardWith([], [{ type: 'input', id: 'bucket', label: 'Bucket' }, { type: 'button', id: 'run', label: 'Run' }]));
      assert.deepEqual(
        buttons(blocks).map((b) => b.action_id),
        ['run'],
      );
    });

    it('never gives a card action the "Fill in" action id', function () {
      const blocks = bodyBlocks(
        cardWith(
          [],
          [
            { type: 'button', id: 'chatops.fill-in', label: 'Sneaky' },
            { type: 'input', id: 'a', label: 'A' },
            { type: 'input', id: 'b', label: 'B' },
          ],
        ),
      );
      assert.deepEqual(
        buttons(blocks).map((b) => [b.action_id, b.text.text]),
        [
          ['chatops.fill-in-2', 'Sneaky'],
          ['chatops.fill-in', 'Fill in'],
        ],
      );
    });

    it('keeps action ids unique when two buttons share an id', function () {
      const blocks = bodyBlocks(
        cardWith(
          [],
          [
            { type: 'button', id: 'approve', label: 'Approve A', value: 'a' },
            { type: 'button', id: 'approve', label: 'Approve B', value: 'b' },
          ],
        ),
      );
      assert.deepEqual(
        buttons(blocks).map((b) => [b.action_id, b.value]),
        [
          ['approve', 'a'],
          ['approve-2', 'b'],
        ],
      );
    });

    it('leaves out a button whose opaque value is longer than Slack carries, and says so', function () {
      const message = renderSlack(cardWith([], [{ type: 'button', id: 'big', label: 'Big', value: 'v'.repeat(2_001) }]));
      assert.deepEqual(buttons(message.blocks), []);
      assert.deepEqual(contextTexts(message.blocks), ['_… 1 more action left out_']);
    });
  });

  describe('fallback text', function () {
    it('uses the card fallback text, escaped', function () {
      assert.equal(renderSlack({ title: 't', sections: [], fallbackText: 'Disk <80% & falling' }).text, 'Disk &lt;80% &amp; falling');
    });

    it('otherwise says severity, title and subtitle', function () {
      assert.equal(renderSlack({ title: 'CPU high', severity: 'high', subtitle: 'EC2', sections: [] }).text, '[High] CPU high — EC2');
    });
  });

  it('keeps every sample card within the Block Kit limits', function () {
    for (const card of [alarmCard(), guardDutyCard(), commandResultCard(), minimalCard()]) {
      assert.deepEqual(checkSlackLimits(renderSlack(card)), [], card.title);
    }
  });
});
