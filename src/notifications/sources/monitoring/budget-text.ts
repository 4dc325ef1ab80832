/** What an AWS Budgets notification (plain text, e.g. "AWS Budget Notification May 14, 2024 …") says. */
export interface BudgetAlert {
  budgetName?: string;
  budgetType?: string;
  /** "ACTUAL" or "FORECASTED". */
  alertType?: string;
  threshold?: string;
  budgeted?: string;
  /** The actual or forecasted amount, as written ("$1,053.27"). */
  amount?: string;
  account?: string;
  date?: string;
  /** The "You requested that we alert you when …" sentence(s). */
  sentence?: string;
}

/** True for text that AWS Budgets sent. */
export function looksLikeBudget(text: string | undefined, subject: string | undefined): boolean {
  if (subject && /^AWS Budgets?:/i.test(subject)) return true;
  if (!text) return false;
  return /^\s*AWS Budget Notification/i.test(text) || (/^\s*Budget Name:/im.test(text) && /^\s*Alert Type:/im.test(text));
}

export function readBudgetText(text: string): BudgetAlert {
  const lines = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([A-Za-z][A-Za-z ]{1,40}?):\s*(.+?)\s*$/.exec(line);
    if (m) lines.set(m[1]!.toLowerCase(), m[2]!);
  }
  const alertType = lines.get('alert type')?.toUpperCase();
  const amount = (alertType ? lines.get(`${alertType.toLowerCase()} amount`) : undefined) ?? lines.get('actual amount') ?? lines.get('forecasted amount');
  const header = /AWS Budget Notification\s+(.+)$/im.exec(text);
  const sentence = /(You requested that we alert you[^\n]*?)(?:\s*You can find additional details|\n|$)/.exec(text);
  return {
    budgetName: lines.get('budget name'),
    budgetType: lines.get('budget type'),
    alertType,
    threshold: lines.get('alert threshold'),
    budgeted: lines.get('budgeted amount'),
    amount,
    account: /AWS Account\s+(\d{12})/.exec(text)?.[1],
    date: header?.[1]?.trim(),
    sentence: sentence?.[1]?.trim(),
  };
}

/** "$1,053.27" → 1053.27; "80.00%" → 80; "1,200 GB" → 1200. */
export function amountValue(s: string | undefined): number | undefined {
  const m = s ? /-?[\d,]*\.?\d+/.exec(s) : null;
  if (!m) return undefined;
  const n = Number(m[0].replace(/,/g, ''));
  return Number.isFinite(n) ? n : undefined;
}
