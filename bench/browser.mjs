// The in-browser half of `npm run bench`: the drop-in (its file and the worker beside it) in headless Chromium
// (playwright-core, the system browser), over a loopback server, on generated feeds in our format and in HSDS 3.0
// (a `Page` envelope of full services), and on the real San Mateo directory when shared/ is beside the repository.
// Measures what a visitor feels, per feed:
//  - time to the first results on screen, and to fully searchable (`rf-feed-load` and the index ready);
//  - the longest main-thread task from navigation to the end of typing, and how many were over 50 ms
//    (PerformanceObserver 'longtask'), while a visitor types 12 three-word queries at 8 keys a second;
//  - whether the first result of each typed query is the one aimed at;
//  - per keystroke: the directory's answer to a view as the page sees it (worker round trip included);
//  - the JavaScript heap of the page and of the worker once loaded (after a garbage collection; Chrome DevTools
//    Protocol, Runtime.getHeapUsage).
// With --throttle MBPS, each feed also loads over a link of that many megabits a second (DevTools network
// emulation): time to the first progress message and to the first results, then the load is left.
// Usage: node bench/browser.mjs [--sizes 10000,100000] [--formats native,hsds] [--queries 12] [--throttle 1.6]
//        [--runs 3] (medians) [--baseline DIR] (another build's dist/, measured in the same run) [--dist DIR]
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { DEFAULT_VIEW } from '../dist/core/index.js';
import { launchChromium } from '../scripts/chromium.mjs';
import { generateFeed, generateHsdsFeed, keystrokes, querySet } from './generate.mjs';
import { median, ms, quantile } from './stats.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};

const SAN_MATEO = new URL('../../shared/data/hsds-3.0-san-mateo/services.json', import.meta.url);

/** The feeds to measure: generated ones by format and size, and San Mateo when it is there. */
export function benchFeeds(sizes, formats, sanMateo = true) {
  const feeds = [];
  for (const format of formats)
    for (const size of sizes) {
      const data = format === 'hsds' ? generateHsdsFeed(size) : generateFeed(size);
      const native = format === 'hsds' ? generateFeed(size) : data;
      // Three-word queries (service, proper name, city), as a visitor types them, aimed at one record each.
      const queries = querySet(native, 64).filter((q) => q.kind === 'multi');
      feeds.push({
        name: `${format} ${size.toLocaleString('en')}`,
        size,
        text: JSON.stringify(data),
        queries,
      });
    }
  if (sanMateo && existsSync(SAN_MATEO))
    feeds.push({
      name: 'San Mateo (real)',
      size: 1689,
      text: readFileSync(SAN_MATEO, 'utf8'),
      queries: [],
    });
  return feeds;
}

/** Heap used by the page and by its worker, in MB, after garbage collection. */
async function heaps(page) {
  const client = await page.context().newCDPSession(page);
  await client.send('HeapProfiler.collectGarbage');
  const { usedSize } = await client.send('Runtime.getHeapUsage');
  // The worker's own heap, from inside it: DevTools reaches it through the page's target.
  const worker = page.workers().length
    ? await workerHeap(client).catch(() => undefined)
    : undefined;
  await client.detach();
  return { page: usedSize / 2 ** 20, worker: worker === undefined ? undefined : worker / 2 ** 20 };
}

/** A dedicated worker's heap: attach to it through the page's session and ask it. */
async function workerHeap(client) {
  const attached = new Promise((resolve) => client.once('Target.attachedToTarget', resolve));
  await client.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  });
  const { sessionId, targetInfo } = await Promise.race([
    attached,
    new Promise((_, reject) => setTimeout(() => reject(new Error('no worker')), 2000)),
  ]);
  if (targetInfo.type !== 'worker') throw new Error(targetInfo.type);
  const ask = (id, method) =>
    new Promise((resolve) => {
      const listen = ({ sessionId: from, message }) => {
        const data = JSON.parse(message);
        if (from !== sessionId || data.id !== id) return;
        client.off('Target.receivedMessageFromTarget', listen);
        resolve(data.result);
      };
      client.on('Target.receivedMessageFromTarget', listen);
      void client.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method }),
      });
    });
  await ask(1, 'HeapProfiler.collectGarbage');
  const { usedSize } = await ask(2, 'Runtime.getHeapUsage');
  return usedSize;
}

