import type { Severity } from '../../../core/card.js';
import { consoleUrl } from '../console.js';
import { isRecord, str } from '../read.js';
import type { Normalised, SourceDefinition } from '../types.js';
import { amountValue, looksLikeBudget, readBudgetText, type BudgetAlert } from './budget-text.js';

/**
 * AWS Budgets alerts arrive over SNS as plain text. Facts: budgetName, budgetType, alertType,
 * alertWord ("actual"/"forecasted"), measure ("cost"/"usage"/…), threshold, budgeted, amount,
 * percentOfBudget, overBudget, sentence.
 */
export const budgetNotification: SourceDefinition = {
  id: 'aws-budgets',
  matches: [{ source: 'aws.budgets', detailType: 'Budget Notification' }],
  recognise({ text, subject }) {
    if (text === undefined || !looksLikeBudget(text, subject)) return undefined;
    const alert = readBudgetText(text);
    return { form: 'text', source: 'aws.budgets', detailType: 'Budget Notification', account: alert.account, detail: { text, subject }, body: text };
  },
  normalise(event) {
    const text = isRecord(event.detail) ? (str(event.detail.text) ?? '') : '';
    const a = readBudgetText(text);
    const name = a.budgetName ?? 'AWS budget';
    const alertWord = a.alertType === 'FORECASTED' ? 'forecasted' : 'actual';
    const measure = (a.budgetType ?? 'Cost').toLowerCase();
    const percent = percentOf(a);
    const overBudget = percent !== undefined && percent >= 100;
    const url = a.budgetName ? consoleUrl(undefined, 'billing/home', `/budgets/details?name=${encodeURIComponent(a.budgetName)}`) : consoleUrl(undefined, 'billing/home', '/budgets');
    const facts = {
      budgetName: a.budgetName,
      budgetType: a.budgetType,
      alertType: a.alertType,
      alertWord,
      measure,
      threshold: a.threshold,
      budgeted: a.budgeted,
      amount: a.amount,
      percentOfBudget: percent !== undefined ? `${Math.round(percent)}%` : undefined,
      overBudget,
      sentence: a.sentence,
    };
    const account = a.account ?? event.account;
    const title = `Budget ${name}: ${alertWord} ${measure}${a.amount ? ` ${a.amount}` : ''} passed the alert threshold${a.threshold ? ` (${a.threshold})` : ''}`;
    const n: Normalised = {
      service: 'AWS Budgets',
      severity: severityOf(a, overBudget),
      title,
      summary: a.sentence ?? (a.budgetName ? undefined : text),
      account,
      region: event.region,
      time: event.time,
      resources: a.budgetName ? [{ id: a.budgetName, type: 'AWS budget', url }] : [],
      links: [{ label: 'Open budget', url }],
      fields: [
        ...(a.amount ? [{ label: `${alertWord === 'actual' ? 'Actual' : 'Forecasted'} ${measure}`, value: a.amount, short: true }] : []),
        ...(a.budgeted ? [{ label: 'Budgeted', value: a.budgeted, short: true }] : []),
        ...(a.threshold ? [{ label: 'Alert threshold', value: a.threshold, short: true }] : []),
      ],
      threadKey: `aws.budgets:${account ?? '-'}:${name}`,
      variables: budgetVariables(a),
      facts,
    };
    return n;
  },
};

function percentOf(a: BudgetAlert): number | undefined {
  const amount = amountValue(a.amount);
  const budgeted = amountValue(a.budgeted);
  return amount !== undefined && budgeted ? (amount / budgeted) * 100 : undefined;
}

/** Spending already over the budget is high; an alert below it, or a forecast, is medium. */
function severityOf(a: BudgetAlert, overBudget: boolean): Severity {
  return a.alertType !== 'FORECASTED' && overBudget ? 'high' : 'medium';
}

/** BudgetName, BudgetType, AlertType, AlertThreshold, ActualAmount or ForecastedAmount, BudgetedAmount. */
function budgetVariables(a: BudgetAlert): Record<string, string> {
  const vars: Record<string, string> = {};
  if (a.budgetName) vars.BudgetName = a.budgetName;
  if (a.budgetType) vars.BudgetType = a.budgetType;
  if (a.alertType) vars.AlertType = a.alertType;
  if (a.threshold) vars.AlertThreshold = a.threshold;
  if (a.amount) vars[a.alertType === 'FORECASTED' ? 'ForecastedAmount' : 'ActualAmount'] = a.amount;
  if (a.budgeted) vars.BudgetedAmount = a.budgeted;
  return vars;
}
