import assert from 'node:assert/strict';
import { actionIdOf, cardText, makeRig } from './dialog-rig.js';

describe('dialog answers', function () {
  it('asks three questions in turn, answered by a select choice and by thread replies, then shows the summary', async function () {
    const rig = makeRig();
    const first = await rig.start();
    assert.equal(first.status, 'asking');
    assert.equal(first.card.subtitle, 'Question 1 of 3');
    const select = first.card.actions?.find((a) => a.type === 'select');
    assert.ok(select?.type === 'select' && select.options.length === 3);

    const second = await rig.click(select.id, {}, undefined, 't3.small');
    assert.equal(second?.status, 'asking');
    assert.equal(second?.card.subtitle, 'Question 2 of 3');
    const third = await rig.say('ami-0abcdef12');
    assert.equal(third?.card.subtitle, 'Question 3 of 3');
    const summary = await rig.say('deploy-key');

    assert.equal(summary?.status, 'confirming');
    assert.deepEqual(summary?.dialog?.answers, { InstanceType: 't3.small', ImageId: 'ami-0abcdef12', KeyName: 'deploy-key' });
    assert.match(cardText(summary!.card), /aws ec2 run-instances --InstanceType t3.small --ImageId ami-0abcdef12 --KeyName deploy-key/);
    assert.deepEqual(summary?.card.actions?.map((a) => a.type === 'link' ? a.url : a.id.split('.').slice(2).join('.')), ['run', 'back.3', 'cancel']);
    assert.equal(rig.kind.completed.length, 0);
  });

  it('takes a select answer typed as a reply, by label in any case or by its number', async function () {
    const rig = makeRig();
    await rig.start();
    assert.equal((await rig.say('M5.LARGE'))?.dialog?.answers.InstanceType, 'm5.large');
    const rig2 = makeRig();
    await rig2.start();
    assert.equal((await rig2.say('2'))?.dialog?.answers.InstanceType, 't3.small');
  });

  it('takes a text answer sent with the Next button from the form', async function () {
    const rig = makeRig();
    await rig.start();
    const second = await rig.say('t3.micro');
    const answerId = actionIdOf(second!.card, '.answer.1');
    const third = await rig.click(actionIdOf(second!.card, '.next.1'), { [answerId]: 'ami-0123456789' });
    assert.equal(third?.dialog?.answers.ImageId, 'ami-0123456789');
    assert.equal(third?.dialog?.position, 2);
  });

  it('asks again with the pattern\'s words when an answer does not match', async function () {
    const rig = makeRig();
    await rig.start();
    await rig.say('t3.micro');
    const again = await rig.say('not-an-image');
    assert.equal(again?.status, 'invalid');
    assert.equal(again?.card.subtitle, 'Question 2 of 3');
    assert.match(cardText(again!.card), /An image id looks like ami-0abcdef12\./);
    assert.equal(again?.dialog?.position, 1);
  });

  it('asks again with the kind\'s words when its own validation refuses', async function () {
    const rig = makeRig();
    await rig.start();
    await rig.say('t3.micro');
    await rig.say('ami-0abcdef12');
    const again = await rig.say('root');
    assert.equal(again?.status, 'invalid');
    assert.match(cardText(again!.card), /Key pairs named \\"root\\" are not allowed here\./);
  });

  it('refuses a choice that is not among the options and an empty Next', async function () {
    const rig = makeRig();
    const first = await rig.start();
    const wrong = await rig.say('x9.huge');
    assert.match(cardText(wrong!.card), /is not one of the choices for \\"Instance type\\": t3.micro, t3.small, m5.large/);
    const empty = await rig.click(actionIdOf(first.card, '.next.0'));
    assert.match(cardText(empty!.card), /An answer is needed/);
  });

  it('goes back to the previous question with its answer filled in, by word and by button', async function () {
    const rig = makeRig();
    await rig.start();
    await rig.say('t3.micro');
    const second = await rig.say('ami-0abcdef12');
    const backToSecond = await rig.click(actionIdOf(second!.card, '.back.2'));
    assert.equal(backToSecond?.card.subtitle, 'Question 2 of 3');
    const input = backToSecond?.card.actions?.find((a) => a.type === 'input');
    assert.equal(input?.type === 'input' && input.initial, 'ami-0abcdef12');
    const backToFirst = await rig.say('back');
    assert.equal(backToFirst?.card.subtitle, 'Question 1 of 3');
    const still = await rig.say('Back');
    assert.match(cardText(still!.card), /This is the first question/);
  });

  it('goes back from the summary to the last question', async function () {
    const rig = makeRig();
    await rig.start();
    await rig.say('t3.micro');
    await rig.say('ami-0abcdef12');
    const summary = await rig.say('deploy-key');
    const back = await rig.click(actionIdOf(summary!.card, '.back.3'));
    assert.equal(back?.status, 'asking');
    assert.equal(back?.card.subtitle, 'Question 3 of 3');
    assert.equal(back?.dialog?.summary, undefined);
  });

  it('cancels at any step, by word or by button, and runs nothing', async function () {
    const rig = makeRig();
    await rig.start();
    await rig.say('t3.micro');
    const cancelled = await rig.say('cancel');
    assert.equal(cancelled?.status, 'cancelled');
    assert.match(cardText(cancelled!.card), /Cancelled; nothing was run\. Start again with \\"@aws ec2 run-instances\\"/);

    const rig2 = makeRig();
    const first = await rig2.start();
    assert.equal((await rig2.click(actionIdOf(first.card, '.cancel')))?.dialog?.phase, 'cancelled');
    assert.equal(rig.kind.completed.length + rig2.kind.completed.length, 0);
  });

  it('answers an old card\'s click with where the dialog stands now', async function () {
    const rig = makeRig();
    const first = await rig.start();
    await rig.say('t3.micro');
    const stale = await rig.click(actionIdOf(first.card, '.answer.0'), {}, undefined, 'm5.large');
    assert.equal(stale?.status, 'stale');
    assert.equal(stale?.card.subtitle, 'Question 2 of 3');
    assert.equal(stale?.dialog?.answers.InstanceType, 't3.micro');
  });

  it('leaves messages and clicks that are for no dialog to the caller', async function () {
    const rig = makeRig();
    assert.equal(await rig.say('hello'), undefined);
    assert.equal(await rig.click('chatops.fill-in'), undefined);
  });
});
