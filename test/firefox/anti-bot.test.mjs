// A second engine: the referral form's anti-bot field in Firefox ESR, under the strictest Content-Security-Policy a
// careful site uses (where Firefox once showed it as a visible "Website" box, and a person who filled it was told
// "sent" while nothing was). The drop-in is served as a site serves it, the form sends to a real receiver, and
// Firefox is driven over WebDriver BiDi. Run by `npm run test:firefox` (part of `npm test`).
import assert from 'node:assert/strict';
import { readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { createReferralStore, handleReferral, readBody } from '../../server/referral-endpoint.mjs';
import { STRICT_CSP } from '../server/csp.mjs';


const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const site = new URL('../../', import.meta.url);
const TYPES = { '.js': 'text/javascript', '.html': 'text/html', '.map': 'application/json' };

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>A referral form under a strict Content-Security-Policy</title>
<script type="module" src="/test/fixtures/csp-watch.js"></script>
<script type="module" src="/dist/resource-finder.min.js"></script>
</head>
<body>
<main>
<h1>Ask for a referral</h1>
<rf-referral-form endpoint="/referrals" resource-id="lgbt-1" recipient="Village Pride" ui-lang="en" retries="0"></rf-referral-form>
</main>
</body>
</html>`;

const storeFile = join(tmpdir(), `rf-firefox-referrals-${process.pid}.jsonl`);
const store = createReferralStore(storeFile);
let posts = 0;

/** The site: the page with its CSP, the drop-in's files, and the organization's referral receiver. */
const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/referrals') {
    const body = req.method === 'POST' ? await readBody(req) : '';
    if (req.method === 'POST') posts++;
    const out = handleReferral({ method: req.method, headers: req.headers, body }, store);
    res.writeHead(out.status, out.headers).end(out.body);
    return;
  }
  if (url.pathname === '/form.html') {
    res
      .writeHead(200, { 'Content-Type': 'text/html', 'Content-Security-Policy': STRICT_CSP })
      .end(PAGE);
    return;
  }
  if (!/^\/(dist\/resource-finder[\w.-]*\.js|test\/fixtures\/csp-watch\.js)$/.test(url.pathname)) {
    res.writeHead(404).end();
    return;
  }
  try {
    const file = await readFile(new URL(`.${url.pathname}`, site));
    res.writeHead(200, { 'Content-Type': TYPES[extname(url.pathname)] ?? 'text/plain' }).end(file);
  } catch {
    res.writeHead(404).end();
  }
});

let browser;
let page;
let base;

let root;
/** Runs `fn(shadowRoot, ...args)` on the form's shadow root, in the page. */
const inForm = (fn, ...args) => root.evaluate(fn, ...args);

/** Opens the page and waits for its form. */
async function open() {
  await page.goto(`${base}/form.html`);
  await page.waitForFunction(
    () => document.querySelector('rf-referral-form')?.shadowRoot?.querySelector('form'),
  );
  root = await page.evaluateHandle(() => document.querySelector('rf-referral-form').shadowRoot);
}

/** What the person reads in the form's status panel, if any. */
const statusText = () => inForm((root) => root.querySelector('[part="status"]')?.innerText ?? '');

/** Fills the form as a person does: focus a field, type. */
async function fillAsAPerson() {
  for (const [name, text] of [
    ['name', 'Sam'],
    ['phone', '+44 161 000 0000'],
    ['needs', 'A support group near me'],
  ]) {
    await inForm((form, field) => form.querySelector(`[name="${field}"]`).focus(), name);
    await page.keyboard.type(text);
  }
  await inForm((root) => root.querySelector('#f-consent').click());
}

describe('the anti-bot field in Firefox ESR, under a strict CSP', () => {
  before(async () => {
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${server.address().port}`;
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
    });
    page = await browser.newPage();
    await page.setViewport({ width: 900, height: 1200 });
  });

  after(async () => {
    await browser?.close();
    await new Promise((done) => server.close(done));
    await rm(storeFile, { force: true });
  });

  it('is never shown, never reached by Tab, and reports no violation', async () => {
    await open();
    const trap = await inForm((root) => {
      const input = root.querySelector('input[name="website"]');
      const box = input.getBoundingClientRect();
      return {
        display: getComputedStyle(input.closest('.honeypot')).display,
        width: box.width,
        height: box.height,
        hiddenFromReaders: !!input.closest('[aria-hidden="true"]'),
      };
    });
    assert.deepEqual(trap, { display: 'none', width: 0, height: 0, hiddenFromReaders: true });
    // No "Website" anywhere a person can read.
    const shown = await inForm((root) => root.querySelector('form').innerText);
    assert.doesNotMatch(shown, /website/i);

    // Tab from the first field to the end of the form: the trap is never focused.
    await inForm((root) => root.querySelector('input, textarea, select, button').focus());
    const reached = [];
    for (let i = 0; i < 40; i++) {
      const name = await inForm(
        (root) => root.activeElement?.getAttribute('name') ?? root.activeElement?.tagName ?? '',
      );
      reached.push(name);
      await page.keyboard.press('Tab');
    }
    assert.ok(reached.includes('name') && reached.includes('needs'), reached.join(' '));
    assert.ok(!reached.includes('website'), reached.join(' '));

    const violations = await page.evaluate(() => window.cspViolations);
    assert.deepEqual(violations, []);
  });

  it('sends what a person filled in, once, and says so', async () => {
    await open();
    const before = posts;
    await fillAsAPerson();
    await inForm((root) => root.querySelector('[part="submit"]').click());
    await page.waitForFunction(
      () =>
        document.querySelector('rf-referral-form').shadowRoot.querySelector('[part="status"]')
          ?.innerText,
    );
    assert.match(await statusText(), /Request sent/);
    assert.equal(posts - before, 1);
    assert.equal(store.count(), 1);
  });

  it('tells a bot that filled it (or an autofill) "not sent", sends nothing, and sends when tried again', async () => {
    await open();
    const before = posts;
    await fillAsAPerson();
    await inForm((root) => {
      const trap = root.querySelector('input[name="website"]');
      trap.value = 'https://spam.example';
      trap.dispatchEvent(new Event('input'));
      root.querySelector('[part="submit"]').click();
    });
    await page.waitForFunction(
      () =>
        document.querySelector('rf-referral-form').shadowRoot.querySelector('[part="status"]')
          ?.innerText,
    );
    const said = await statusText();
    assert.match(said, /Your request was not sent\./);
    assert.doesNotMatch(said, /Request sent/);
    assert.equal(posts - before, 0);
    // What the person typed is still there; trying again sends it.
    assert.equal(await inForm((root) => root.querySelector('[name="name"]').value), 'Sam');
    await inForm((root) => root.querySelector('[part="status"] button').click());
    await page.waitForFunction(() =>
      /Request sent/.test(
        document.querySelector('rf-referral-form').shadowRoot.querySelector('[part="status"]')
          ?.innerText ?? '',
      ),
    );
    assert.equal(posts - before, 1);
  });
});
