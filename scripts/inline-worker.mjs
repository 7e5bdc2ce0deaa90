/**
 * Rollup plugin for the drop-in bundle, which must stay one file: replaces src/core/edge/search-worker-url.ts with a
 * module that starts the search worker from its code, bundled and minified here and inlined as a string
 * (through a Blob URL, revoked once the worker has started). `plugins` compile and minify the worker (the same as
 * the bundle's own).
 */
import { rollup } from 'rollup';

export default function inlineWorker({
  entry = 'src/core/edge/search-worker.ts',
  plugins,
  onwarn,
}) {
  let code;
  return {
    name: 'inline-worker',
    async buildStart() {
      const build = await rollup({
        input: entry,
        plugins,
        onwarn,
      });
      // The worker exports nothing anyone reads: it answers messages.
      const { output } = await build.generate({ format: 'iife', name: 'resourceFinderSearch' });
      await build.close();
      code = output[0].code;
      this.addWatchFile(entry);
    },
    load(id) {
      if (!/[\\/]src[\\/]core[\\/]edge[\\/]search-worker-url\.ts$/.test(id)) return null;
      // The page's own copies of fuse.js and the search index come right before the worker's code, in gzip's
      // 32 KB window: the worker's copy then compresses to little (measured: 4.7 KB less).
      return `import 'fuse.js/basic';
import '../search/word-index.js';
const source = ${JSON.stringify(code)};
export function startSearchWorker() {
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  const worker = new Worker(url, { name: 'resource-finder search' });
  const revoke = () => URL.revokeObjectURL(url);
  worker.addEventListener('message', revoke, { once: true });
  worker.addEventListener('error', revoke, { once: true });
  return worker;
}
`;
    },
  };
}