const PAGE = (src) => `<!doctype html><html lang="en"><meta charset="utf-8"><title>bench</title>
<script>
  window.longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  window.marks = {};
  const poll = () => {
    const el = document.querySelector('resource-finder');
    const status = el?.shadowRoot?.querySelector('rf-feed-status')?.shadowRoot?.querySelector('[part="status"]');
    if (status && /\\d/.test(status.textContent) && !marks.progress) marks.progress = performance.now();
    if (el?.results?.length > 0 && !marks.first) marks.first = performance.now();
    if (!marks.first) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  addEventListener('rf-feed-load', async (e) => {
    marks.loaded = performance.now();
    await e.target.directory?.ready;
    marks.searchable = performance.now();
  }, true);
</script>
<script type="module" src="/resource-finder.min.js"></script>
<resource-finder src="${src}"></resource-finder>`;

/** Runs the browser measurements; returns one row per feed (and per throttled load). */
export async function browserBench(feeds, { queryCount = 12, throttle, dist } = {}) {
  const dir = dist
    ? new URL(`file://${dist.replace(/\/?$/, '/')}`)
    : new URL('../dist/', import.meta.url);
  const files = ['resource-finder.min.js', 'resource-finder.worker.js'];
  if (!existsSync(new URL(files[0], dir)))
    throw new Error(`${dir.pathname}${files[0]} is missing: run \`npm run build\`.`);
  // The code is sent gzipped, as every static host sends it; feeds are sent as they are (the worst case).
  const served = new Map(
    files
      .filter((f) => existsSync(new URL(f, dir)))
      .map((f) => [`/${f}`, gzipSync(readFileSync(new URL(f, dir)))]),
  );
  const texts = new Map(feeds.map((f) => [f.name, f.text]));
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (served.has(url.pathname)) {
      res.writeHead(200, { 'content-type': 'text/javascript', 'content-encoding': 'gzip' });
      return res.end(served.get(url.pathname));
    }
    if (url.pathname === '/feed.json') {
      const text = texts.get(url.searchParams.get('name'));
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(text),
      });
      return res.end(text);
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(PAGE(`/feed.json?name=${encodeURIComponent(url.searchParams.get('name'))}`));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchChromium();
  const rows = [];
  try {
    for (const feed of feeds) {
      const page = await browser.newPage();
      await page.goto(`${origin}/?name=${encodeURIComponent(feed.name)}`);
      await page.waitForFunction(() => window.marks.searchable, null, {
        timeout: 600_000,
        polling: 100,
      });
      const marks = await page.evaluate(() => window.marks);
      const inWorker = await page.evaluate(
        () => !!document.querySelector('resource-finder').directory?.inWorker,
      );
      const heap = await heaps(page);

      // A visitor typing three-word queries: real key presses, 8 a second; is the first result the one aimed at?
      const queries = feed.queries.slice(0, queryCount);
      const input = page.locator('resource-finder rf-search-box input');
      let right = 0;
      for (const q of queries) {
        await input.fill('');
        await input.pressSequentially(q.text, { delay: 125 });
        await page
          .waitForFunction(
            (text) => {
              const el = document.querySelector('resource-finder');
              return el.query === text && el.results?.length > 0;
            },
            q.text,
            { timeout: 10_000 },
          )
          .catch(() => undefined);
        await page.waitForTimeout(200);
        const first = await page.evaluate(
          () => document.querySelector('resource-finder').results?.[0]?.resource.id,
        );
        if (first === q.target) right += 1;
      }
      const tasks = await page.evaluate(() => window.longTasks);
      // Per keystroke, as the page sees it: the directory's whole answer to the view (worker round trip included).
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
      rows.push({
        name: feed.name,
        mb: feed.text.length / 1e6,
        inWorker,
        first: marks.first,
        searchable: marks.searchable,
        longest: Math.max(0, ...tasks.map((t) => t.duration)),
        longTasks: tasks.length,
        right: queries.length ? `${right}/${queries.length}` : '-',
        median: latencies.length ? quantile(latencies, 0.5) : NaN,
        p95: latencies.length ? quantile(latencies, 0.95) : NaN,
        heapPage: heap.page,
        heapWorker: heap.worker,
      });
      await page.close();

      if (throttle) {
        // The same feed over a slow link: progress and first results, then the load is left.
        const slow = await browser.newPage();
        const client = await slow.context().newCDPSession(slow);
        await client.send('Network.enable');
        const bytesPerSecond = (Number(throttle) * 1e6) / 8;
        await client.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: 40,
          downloadThroughput: bytesPerSecond,
          uploadThroughput: bytesPerSecond,
        });
        await slow.goto(`${origin}/?name=${encodeURIComponent(feed.name)}`);
        await slow
          .waitForFunction(() => window.marks.first, null, { timeout: 120_000, polling: 100 })
          .catch(() => undefined);
        const slowMarks = await slow.evaluate(() => window.marks);
        rows.push({
          name: `${feed.name} at ${throttle} Mbps`,
          mb: feed.text.length / 1e6,
          throttled: true,
          ...slowMarks,
        });
        await slow.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}

