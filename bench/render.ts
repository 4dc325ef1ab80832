/**
 * Render speed per platform. Each figure is also given as a ratio against a baseline measured in
 * the same run (a JSON round-trip of the same card), so results compare across machines.
 * Goal from issue #3: p99 < 1 ms per card.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Card } from '../src/core/card.js';
import { NotificationEngine } from '../src/notifications/engine.js';
import { notificationToCard } from '../src/notifications/to-card.js';
import { renderSlack } from '../src/render/slack.js';
import { renderTeams } from '../src/render/teams.js';
import { listFiles } from '../test/support/fixtures.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);

interface Result {
  name: string;
  perOp: number[]; // nanoseconds
}

function measure(name: string, items: unknown[], fn: (item: unknown) => unknown): Result {
  for (let i = 0; i < 20; i++) for (const it of items) fn(it); // warm up
  const perOp: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (const it of items) {
      const t0 = process.hrtime.bigint();
      fn(it);
      perOp.push(Number(process.hrtime.bigint() - t0));
    }
  }
  return { name, perOp: perOp.sort((a, b) => a - b) };
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const mean = (a: number[]) => a.reduce((s, x) => s + x, 0) / a.length;

export function runRender(): void {
  const fixtures = resolve(process.cwd(), '../shared/fixtures');
  const files = ['sns', 'cloudwatch', 'eventbridge', 'codestar', 'custom']
    .flatMap((d) => listFiles(join(fixtures, d)).map((f) => join(fixtures, d, f)))
    .filter((f) => !f.endsWith('.pem') && !f.endsWith('.headers.json'));
  const engine = new NotificationEngine();
  const inputs = files.map((f) => readFileSync(f));
  const cards: Card[] = inputs.flatMap((b) => engine.notifications(b).map(notificationToCard));

  const baseline = measure('baseline: JSON round-trip of the card', cards, (c) => JSON.parse(JSON.stringify(c)));
  const results = [
    measure('Card → Slack Block Kit', cards, (c) => renderSlack(c as Card)),
    measure('Card → Adaptive Card 1.5', cards, (c) => renderTeams(c as Card)),
    measure('event → Card (unwrap, normalise, template)', inputs, (b) => engine.notifications(b as Buffer).map(notificationToCard)),
  ];

  const base = mean(baseline.perOp);
  const us = (ns: number) => (ns / 1000).toFixed(1);
  console.log(`\n### Rendering: cards per second\n`);
  console.log(`${cards.length} cards from ${files.length} fixtures, ${ROUNDS} rounds; node ${process.version}\n`);
  console.log('| what | cards/s | p50 µs | p99 µs | mean ÷ baseline | p99 < 1 ms |');
  console.log('| --- | ---: | ---: | ---: | ---: | :---: |');
  for (const r of [baseline, ...results]) {
    const m = mean(r.perOp);
    console.log(`| ${r.name} | ${Math.round(1e9 / m).toLocaleString('en-US')} | ${us(pct(r.perOp, 50))} | ${us(pct(r.perOp, 99))} | ${(m / base).toFixed(2)}× | ${pct(r.perOp, 99) < 1e6 ? 'yes' : 'NO'} |`);
  }
}
