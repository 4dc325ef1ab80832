// JSON.parse cost of the prebuilt index (and of the docs file), fresh process
const { performance } = require('perf_hooks'); const fs = require('fs');
global.gc(); const rss0 = process.memoryUsage().rss;
const t0 = performance.now();
const index = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const t1 = performance.now();
global.gc(); const rss1 = process.memoryUsage().rss;
// lazy path: one client on first use
const t2 = performance.now(); require('@aws-sdk/client-lambda'); const t3 = performance.now();
console.log(JSON.stringify({ file: process.argv[2], bytes: fs.statSync(process.argv[2]).size, parseMs: +(t1 - t0).toFixed(1), rssMB: +((rss1 - rss0) / 1048576).toFixed(1), firstLambdaRequireMs: +(t3 - t2).toFixed(1) }));
