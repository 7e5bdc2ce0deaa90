/**
 * Rollup plugin: the search worker that the built files start by default is the self-contained
 * `resource-finder.worker.js` (the worker owns large directories: it holds the feed reader, the HSDS mapping and the
 * checks, so inlining it would double the drop-in's weight), named from the starting module's own URL. `folder` is
 * the way from that module to the file: `./` for the drop-in and its chunks (all in dist/), `../../` for the npm
 * build's dist/core/edge/search-worker-url.js.
 */
export const WORKER_FILE = 'resource-finder.worker.js';

export default function workerBeside(folder = './') {
  return {
    name: 'worker-beside',
    transform(code, id) {
      if (!/[\\/]src[\\/]core[\\/]edge[\\/]search-worker-url\.ts$/.test(id)) return null;
      const from = "new URL('./search-worker.js', import.meta.url)";
      if (!code.includes(from)) this.error(`${id} no longer names its worker as ${from}`);
      return {
        code: code.replace(from, `new URL('${folder}${WORKER_FILE}', import.meta.url)`),
        map: null,
      };
    },
  };
}
