/**
 * `npm run bench [-- NAME…]`: the benchmarks, each reporting absolute figures and ratios against
 * a baseline measured in the same run. With no name, all of them in turn (a few minutes on two
 * cores); names: render, intake, latency, burst, slack, commands. Speed is measured here, never asserted in tests.
 */
import { cpus } from 'node:os';
import { runBurst } from './burst.js';
import { runCommands } from './commands.js';
import { runIntake } from './intake.js';
import { runLatency } from './latency.js';
import { runRender } from './render.js';
import { runSlack } from './slack.js';

const BENCHMARKS: Record<string, () => void | Promise<void>> = { render: runRender, intake: runIntake, latency: runLatency, burst: runBurst, slack: runSlack, commands: runCommands };

async function main(): Promise<void> {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !(name in BENCHMARKS));
  if (unknown.length) {
    console.error(`unknown benchmark ${unknown.join(', ')}; choose from: ${Object.keys(BENCHMARKS).join(', ')}`);
    process.exitCode = 2;
    return;
  }
  const cpu = cpus();
  console.log(`## Benchmarks — node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${process.platform}`);
  const started = performance.now();
  for (const name of asked.length ? asked : Object.keys(BENCHMARKS)) await BENCHMARKS[name]!();
  console.log(`\n(all done in ${((performance.now() - started) / 1000).toFixed(0)} s)`);
}

main().then(
  () => process.exit(),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
