// The in-browser half of `npm run bench`: the drop-in bundle in headless Chromium (playwright-core, the system
// browser), on generated feeds. Measures, per size:
//  - loading: time to the first results, and the longest main-thread task while loading;
//  - per keystroke: the directory's answer to a view as the page sees it (search, filters, facets, sorting, the page
//    of results; in the worker above the threshold: the round trip);
//  - while a visitor types 12 queries at 8 keys a second: every main-thread task over 50 ms (PerformanceObserver
//    'longtask'), and the longest.
// Usage: node bench/browser.mjs [--sizes 2000,10000,100000] [--queries 12]   (needs `npm run build` first)
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { DEFAULT_VIEW } from '../dist/core/index.js';
import { launchChromium } from '../scripts/chromium.mjs';
import { generateFeed, keystrokes, querySet } from './generate.mjs';
import { ms, quantile } from './stats.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};

/** Runs the browser measurements; returns one row per size. */
export async function browserBench(sizes, queryCount = 12) {
  const bundlePath = new URL('../dist/resource-finder.min.js', import.meta.url);
  if (!existsSync(bundlePath))
    throw new Error('dist/resource-finder.min.js is missing: run `npm run build`.');
  const bundle = readFileSync(bundlePath);
  const feeds = new Map();
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/resource-finder.min.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      return res.end(bundle);
    }
    if (url.pathname === '/feed.json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(feeds.get(Number(url.searchParams.get('size'))));
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><meta charset="utf-8"><title>bench</title>
<script>
  window.longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
</script>
<script type="module" src="/resource-finder.min.js"></script>
<resource-finder src="/feed.json?size=${url.searchParams.get('size')}"></resource-finder>`);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchChromium();
  const rows = [];
  try {
    for (const size of sizes) {
      const feed = generateFeed(size);
      feeds.set(size, JSON.stringify(feed));
      const queries = querySet(feed, 64).slice(0, Math.max(queryCount, 1) * 4);
      const page = await browser.newPage();
      const start = Date.now();
      await page.goto(`${origin}/?size=${size}`);
      await page.waitForFunction(
        () => document.querySelector('resource-finder')?.loadedResources?.length > 0,
        null,
        { timeout: 300_000, polling: 100 },
      );
      const inWorker = await page.evaluate(async () => {
        const { directory } = document.querySelector('resource-finder');
        await directory.ready;
        return !!directory.inWorker;
      });
      const loadMs = Date.now() - start;
      const loadLongest = await page.evaluate(() =>
        Math.max(0, ...window.longTasks.map((t) => t.duration)),
      );

      // A visitor typing: real key presses into the search box, 8 keys a second. First, as a visitor would after
      // the page loads (the per-keystroke loop below leaves garbage whose collection would land in this phase).
      await page.evaluate(() => (window.longTasks = []));
      const typingStart = await page.evaluate(() => performance.now());
      const input = page.locator('resource-finder rf-search-box input');
      for (const q of queries.slice(0, queryCount)) {
        await input.fill('');
        await input.pressSequentially(q.text, { delay: 125 });
        await page.waitForTimeout(300);
      }
      const typing = await page.evaluate(
        (since) => window.longTasks.filter((t) => t.start >= since),
        typingStart,
      );
      // Per keystroke, as the page sees it: the directory's whole answer to the view (search, filters, facet counts,
      // sorting and the page of results), in the worker's round trip above the threshold.
      const typed = queries.flatMap((q) => keystrokes(q.text));
      const latencies = await page.evaluate(
        async ({ texts, view }) => {
          const { directory } = document.querySelector('resource-finder');
          const out = [];
          for (const text of texts) {
            const t = performance.now();
            await directory.answer({ ...view, query: text });
            out.push(performance.now() - t);
          }
          return out;
        },
        { texts: typed, view: DEFAULT_VIEW },
      );

      const keys = queries.slice(0, queryCount).reduce((n, q) => n + q.text.length, 0);
      rows.push({
        size,
        inWorker,
        loadMs,
        loadLongest,
        median: quantile(latencies, 0.5),
        p95: quantile(latencies, 0.95),
        keys,
        longTasks: typing.length,
        longest: Math.max(0, ...typing.map((t) => t.duration)),
      });
      await page.close();
      feeds.delete(size);
    }
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}

/** Prints the rows as a table. */
export function printBrowserRows(rows) {
  console.log(
    "\nIn Chromium (drop-in bundle). Per keystroke = the directory's answer to a view as the page sees it (search, facets, sorting, page of results; worker round trip above the threshold).",
  );
  console.log(
    'Long tasks = main-thread tasks over 50 ms while typing real keys at 8 a second (PerformanceObserver).\n',
  );
  const header = [
    'size',
    'engine',
    'load s',
    'longest load task',
    'median',
    'p95',
    'keys typed',
    'long tasks',
    'longest',
  ];
  const table = rows.map((r) => [
    r.size.toLocaleString('en'),
    r.inWorker ? 'worker' : 'page',
    (r.loadMs / 1000).toFixed(1),
    `${ms(r.loadLongest)} ms`,
    ms(r.median),
    ms(r.p95),
    String(r.keys),
    String(r.longTasks),
    r.longTasks ? `${ms(r.longest)} ms` : '-',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => c.padStart(widths[i])).join('  ');
  console.log(line(header));
  for (const row of table) console.log(line(row));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = arg('sizes', '2000,10000,100000').split(',').map(Number);
  printBrowserRows(await browserBench(sizes, Number(arg('queries', 12))));
}
