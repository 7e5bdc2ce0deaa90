// Prints the drop-in bundle's size: minified, and minified + gzip (what a visitor downloads).
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

// Budget history: 35 KB when the finder shipped (34.9 KB); the referral form (rf-referral-form, its messages and the
// sending logic) added 5.8 KB; HSDS 3.0 reading (detection, mapping, paging) 4.8 KB; French, Italian, Spanish and
// Arabic catalogues with quick exit 10.8 KB (56.5 KB); "near me", distances and the city filter 1.7 KB (58.2 KB);
// URL state, "My list", print and share 3.9 KB (62.1 KB); the search worker, inlined so that the file stays one,
// 6.3 KB (68.6 KB); the facet index, scheduling and progress 1.1 KB (69.7 KB); parsing large files in the worker
// 0.6 KB (70.3 KB); sorting keys, remembered facets and checking the resources property in slices 0.4 KB (70.7 KB);
// feed errors as codes phrased in five languages 0.5 KB (71.2 KB); the view state, the directory interface and the
// parts as elements and controllers of their own, with @lit/context (1.5 KB) and @lit/task (1 KB), 3.9 KB (75.1 KB);
// problems in the data as codes phrased in French, Italian, Spanish and Arabic 3.3 KB (78.4 KB); same records not
// reloaded, stall timeouts and download progress 0.8 KB (79.2 KB); stopping a long load 0.4 KB (79.6 KB).
// The light drop-in issue sets a first load of at most 30 KB with the rest on demand (other languages included); until
// it lands, this single-file budget only stops unnoticed growth.
const LIMIT_KB = 80;
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
