import assert from 'node:assert/strict';
import { assertReadable, field, fromEvent, fromShared, fromSynthetic } from './notify.js';

const CASE_ID = 'case-111122223333-muen-2022-7118885805350839';

describe('AWS Support case card', () => {
  it('tells the channel a case was opened, with a link to it in Support Center', () => {
    const n = fromShared('eventbridge/support-case-update-create-case.json');
    assertReadable(n, 'Support Case Update');
    assert.equal(n.title, 'Support case 1234563851 opened');
    assert.equal(n.severity, 'info');
    assert.equal(n.links[0]?.url, 'https://support.console.aws.amazon.com/support/home#/case/?displayId=1234563851&language=en');
    assert.equal(n.threadKey, CASE_ID);
    assert.equal(n.variables.caseId, CASE_ID);
    assert.equal(n.variables.displayId, '1234563851');
  });

  it('asks for attention when AWS Support replies, in the same thread', () => {
    const n = fromShared('eventbridge/support-case-update-add-communication.json');
    assert.equal(n.title, 'AWS Support replied on case 1234563851');
    assert.equal(n.severity, 'medium');
    assert.equal(field(n, 'From'), 'AWS Support');
    assert.equal(n.threadKey, CASE_ID);
  });

  it('shows a resolved case in green and a reopened one as medium', () => {
    assert.equal(fromSynthetic('synthetic-support-case-update-resolve-case.json').severity, 'success');
    const reopened = fromShared('eventbridge/support-case-update-reopen-case.json');
    assert.equal(reopened.title, 'Support case 1234563851 reopened');
    assert.equal(reopened.severity, 'medium');
  });

  it('shows subject and reply text when the sender added them', () => {
    const n = fromEvent('aws.support', 'Support Case Update', { 'case-id': 'case-1', 'display-id': '42', 'event-name': 'AddCommunicationToCase', origin: 'AWS', subject: 'RDS failover', 'communication-body': 'We have looked into it.' });
    assert.equal(n.title, 'AWS Support replied on case 42: RDS failover');
    assert.equal(n.summary, 'We have looked into it.');
  });

  it('still reads well when the detail is empty', () => {
    const n = fromEvent('aws.support', 'Support Case Update', {});
    assertReadable(n, 'Support Case Update');
    assert.equal(n.title, 'Support case updated');
  });
});
