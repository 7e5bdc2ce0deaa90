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
    ctx.body = JSON.stringify({ title: `slow ${ms}`, resources: [{ id: `slow-${ms}`, name: `Slow feed answered after ${ms} ms` }] });
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
