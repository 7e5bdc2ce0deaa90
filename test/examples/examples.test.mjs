// The example apps (examples/): each is built from the packed package (`npm pack`, as a user installs it), served
// with a directory above the worker threshold, opened in Chromium and searched: results shown, the app's handler of
// `rf-search` heard, and the search worker used. Run by `npm run test:examples` (CI runs it after `npm test`; it
// installs each example's framework from the registry).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { generateFeed } from '../../bench/generate.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const EXAMPLES = ['plain-html', 'react-vite', 'vue-vite', 'webpack', 'angular'];
/** Above the default worker threshold (500): the directory is loaded and searched in the worker. */
const FEED = JSON.stringify(generateFeed(2000, 11));
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
};

let work;
let tarball;
let browser;

/** Serves a built app's folder, with the directory as feed.json. */
async function serve(folder) {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/feed.json') {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(FEED);
      return;
    }
    const file = join(folder, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(folder)) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

/** Copies an example, points it at the packed package, installs it and builds it; returns its built folder. */
async function build(name) {
  const folder = join(work, name);
  await cp(join(root, 'examples', name), folder, {
    recursive: true,
    filter: (source) => !/[\\/](node_modules|dist)([\\/]|$)/.test(source),
  });
  const manifest = JSON.parse(await readFile(join(folder, 'package.json'), 'utf8'));
  manifest.dependencies['resource-finder'] = `file:${tarball}`;
  await writeFile(join(folder, 'package.json'), JSON.stringify(manifest, null, 2));
  const options = { cwd: folder, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CI: '1' } };
  await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], options);
  await run('npm', ['run', 'build'], options);
  return join(folder, 'dist');
}

describe('the example apps, built from the packed package', () => {
  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'rf-examples-'));
    const { stdout } = await run('npm', ['pack', '--pack-destination', work, '--silent'], {
      cwd: root,
      maxBuffer: 16 * 1024 * 1024,
    });
    tarball = join(work, stdout.trim().split('\n').at(-1));
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  for (const name of EXAMPLES) {
    it(`${name}: searches in the worker and the app hears rf-search`, async () => {
      const folder = await build(name);
      const { server, url } = await serve(folder);
      const page = await browser.newPage();
      const errors = [];
      const workers = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('worker', (worker) => workers.push(worker.url()));
      try {
        await page.goto(url);
        const finder = page.locator('resource-finder');
        // Playwright's locators pierce open shadow roots: what a visitor sees.
        await page.getByRole('heading', { name: 'Results' }).waitFor({ timeout: 30_000 });
        await page.getByText('2,000 resources', { exact: true }).waitFor({ timeout: 30_000 });
        await finder.getByRole('combobox', { name: 'Search resources' }).fill('food bank');
        const said = page.locator('#searched');
        await said.filter({ hasText: /Searched “food bank”: \d+ resources/ }).waitFor();
        const total = Number(/: (\d+) resources/.exec(await said.innerText())[1]);
        assert.ok(total > 0 && total < 2000, `searched: ${total}`);
        const inWorker = await finder.evaluate((el) => el.directory?.inWorker === true);
        assert.equal(inWorker, true, 'the directory is in the search worker');
        // One worker, started from a file the build put beside the app (not a copy inlined or fetched elsewhere).
        assert.equal(workers.length, 1, `workers: ${workers.join(', ')}`);
        assert.ok(workers[0].startsWith(url) && workers[0].endsWith('.js'), workers[0]);
        assert.deepEqual(errors, []);
      } finally {
        await page.close();
        await new Promise((done) => server.close(done));
      }
    });
  }
});
