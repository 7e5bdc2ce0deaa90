// Test-server routes for real-network tests: slow feeds (timeouts, cancellation) and HTTP errors.
// Loaded by web-test-runner.config.mjs; the browser fetches these for real.

const MAX_DELAY = 10_000;

/** @type {import('koa').Middleware} */
export async function feedRoutes(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (url.pathname === '/api/slow-feed') {
    // Answers after `ms` milliseconds (bounded), with the feed named by `file` or an empty valid feed.
    const ms = Math.min(Number(url.searchParams.get('ms') ?? 2000), MAX_DELAY);
    await new Promise((resolve) => setTimeout(resolve, ms));
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({
      title: `slow ${ms}`,
      resources: [{ id: `slow-${ms}`, name: `Slow feed answered after ${ms} ms` }],
    });
    return;
  }
  const status = /^\/api\/status\/(\d{3})$/.exec(url.pathname);
  if (status) {
    ctx.status = Number(status[1]);
    ctx.type = 'text/plain';
    ctx.body = `status ${status[1]}`;
    return;
  }
  return next();
}

const flakyCounts = new Map();

/**
 * `/api/flaky-feed?key=K&fail=N`: the first N requests for key K answer 503, later ones the small test feed.
 * Lets a test press Retry against a real server.
 */
export async function flakyFeed(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (url.pathname !== '/api/flaky-feed') return next();
  const key = url.searchParams.get('key') ?? '';
  const fail = Number(url.searchParams.get('fail') ?? 1);
  const count = (flakyCounts.get(key) ?? 0) + 1;
  flakyCounts.set(key, count);
  if (count <= fail) {
    ctx.status = 503;
    ctx.body = 'try again later';
    return;
  }
  ctx.type = 'application/json';
  ctx.body = JSON.stringify({ resources: [{ id: `flaky-${key}`, name: 'Recovered Food Bank' }] });
}
