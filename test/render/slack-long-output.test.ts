import assert from 'node:assert/strict';
import type { SectionBlock } from '@slack/types';
import type { Card } from '../../src/core/card.js';
import { checkSlackLimits } from '../../src/render/slack-limits.js';
import { planSlackPost, planSlackText } from '../../src/render/slack-long-output.js';
import { renderSlack } from '../../src/render/slack.js';
import { hugeCard } from './sample-cards.js';

const lines = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}: {"status": "ok", "n": ${i}}`).join('\n');

function outputCard(code: string, extra: Partial<Card> = {}): Card {
  return { title: 'aws ssm get-command-invocation', sections: [{ type: 'code', title: 'Output', code, language: 'json' }], footer: 'Ran in 1.2 s', ...extra };
}

/** Everything the planned message shows, as one string to search. */
const texts = (card: Card) => JSON.stringify(planSlackPost(card).message.blocks);

describe('long output on Slack', function () {
  it('posts a card that fits as it is, with nothing attached', function () {
    const card = outputCard(lines(10));
    const plan = planSlackPost(card);
    assert.deepEqual(plan.files, []);
    assert.deepEqual(plan.message, renderSlack(card));
  });

  it('attaches output longer than a message as a file and shows its first lines', function () {
    const code = lines(500);
    const plan = planSlackPost(outputCard(code));
    assert.deepEqual(
      plan.files.map((f) => [f.filename, f.title, f.content === code]),
      [['output.json', 'Output', true]],
    );
    const code0 = plan.message.blocks.find((b): b is SectionBlock => b.type === 'section' && (b.text?.text.includes('```') ?? false));
    assert.match(code0?.text?.text ?? '', /^\*Output \(first \d+ of 500 lines; all of it in output\.json\)\*\n```\nline 1: /);
    assert.doesNotMatch(texts(outputCard(code)), /more characters/);
    assert.match(texts(outputCard(code)), /Ran in 1\.2 s {2}· {2}Full text attached in the thread: output\.json/);
    assert.deepEqual(checkSlackLimits(plan.message), []);
  });

  it('cuts a single enormous line at the limit rather than at a line end', function () {
    const plan = planSlackPost(outputCard('<'.repeat(20_000)));
    assert.equal(plan.files[0]?.content.length, 20_000);
    assert.deepEqual(checkSlackLimits(plan.message), []);
    assert.match(texts(outputCard('<'.repeat(20_000))), /first [\d,]+ of 20,000 characters/);
  });

  it('keeps the plainly cut message for when the upload fails', function () {
    const card = outputCard(lines(500));
    assert.deepEqual(planSlackPost(card).withoutFiles, renderSlack(card));
  });

  it('never attaches collapsed code (the raw event is cut on purpose)', function () {
    const plan = planSlackPost({ title: 'Alarm', sections: [{ type: 'code', title: 'Raw event', code: lines(500), collapsed: true }] });
    assert.deepEqual(plan.files, []);
  });

  it('attaches the whole card as text when the card itself is cut', function () {
    const plan = planSlackPost(hugeCard());
    const whole = plan.files.at(-1);
    assert.match(whole?.filename ?? '', /\.txt$/);
    assert.match(whole?.content ?? '', /Body of section 60/);
    assert.deepEqual(checkSlackLimits(plan.message), []);
  });

  it('gives two outputs with the same title different file names', function () {
    const card: Card = { title: 't', sections: [{ type: 'code', title: 'Output', code: lines(400) }, { type: 'code', title: 'Output', code: lines(400) }] };
    assert.deepEqual(
      planSlackPost(card).files.map((f) => f.filename),
      ['output.txt', 'output-2.txt'],
    );
  });

  it('attaches long plain text as message.txt', function () {
    const text = 'x'.repeat(5_000);
    const plan = planSlackText(text);
    assert.deepEqual(
      plan.files.map((f) => [f.filename, f.content.length]),
      [['message.txt', 5_000]],
    );
    assert.deepEqual(checkSlackLimits(plan.message), []);
    assert.match(plan.message.text, /full text is attached in the thread as message\.txt$/);
  });
});
