import assert from 'node:assert/strict';
import { validateAdaptiveCard } from './adaptive-card-validator.js';

describe('the Adaptive Card validator', function () {
  it('accepts a valid 1.5 card', function () {
    const card = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        { type: 'TextBlock', text: 'Hello', wrap: true, weight: 'Bolder' },
        { type: 'Input.Text', id: 'reason', label: 'Reason', isRequired: true, errorMessage: 'Say why.' },
      ],
      actions: [{ type: 'Action.Execute', title: 'Go', verb: 'go', data: { anything: ['goes', 1] } }],
      msteams: { width: 'Full' },
    };
    assert.deepEqual(validateAdaptiveCard(card), []);
  });

  it('rejects a deliberately bad card, naming each problem', function () {
    const issues = validateAdaptiveCard({
      type: 'AdaptiveCard',
      version: '1.6',
      body: [
        { type: 'TextBlock', text: 'x', wrapp: true, color: 'Purple' },
        { type: 'Carousel3D' },
        { type: 'Input.ChoiceSet', id: 'pick', choices: [] },
        { type: 'Input.Text', id: 'pick' },
      ],
      actions: [{ type: 'Action.Teleport', title: 'Go' }],
    });
    const expected = [
      /^version: "1\.6", expected "1\.5"$/,
      /^parse: InvalidPropertyValue: .*"Purple".*"color"/,
      /^parse: UnknownElementType: .*"Carousel3D"/,
      /^parse: UnknownActionType: .*"Action\.Teleport"/,
      /^validate: CollectionCantBeEmpty: .*Input\.ChoiceSet/,
      /^validate: DuplicateId: .*"pick"/,
      /^ignored: \$\.body\[0\]\.wrapp = true/,
    ];
    for (const pattern of expected) assert.ok(issues.some((i) => pattern.test(i)), `expected an issue like ${pattern}, got:\n${issues.join('\n')}`);
  });

  it('rejects something that is not a card at all', function () {
    assert.deepEqual(validateAdaptiveCard('hello'), ['card: not a JSON object']);
    assert.ok(validateAdaptiveCard({ type: 'Message', version: '1.5', body: [] }).includes('type: "Message", expected "AdaptiveCard"'));
  });
});
