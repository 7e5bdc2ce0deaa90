// "Building" a plain page is copying: the page, its script and every dist/resource-finder*.js file of the package
// into one folder (dist/), as the README tells a site that hosts the drop-in itself.
import { cp, mkdir, readdir, rm } from 'node:fs/promises';

const out = new URL('./dist/', import.meta.url);
const pkg = new URL('./node_modules/resource-finder/dist/', import.meta.url);
await rm(out, { recursive: true, force: true });
await mkdir(new URL('./resource-finder/', out), { recursive: true });
for (const file of ['index.html', 'app.js']) await cp(new URL(file, import.meta.url), new URL(file, out));
for (const file of await readdir(pkg))
  if (/^resource-finder.*\.js$/.test(file))
    await cp(new URL(file, pkg), new URL(`./resource-finder/${file}`, out));
