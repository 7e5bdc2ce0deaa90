// Takes screenshots of the running demo in headless Chromium (playwright-core driving the system browser).
// Usage: node scripts/screenshot.mjs [url] [outdir]. Screenshots are kept out of git (screenshots/).
import { mkdirSync } from 'node:fs';
import { launchChromium } from './chromium.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:8000/';
const out = process.argv[3] ?? 'screenshots';
mkdirSync(out, { recursive: true });
const browser = await launchChromium([
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);
const errors = [];
const requests = new Set();
for (const [name, viewport, scheme, act] of [
  ['desktop', { width: 1280, height: 1000 }, 'light', null],
  [
    'desktop-search',
    { width: 1280, height: 1000 },
    'light',
    async (page) => {
      await page.locator('rf-search-box input').fill('hebergement');
      await page.waitForTimeout(300);
    },
  ],
  [
    'desktop-dark-filtered',
    { width: 1280, height: 1000 },
    'dark',
    async (page) => {
      await page.getByRole('checkbox', { name: /^Free only/ }).check();
      await page.getByRole('checkbox', { name: /^Italian/ }).check();
      await page
        .locator('rf-resource-card')
        .first()
        .getByRole('button', { name: 'Show details' })
        .click();
      await page.waitForTimeout(300);
    },
  ],
  ['mobile', { width: 390, height: 844 }, 'light', null],
]) {
  const page = await browser.newPage({ viewport, colorScheme: scheme });
  page.on('pageerror', (e) => errors.push(`${name}: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`${name}: ${m.text()}`));
  page.on('request', (r) => requests.add(new URL(r.url()).origin));
  await page.goto(url);
  await page.locator('rf-resource-card').first().waitFor();
  if (act) await act(page);
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: false });
  await page.close();
}
await browser.close();
console.log(`screenshots in ${out}/; origins contacted: ${[...requests].join(', ')}`);
if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}
