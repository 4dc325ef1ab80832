import { chromium } from 'playwright-core';
import fs from 'node:fs';
const post = async (path, body) => { const r = await fetch('http://127.0.0.1:3978' + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }); const j = await r.json(); console.log(path, r.status, JSON.stringify(j).slice(0, 300)); return j; };
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
await page.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, r => r.abort());
let t = Date.now(); const lap = (s) => { console.log(s, Date.now() - t, 'ms'); t = Date.now(); };
await page.goto('http://localhost:56150/', { waitUntil: 'domcontentloaded' });
const box = page.locator('[data-lexical-editor="true"][role="textbox"]');
await box.waitFor(); lap('composer');
await page.getByRole('treeitem', { name: 'Ops Team - alerts' }).click();
await page.waitForTimeout(500);
// proactive: new thread in the channel
const first = await post('/notify', { conversationId: '19:alerts@thread.tacv2', text: 'ALARM proactive', card: true });
await page.locator('.ac-adaptiveCard').filter({ hasText: 'ALARM proactive' }).waitFor({ timeout: 10000 }); lap('proactive card shown');
// reply in its thread
await post('/notify', { conversationId: '19:alerts@thread.tacv2', text: 'thread reply text', thread: first.id });
await page.getByRole('paragraph').filter({ hasText: 'thread reply text' }).waitFor({ timeout: 10000 }); lap('thread reply shown');
// update the first card
await post('/update', { conversationId: '19:alerts@thread.tacv2', activityId: first.id, text: 'ALARM updated' });
await page.locator('.ac-adaptiveCard').filter({ hasText: 'ALARM updated' }).waitFor({ timeout: 10000 }); lap('update shown');
console.log('old card still there:', await page.locator('.ac-adaptiveCard').filter({ hasText: 'ALARM proactive' }).count());
await page.screenshot({ path: 'shots/11-proactive.png', fullPage: true });
// update via threaded conversation id?
const r = await post('/update', { conversationId: `19:alerts@thread.tacv2;messageid=${first.id}`, activityId: first.id, text: 'ALARM updated twice' }).catch(e => console.log(e));
await page.waitForTimeout(1000);
console.log('updated twice visible:', await page.locator('.ac-adaptiveCard').filter({ hasText: 'ALARM updated twice' }).count());
// personal chat proactive
const p = await post('/notify', { conversationId: 'personal-chat-id', text: 'personal proactive' });
await page.getByRole('treeitem', { name: 'Personal Chat' }).click();
await page.getByRole('paragraph').filter({ hasText: 'personal proactive' }).waitFor({ timeout: 10000 }); lap('personal proactive shown');
await page.screenshot({ path: 'shots/12-personal.png' });
await browser.close();
