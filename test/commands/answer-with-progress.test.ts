import assert from 'node:assert/strict';
import type { Card } from '../../src/core/card.js';
import { ChatOpsError, wasShown } from '../../src/core/errors.js';
import { answerWithProgress, workingCard } from '../../src/commands/answer-with-progress.js';
import { errorCard } from '../../src/commands/error-card.js';
import { checkSlackLimits } from '../../src/render/slack-limits.js';
import { renderSlack } from '../../src/render/slack.js';
import { renderTeams } from '../../src/render/teams.js';
import { FakeChat } from '../support/fake-chat.js';
import { validateAdaptiveCard } from '../support/adaptive-card-validator.js';

/** A promise the test resolves when it wants. */
function later<T = void>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const answer: Card = { title: 'Instances', severity: 'info', sections: [{ type: 'text', text: 'i-0abc running' }] };
const target = { channelId: 'ops', threadId: 'q1' };

describe('an answer that takes a while', function () {
  it('is posted directly in the thread when it is ready before the notice is due', async function () {
    const chat = new FakeChat();
    const due = later();
    await answerWithProgress(chat, target, async () => answer, { errorCard, delay: () => due.promise });
    assert.deepEqual(chat.posts.map((p) => [p.card?.title, p.replyTo]), [['Instances', 'q1']]);
    assert.equal(chat.updates.length, 0);
  });

  it('shows "Working on it…" in the thread when it is slow, then turns that message into the answer', async function () {
    const chat = new FakeChat();
    const due = later();
    const work = later<Card>();
    const done = answerWithProgress(chat, target, () => work.promise, { errorCard, doing: 'running `ec2 describe-instances`', delay: () => due.promise });
    due.resolve();
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(chat.posts.map((p) => [p.card?.title, p.replyTo]), [['Working on it…', 'q1']]);
    assert.match(JSON.stringify(chat.posts[0]!.card), /running `ec2 describe-instances`/);
    work.resolve(answer);
    const posted = await done;
    assert.equal(chat.posts.length, 1, 'one message in the thread either way');
    assert.deepEqual(chat.updates.map((u) => [u.messageId, u.card?.title]), [[posted.messageId, 'Instances']]);
  });

  it('turns the notice into an error card when the slow work fails, and still reports the error', async function () {
    const chat = new FakeChat();
    const due = later();
    const work = later<Card>();
    const done = answerWithProgress(chat, target, () => work.promise, { errorCard, delay: () => due.promise });
    due.resolve();
    await new Promise((r) => setImmediate(r));
    work.reject(new ChatOpsError('AWS_TIMEOUT', 'AWS did not answer within 15 seconds.', { nextStep: 'Try again, or narrow the request.' }));
    await assert.rejects(done, /AWS_TIMEOUT/);
    await assert.rejects(done, (e: unknown) => wasShown(e), 'marked as shown, so nobody tells it again');
    assert.equal(chat.updates[0]?.card?.title, 'That did not work');
    assert.match(JSON.stringify(chat.updates[0]?.card), /within 15 seconds.*Try again/);
  });

  it('answers a quick failure with an error card that shows no internals', async function () {
    const chat = new FakeChat();
    const done = answerWithProgress(chat, target, async () => {
      throw new Error('connect ECONNREFUSED 10.0.0.1:5432 password=hunter2');
    }, { errorCard, delay: () => new Promise(() => {}) });
    await assert.rejects(done, /ECONNREFUSED/);
    await assert.rejects(done, (e: unknown) => wasShown(e), 'marked as shown, so nobody tells it again');
    const shown = JSON.stringify(chat.posts[0]?.card);
    assert.equal(chat.posts[0]?.card?.title, 'Something went wrong');
    assert.doesNotMatch(shown, /ECONNREFUSED|hunter2/);
  });

  it('renders the notice and the error cards within both platforms\' limits', function () {
    for (const card of [workingCard('running `s3api list-buckets`'), errorCard(new ChatOpsError('X', 'words', { nextStep: 'next' })), errorCard(new Error('x'))]) {
      assert.deepEqual(checkSlackLimits(renderSlack(card)), []);
      assert.deepEqual(validateAdaptiveCard(renderTeams(card)), []);
    }
  });
});
