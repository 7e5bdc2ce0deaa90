// The demo server: serves demo/ at / and dist/ at /dist/, the reference referral endpoint at POST /api/referrals
// (accepted referrals go to referrals.jsonl, or REFERRALS_FILE), and the demo map's tiles at /tiles/{z}/{x}/{y}.mvt
// (made from Natural Earth by scripts/demo-tiles.mjs). Localhost only.
// Usage: node scripts/serve.mjs [--port 8000]   (or PORT=8000)
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { demoTile, tilePath } from './demo-tiles.mjs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createReferralStore, serveReferral } from '../server/referral-endpoint.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const mounts = [
  ['/dist/', join(root, 'dist')],
  ['/', join(root, 'demo')],
];
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const arg = process.argv.indexOf('--port');
const port = Number(arg > 0 ? process.argv[arg + 1] : process.env.PORT || 8000);
const host = process.env.HOST || '127.0.0.1';

/** Resolves a URL path inside a mount, refusing anything that escapes it. */
function fileFor(pathname) {
  for (const [prefix, dir] of mounts) {
    if (!pathname.startsWith(prefix)) continue;
    const rel = normalize(decodeURIComponent(pathname.slice(prefix.length)) || 'index.html');
    const file = resolve(dir, rel);
    if (file !== dir && !file.startsWith(dir + sep)) return undefined;
    return file;
  }
  return undefined;
}

const referrals = createReferralStore(process.env.REFERRALS_FILE || join(root, 'referrals.jsonl'));

const server = createServer(async (req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  // The demo map's tiles, made here from Natural Earth (scripts/demo-tiles.mjs): no third party is ever asked.
  const tile = tilePath(pathname);
  if (tile) {
    const body = demoTile(...tile);
    if (!body) return res.writeHead(404).end();
    res.writeHead(200, {
      'Content-Type': 'application/vnd.mapbox-vector-tile',
      'Cache-Control': 'max-age=86400',
    });
    return res.end(body);
  }
  if (pathname === '/api/referrals') {
    await serveReferral(req, res, referrals).catch(() => res.writeHead(500).end());
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  let file = fileFor(pathname);
  try {
    if (file && (await stat(file)).isDirectory()) file = join(file, 'index.html');
    const info = file ? await stat(file) : undefined;
    if (!file || !info?.isFile()) throw new Error('not found');
    res.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Content-Length': info.size,
      'Cache-Control': 'no-cache',
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  }
});

server.listen(port, host, () => {
  console.log(
    `resource-finder demo: http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/  (Ctrl+C to stop)`,
  );
  console.log(
    `referral endpoint: POST /api/referrals -> ${referrals.file} (${referrals.count()} stored so far)`,
  );
});
