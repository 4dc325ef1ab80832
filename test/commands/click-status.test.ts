import assert from 'node:assert/strict';
import { answeredStatus, CLICK_STATUS_TITLE, clickedLabel, runningStatus, withClickStatus } from '../../src/commands/click-status.js';
import type { Card } from '../../src/core/card.js';
import { renderTeams } from '../../src/render/teams.js';
import { validateAdaptiveCard } from '../support/adaptive-card-validator.js';

const card: Card = {
  title: 'Stop i-0abc?',
  severity: 'high',
  sections: [{ type: 'text', text: 'The instance will stop.' }],
  actions: [
    { type: 'button', id: 'approve', label: 'Approve', value: 'opaque-1' },
    { type: 'select', id: 'region', label: 'Region', options: [{ label: 'us-east-1', value: 'us-east-1' }] },
    { type: 'link', label: 'Console', url: 'https://console.aws.amazon.com/ec2' },
  ],
};

describe('a card refreshed after a click', () => {
  it('shows "Running…" with who clicked what, and takes the buttons and inputs off (links stay)', () => {
    const running = withClickStatus(card, runningStatus('Alex', clickedLabel(card, 'approve')), { lockActions: true });
    assert.deepEqual(running.sections.at(-1), { type: 'text', title: CLICK_STATUS_TITLE, text: 'Running… (Alex clicked Approve)' });
    assert.deepEqual(running.actions, [{ type: 'link', label: 'Console', url: 'https://console.aws.amazon.com/ec2' }]);
    assert.deepEqual(validateAdaptiveCard(renderTeams(running)), []);
  });

  it('replaces the earlier status instead of stacking them, and gives the buttons back', () => {
    const running = withClickStatus(card, runningStatus('Alex', 'Approve'), { lockActions: true });
    const done = withClickStatus(running, answeredStatus('Alex', 'Approve'));
    assert.equal(done.sections.filter((s) => s.type === 'text' && s.title === CLICK_STATUS_TITLE).length, 1);
    assert.equal(withClickStatus(card, answeredStatus('Alex', 'Approve')).actions, card.actions);
  });

  it('names the clicked button by its label, or by its id when the card does not have it', () => {
    assert.equal(clickedLabel(card, 'approve'), 'Approve');
    assert.equal(clickedLabel(card, 'reject'), 'reject');
    assert.equal(clickedLabel(undefined, 'approve'), 'approve');
  });
});
