import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, r => r.abort());
await page.goto('http://localhost:56150/', { waitUntil: 'domcontentloaded' });
await page.locator('[data-lexical-editor="true"][role="textbox"]').waitFor();
await page.getByRole('treeitem', { name: 'Ops Team - alerts' }).click();
for (const item of ['Uninstall application', 'Remove application']) {
  await page.getByRole('button', { name: 'Mock an Activity' }).click();
  await page.waitForTimeout(500);
  console.log('items:', await page.getByRole('menuitem').allInnerTexts());
  await page.screenshot({ path: 'shots/15-menu.png' });
  const mi = page.getByRole('menuitem').filter({ hasText: item });
  if (!(await mi.count())) { await page.keyboard.press('Escape'); continue; }
  await mi.click();
  await page.waitForTimeout(1000);
  await page.screenshot({ path: `shots/15-${item.replace(/ /g, '-')}.png` });
  const dialog = page.getByRole('dialog');
  if (await dialog.count()) { console.log(item, 'dialog buttons:', await dialog.getByRole('button').allInnerTexts()); await dialog.getByRole('button', { name: /send|confirm|ok|remove|uninstall/i }).first().click().catch(e => console.log('no confirm', e.message)); await page.waitForTimeout(1000); }
}
await browser.close();
