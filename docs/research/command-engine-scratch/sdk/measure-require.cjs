// node measure-require.cjs <pkg...> : wall time and RSS/heap growth of require()ing clients (fresh process)
const { performance } = require('perf_hooks');
global.gc?.(); const rss0 = process.memoryUsage().rss, heap0 = process.memoryUsage().heapUsed;
const t0 = performance.now();
for (const p of process.argv.slice(2)) require(p);
const t1 = performance.now();
global.gc?.(); const mu = process.memoryUsage();
console.log(JSON.stringify({ n: process.argv.length - 2, ms: +(t1 - t0).toFixed(1), rssMB: +((mu.rss - rss0) / 1048576).toFixed(1), heapMB: +((mu.heapUsed - heap0) / 1048576).toFixed(1), totalRssMB: +(mu.rss / 1048576).toFixed(1) }));
