// Serves ../shared/data (the real public directories) read-only for `npm run test:conformance`:
//   /shared-data/<path>                      the file
//   /shared-data/san-mateo-api?page=N        hsds-3.0-san-mateo/pages/page-N.json, as a paged HSDS API
import { createReadStream, existsSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const sharedData = resolve(fileURLToPath(new URL('../../../shared/data', import.meta.url)));

/** @type {import('koa').Middleware} */
export async function sharedDataRoute(ctx, next) {
  if (!ctx.path.startsWith('/shared-data/')) return next();
  let rel = decodeURIComponent(ctx.path.slice('/shared-data/'.length));
  if (rel === 'san-mateo-api')
    rel = `hsds-3.0-san-mateo/pages/page-${Number(ctx.query.page ?? 1)}.json`;
  const file = resolve(sharedData, rel);
  if (!file.startsWith(sharedData + sep) || !existsSync(file) || !statSync(file).isFile()) {
    ctx.status = 404;
    return;
  }
  ctx.type = 'application/json';
  ctx.body = createReadStream(file);
}