/** Prints the rows as a table. */
export function printBrowserRows(rows, title = 'In Chromium (the drop-in and its worker)') {
  console.log(
    `\n${title}. first = first results on screen; searchable = rf-feed-load and the index ready;`,
  );
  console.log(
    'longest task = longest main-thread task from navigation to the end of typing (long tasks: over 50 ms);',
  );
  console.log(
    "right first = typed three-word queries whose first result is the one aimed at; per keystroke = the directory's answer as the page sees it.\n",
  );
  const s = (v) => (v === undefined || Number.isNaN(v) ? '-' : (v / 1000).toFixed(1));
  const header = [
    'feed',
    'MB',
    'where',
    'first s',
    'searchable s',
    'longest task',
    'long tasks',
    'right first',
    'median',
    'p95',
    'heap page',
    'heap worker',
  ];
  const table = rows.map((r) =>
    r.throttled
      ? [
          r.name,
          r.mb.toFixed(0),
          '',
          s(r.first),
          '',
          `progress at ${s(r.progress)} s`,
          '',
          '',
          '',
          '',
          '',
          '',
        ]
      : [
          r.name,
          r.mb.toFixed(0),
          r.inWorker ? 'worker' : 'page',
          s(r.first),
          s(r.searchable),
          `${ms(r.longest)} ms`,
          r.runs > 1 ? `${r.longTasks} (none in ${r.calm}/${r.runs})` : String(r.longTasks),
          r.right,
          Number.isNaN(r.median) ? '-' : ms(r.median),
          Number.isNaN(r.p95) ? '-' : ms(r.p95),
          `${r.heapPage.toFixed(0)} MB`,
          r.heapWorker === undefined ? '-' : `${r.heapWorker.toFixed(0)} MB`,
        ],
  );
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  for (const row of table) console.log(line(row));
}

/**
 * Several runs of the same feeds as one row per feed: the median of each figure (long tasks: the median count and the
 * longest one's median), and how many runs had no long task at all.
 */
export function medianRows(runs) {
  const numeric = ['first', 'searchable', 'progress', 'longest', 'longTasks', 'median', 'p95'];
  const heaps = ['heapPage', 'heapWorker'];
  return runs[0].map((row, i) => {
    const same = runs.map((rows) => rows[i]);
    const out = { ...row, runs: same.length, calm: same.filter((r) => r.longTasks === 0).length };
    for (const key of [...numeric, ...heaps])
      if (typeof row[key] === 'number') out[key] = median(same.map((r) => r[key]));
    if (same.every((r) => /^\d+\/\d+$/.test(r.right ?? ''))) {
      const [hit, all] = same
        .map((r) => r.right.split('/').map(Number))
        .reduce(([a, b], [c, d]) => [a + c, b + d]);
      out.right = `${hit}/${all}`;
    }
    return out;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = arg('sizes', '10000,50000,100000').split(',').map(Number);
  const formats = arg('formats', 'native,hsds').split(',');
  const feeds = benchFeeds(sizes, formats);
  const runs = Number(arg('runs', 1));
  const options = { queryCount: Number(arg('queries', 12)), throttle: arg('throttle') };
  // With --baseline DIR, another build (its dist/) is measured in the same run, interleaved with this one.
  const builds = [
    ['this build', arg('dist')],
    ...(arg('baseline') ? [[`baseline ${arg('baseline')}`, arg('baseline')]] : []),
  ];
  const results = builds.map(() => []);
  for (let run = 0; run < runs; run++)
    for (const [b, [, dist]] of builds.entries())
      results[b].push(await browserBench(feeds, { ...options, dist }));
  for (const [b, [label]] of builds.entries())
    printBrowserRows(
      medianRows(results[b]),
      `In Chromium, ${label}${runs > 1 ? `, medians of ${runs} runs` : ''}`,
    );
}
