import assert from 'node:assert/strict';
import { field, local, shared } from './operations-card.js';

describe('Transcribe job cards', () => {
  it('shows a completed transcription job in green', () => {
    const n = shared('eventbridge/transcribe-job-state-change-completed.json');
    assert.equal(n.title, 'Transcription job 51a3dfef-87fa-423a-8d3b-690ca9cae1f4 completed');
    assert.equal(n.severity, 'success');
    assert.equal(n.variables.TranscriptionJobName, '51a3dfef-87fa-423a-8d3b-690ca9cae1f4');
  });

  it('says why a transcription job failed', () => {
    const n = local('synthetic-transcribe-job-state-change-failed.json');
    assert.equal(n.title, 'Transcription job support-call-0314-17 failed');
    assert.equal(n.severity, 'high');
    assert.match(n.summary ?? '', /^The media format that you specified/);
  });
});

describe('Translate job cards', () => {
  it('shows a completed batch translation in green', () => {
    const n = shared('eventbridge/translate-text-translation-job-state-change.json');
    assert.equal(n.title, 'Translation job 8ce682a1-9be8-4f2c-875c-f8ae2fe1b015 completed');
    assert.equal(n.severity, 'success');
    assert.equal(n.variables.JobId, '8ce682a1-9be8-4f2c-875c-f8ae2fe1b015');
  });
});

describe('Scheduled event cards', () => {
  it('says which rule fired and threads its firings', () => {
    const n = shared('eventbridge/scheduled-event.json');
    assert.equal(n.title, 'Scheduled rule my-scheduled-rule fired');
    assert.equal(n.severity, 'info');
    assert.equal(n.service, 'Amazon EventBridge');
    assert.equal(field(n, 'Event bus'), 'default');
    assert.equal(n.links[0]?.url, 'https://us-east-1.console.aws.amazon.com/events/home?region=us-east-1#/eventbus/default/rules/my-scheduled-rule');
    assert.equal(n.threadKey, 'arn:aws:events:us-east-1:123456789012:rule/my-scheduled-rule');
    assert.equal(n.variables.RuleName, 'my-scheduled-rule');
  });
});
