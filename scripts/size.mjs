// Prints the drop-in's sizes (the file and its worker beside it): minified, and minified + gzip (what a visitor
// downloads).
import { readdir, readFile } from 'node:fs/promises';
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
// The directory in a worker of its own: the feed read as it arrives (@streamparser/json, 4 KB, also in the page for
// records where no worker can start), progressive loading, keeping what arrived, and the worker moved out of the file
// into resource-finder.worker.js beside it (it now holds the reader, the HSDS mapping and the checks: inlined, it
// would double the file to 118 KB); the page's file 83.8 KB, the worker's 35.2 KB, each with its budget below.
// Hardening (every field read leniently and checked strictly, limits, Unicode clean-up, bounded and honest referral
// sending, messages in five languages) 4.3 KB on the page (89.1 KB: the feed reader is in both files, for records where
// no worker can start) and 1.8 KB in the worker (37.9 KB).
// What a visitor sees first: addresses in their country's order, the visitor's clock, the next opening or closing,
// today marked, names for zones and sign languages, honest referral texts and a safe contact choice, in five languages:
// 2.3 KB (91.4 KB).
// Quick exit as GOV.UK's "Exit this page" (progress announced, the page covered at once, no referrer) 0.6 KB (92.0 KB).
// "Show results" on phones, categories level by level with a search in long groups, My list as cards, codes never
// shown as categories: 1.3 KB (93.3 KB), less 0.3 KB for the rare-language lookup moved to the validator.
// A Call action, hours notes in the visitor's language, printed notes in My list, the referral form's sending state as
// a controller of its own: 0.7 KB (94.0 KB).
// A feed's own taxonomy (ids, parents, names per language: read, checked, named and searched in every language),
// compact cards and their taxonomy problems in five languages: 2.4 KB (96.4 KB) in the page, 1.4 KB in the worker
// (39.5 KB).
// Search that understands people: the needs vocabulary (26 needs in five languages), ranking by BM25F with edit
// distances, without fuse.js (no longer shipped): +0.9 KB in the page (97.3 KB), +0.7 KB in the worker (40.2 KB).
// Crisis first (words of danger in five languages, the note and its messages): +1.7 KB (99.0 KB), +0.8 KB (41.0 KB).
// Suggestions as a combobox, common needs with their names in five languages, "Did you mean": +3.0 KB in the page
// (102.0 KB), +1.5 KB in the worker (42.5 KB). The light drop-in (issue 16) loads the vocabulary, the suggestions and
// the other languages on demand.
// Server mode (a directory server answers each view: the `api` attribute, ServerDirectory): +1.2 KB in the page
// (103.5 KB); a chunk of its own once the drop-in is split (issue 16). Clean under a strict CSP (the worker's
// Trusted Types policy, the print frame's constructed stylesheet) and the honest anti-bot check: +0.6 KB (104.1 KB).
// The light drop-in issue sets a first load of at most 30 KB with the rest on demand (other languages and the page's
// copy of the feed reader included); until it lands, these budgets only stop unnoticed growth.
// The referral form and its dialog load on demand, from a file of their own: the first load is 98.1 KB (-6.0 KB), and
// that file 7.6 KB. Server mode's code too (1.7 KB): 97.1 KB.
// French, Italian, Spanish and Arabic load when a finder is shown in them (78.8 KB); the page's reading and search
// code when the page holds the directory (a small feed, records given by code, no worker), with light modules for
// what the interface reads of it (75.0, then 55.0 KB); the needs vocabulary with the suggestions, the crisis note's
// words of danger alone in the first load (46.3 KB). Sharing and printing, counting options for <rf-filters> used
// alone, and reading a feed's taxonomy leave it too (39.9 KB). The map (issue 17) adds its button, the area filter
// and their messages to the first load (40.6 KB); the map itself is a file of its own (84 KB, Leaflet included).
// Spreadsheet feeds (issue 18: CSV in the one-sheet layout or HSDS's tables, a zip of them): d3-dsv and fflate's unzip
// with our reading, a file of its own in the page (8 KB), inlined in the worker (50.6 KB), which must stay one file
// with no imports (bundlers copy it as an asset). "Report a problem with this listing" adds its button to the first
// load and its form to a file of its own (5.8 KB); a card's full details leave the first load for a file loaded when
// a first card is opened (1.1 KB): 40.5 KB.
// The words of danger come with the needs vocabulary, asked for when focus enters a finder or the view has a query,
// and each catalogue carries its own common needs (38.4 KB); the referral form's words come with the form, a file per
// language (37.0 KB); what a finder draws from its directory (results, cards, filters, "Near me", "My list") is a file
// fetched when it starts loading the directory, in parallel with it, like the worker (28.6 KB, and 9.7 KB for that
// file). The first load's budget is now the light drop-in issue's: 30 KB.
/** Budgets (KB, min+gzip): the first load, the worker, and each file the drop-in loads on demand (by its name). */
const FILES = [
  ['resource-finder.min.js', 30],
  ['resource-finder.worker.js', 51],
];
const CHUNKS = [
  // Each interface language but English (in the first load), when a finder is shown in it.
  ['fr', 6.5],
  ['it', 6.5],
  ['es', 6.5],
  ['ar', 7],
  // Reading, checking and searching a directory in the page: a small feed handed over by the worker, records given
  // by code, or where no worker can start.
  ['page-directory', 32],
  // The needs vocabulary, for suggestions and the page's search, and the words both leave out or weigh less.
  ['vocabulary', 8.5],
  // Finding needs (and words of danger, for the crisis note) in a query: shared by the suggestions and the page's search.
  ['needs', 1],
  ['suggest', 1],
  // Counting filter options from records given to <rf-filters> alone (a finder's directory counts its own).
  ['facets', 2.5],
  // A card's full details (facts, the week's hours), when a first card is opened.
  ['card-details', 2.5],
  // Sharing and printing a resource or the list.
  ['share', 2],
  ['referral-elements', 8],
  // The referral form's words in French, Italian, Spanish and Arabic, when the form is shown in that language.
  ['referral-fr', 2.5],
  ['referral-it', 2.5],
  ['referral-es', 2.5],
  ['referral-ar', 2.5],
  // The report form's words in French, Italian, Spanish and Arabic, when the form is shown in that language.
  ['report-fr', 1.5],
  ['report-it', 1.5],
  ['report-es', 1.5],
  ['report-ar', 1.5],
  // The problem report form (issue 18) with its English words, when a visitor first reports a listing.
  ['report-elements', 4],
  // Sending once with an Idempotency-Key, retrying: shared by the referral form and the report form.
  ['send-referral', 3],
  // The map (<rf-map>: Leaflet, protomaps-leaflet drawing the host's vector tiles, supercluster), when a visitor
  // opens it on a finder with map-tiles.
  ['map', 86],
  ['server-directory', 2],
  // What a finder draws from its directory (results, cards, filters, "Near me", "My list"), fetched when it starts
  // loading the directory, in parallel with it.
  ['results-elements', 10],
  // Opening hours (what is open now, next opening), shared by the cards and the directory's own code.
  ['hours', 1.5],
  // Reading a feed kept as a spreadsheet (CSV, or a zip of HSDS's tables): d3-dsv, fflate's unzip, our layouts.
  ['spreadsheet', 8.5],
];
const kb = (n) => (n / 1024).toFixed(1);
let over = false;
const dist = new URL('../dist/', import.meta.url);
const names = await readdir(dist);
const chunks = names.filter((n) => /^resource-finder-.+\.min\.js$/.test(n));
const measured = [
  ...FILES,
  ...chunks.map((name) => {
    const budget = CHUNKS.find(([part]) => name.startsWith(`resource-finder-${part}-`));
    return [name, budget ? budget[1] : 0];
  }),
];
for (const [name, limit] of measured) {
  let code;
  try {
    code = await readFile(new URL(name, dist));
  } catch {
    console.error(`dist/${name} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  const gz = gzipSync(code, { level: 9 }).length;
  const role =
    name === 'resource-finder.min.js'
      ? 'first load'
      : name.endsWith('.worker.js')
        ? 'worker'
        : 'on demand';
  console.log(
    `dist/${name}  ${role}  min ${kb(code.length)} KB  min+gzip ${kb(gz)} KB  (limit ${limit} KB)`,
  );
  if (!limit) {
    console.error(`dist/${name} has no budget: add one to CHUNKS in scripts/size.mjs.`);
    over = true;
  } else if (gz > limit * 1024) {
    console.error(`Over the limit by ${kb(gz - limit * 1024)} KB.`);
    over = true;
  }
}
if (over) process.exit(1);
