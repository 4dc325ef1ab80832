import assert from 'node:assert/strict';
import type { Notification } from '../../../../src/core/notification.js';
import { readLocalFixture } from '../../../support/fixtures.js';
import { engineWithLog } from './engine-with-log.js';

describe('AWS Budgets notification card', () => {
  const { engine, log } = engineWithLog();
  const one = (input: Buffer | string): Notification => {
    const [n] = engine.notifications(input);
    assert.ok(n);
    return n;
  };
  const field = (n: Notification, label: string) => n.fields.find((f) => f.label === label)?.value;
  afterEach(() => assert.deepEqual(log.warnings, []));

  it('recognises the plain text and says what passed which threshold', () => {
    const n = one(readLocalFixture('monitoring/synthetic-budgets-actual-over-budget.txt'));
    assert.equal(n.source, 'aws.budgets');
    assert.equal(n.kind, 'Budget Notification');
    assert.equal(n.title, 'Budget Monthly-Total: actual cost $1,053.27 passed the alert threshold (> $800.00)');
    assert.equal(n.account, '123456789012');
  });

  it('is high when actual spend is over the budget, and says by how much', () => {
    const n = one(readLocalFixture('monitoring/synthetic-budgets-actual-over-budget.txt'));
    assert.equal(n.severity, 'high');
    assert.equal(n.summary, 'Actual cost is 105% of the $1,000.00 budget: over budget.');
    assert.equal(field(n, 'Actual cost'), '$1,053.27');
    assert.equal(field(n, 'Budgeted'), '$1,000.00');
  });

  it('is medium for a forecast, and threads by budget', () => {
    const n = one(readLocalFixture('monitoring/synthetic-budgets-forecasted-sns-envelope.json'));
    assert.equal(n.severity, 'medium');
    assert.equal(n.title, 'Budget team-data: forecasted cost $2,437.90 passed the alert threshold (> $2,000.00)');
    assert.equal(field(n, 'Forecasted cost'), '$2,437.90');
    assert.equal(n.threadKey, 'aws.budgets:123456789012:team-data');
  });

  it('links to the budget and exposes its name and amounts as variables', () => {
    const n = one(readLocalFixture('monitoring/synthetic-budgets-forecasted-sns-envelope.json'));
    assert.equal(n.links[0]?.url, 'https://console.aws.amazon.com/billing/home#/budgets/details?name=team-data');
    assert.deepEqual(
      { BudgetName: n.variables.BudgetName, AlertType: n.variables.AlertType, ForecastedAmount: n.variables.ForecastedAmount, BudgetedAmount: n.variables.BudgetedAmount },
      { BudgetName: 'team-data', AlertType: 'FORECASTED', ForecastedAmount: '$2,437.90', BudgetedAmount: '$2,500.00' },
    );
  });

  it('still reads well when only the subject says it is from AWS Budgets', () => {
    const envelope = { Type: 'Notification', MessageId: 'm-1', TopicArn: 'arn:aws:sns:us-east-1:123456789012:budget-alerts', Subject: 'AWS Budgets: dev has exceeded your alert threshold', Message: 'Your budget dev has exceeded its alert threshold.', Timestamp: '2024-05-14T06:31:12.345Z' };
    const n = one(JSON.stringify(envelope));
    assert.equal(n.source, 'aws.budgets');
    assert.equal(n.title, 'Budget alert: actual cost passed the alert threshold');
    assert.equal(n.summary, 'Your budget dev has exceeded its alert threshold.');
    assert.equal(n.links[0]?.url, 'https://console.aws.amazon.com/billing/home#/budgets');
  });
});
