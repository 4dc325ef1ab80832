import assert from 'node:assert/strict';
import { firstParagraph } from '../../../src/commands/schema/build/html-text.js';

describe('documentation as plain text', () => {
  it('keeps the first paragraph, without tags, entities or line breaks', () => {
    const html = '<p>Retrieves the specified alarms. Use <code>AlarmNames</code> &amp; a\n    prefix, see <a href="https://x">DescribeAlarms</a>\n .</p>\n<p>Second paragraph.</p>\n@public';
    assert.equal(firstParagraph(html), 'Retrieves the specified alarms. Use AlarmNames & a prefix, see DescribeAlarms.');
  });

  it('skips empty paragraphs and the @public tag', () => {
    assert.equal(firstParagraph('@public\n<p>\n</p>\n<p>Real text.</p>'), 'Real text.');
  });

  it('gives an empty string when there is no text', () => assert.equal(firstParagraph('@public'), ''));
});
