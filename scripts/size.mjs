// Prints the drop-in bundle's size: minified, and minified + gzip (what a visitor downloads).
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

// Budget history: 35 KB when the finder shipped (34.9 KB); the referral form (rf-referral-form, its messages and the
// sending logic) added 5.8 KB; HSDS 3.0 reading (detection, mapping, paging) 4.8 KB; French, Italian, Spanish and
// Arabic catalogues with quick exit 10.8 KB (56.5 KB); "near me", distances and the city filter 1.7 KB (58.2 KB);
// URL state, "My list", print and share 3.9 KB (62.1 KB); the search worker, inlined so that the file stays one,
// 6.3 KB (68.6 KB); the facet index, scheduling and progress 1.1 KB (69.7 KB); parsing large files in the worker
// 0.6 KB (70.3 KB); sorting keys, remembered facets and checking the resources property in slices 0.4 KB (70.7 KB).
// The performance issue's target is 30 KB with every element. Lit, fuse.js and zod/mini alone weigh about 20 KB, and
// the features and five languages about 40 KB. Reaching it would take giving up features or the single file (for
// example catalogues loaded on demand). Until that is decided, this budget only stops unnoticed growth.
const LIMIT_KB = 79;
const file = new URL('../dist/resource-finder.min.js', import.meta.url);
let code;
try {
  code = await readFile(file);
} catch {
  console.error('dist/resource-finder.min.js is missing: run `npm run build` first.');
  process.exit(1);
}
const kb = (n) => (n / 1024).toFixed(1);
const gz = gzipSync(code, { level: 9 }).length;
console.log(
  `dist/resource-finder.min.js  min ${kb(code.length)} KB  min+gzip ${kb(gz)} KB  (limit ${LIMIT_KB} KB)`,
);
if (gz > LIMIT_KB * 1024) {
  console.error(`Over the limit by ${kb(gz - LIMIT_KB * 1024)} KB.`);
  process.exit(1);
}
