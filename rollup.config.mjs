import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import workerBeside, { WORKER_FILE } from './scripts/worker-beside.mjs';
import minifyTemplates from './scripts/minify-templates.mjs';

/** zod v4 warns about its own internals; those warnings are harmless and not ours to fix. */
function onwarn(warning, warn) {
  const fromDeps = (warning.ids ?? [warning.id ?? '']).some((id) => id?.includes('node_modules'));
  if (fromDeps && (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'INVALID_ANNOTATION'))
    return;
  warn(warning);
}

const external = (id) =>
  /^(lit|@lit|fuse\.js|zod|tslib|@streamparser|leaflet|protomaps-leaflet|supercluster|d3-dsv|fflate)(\/|$)/.test(
    id,
  );

/** Removes the npm build's module folders before it is written anew: a module since removed is not shipped. */
const cleanModules = () => ({
  name: 'clean-modules',
  buildStart() {
    for (const folder of ['components', 'controllers', 'core', 'i18n'])
      rmSync(join('dist', folder), { recursive: true, force: true });
  },
});

/** The npm build: ES modules with types, dependencies left to the user's bundler. */
const lib = {
  input: [
    'src/index.ts',
    'src/define.ts',
    'src/map.ts',
    'src/core/index.ts',
    'src/core/referral/schema.ts',
    'src/core/report/schema.ts',
    'src/core/edge/search-worker.ts',
  ],
  output: {
    dir: 'dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    sourcemap: true,
  },
  external,
  plugins: [
    cleanModules(),
    workerBeside('../../'),
    typescript({ tsconfig: './tsconfig.build.json', noEmitOnError: true }),
  ],
  onwarn,
};

/** How the drop-in file and its inlined worker are compiled and minified. */
const selfContained = (tsOptions = {}) => [
  // A package's ES module before its browser build: some ship a UMD file as `browser` (rbush, under the map's tile
  // renderer), which an ES module bundle cannot import.
  nodeResolve({
    browser: true,
    mainFields: ['module', 'browser', 'main'],
    exportConditions: ['production'],
  }),
  typescript({
    tsconfig: './tsconfig.build.json',
    declaration: false,
    declarationDir: undefined,
    removeComments: true,
    noEmitOnError: true,
    ...tsOptions,
  }),
];
const minify = () =>
  terser({
    ecma: 2020,
    module: true,
    toplevel: true,
    compress: { passes: 3, pure_getters: true },
    format: { comments: false },
  });

/**
 * The drop-in: one minified module that registers every element, and the files it loads on demand beside it
 * (resource-finder-*.min.js: the referral form and its dialog), found from its own URL.
 */
/** Removes the files an earlier build loaded on demand (their names change with their content). */
const cleanChunks = () => ({
  name: 'clean-chunks',
  buildStart() {
    if (!existsSync('dist')) return;
    for (const name of readdirSync('dist'))
      if (/^resource-finder-.+\.min\.js(\.map)?$/.test(name)) rmSync(join('dist', name));
  },
});

const bundle = {
  input: 'src/drop-in.ts',
  output: {
    dir: 'dist',
    entryFileNames: 'resource-finder.min.js',
    chunkFileNames: 'resource-finder-[name]-[hash].min.js',
    // The needs vocabulary and the words it leaves out, shared by the suggestions and the page's search: one file. (Finding
    // needs in a query, which both also share, is a small file of its own: `needs`.)
    // The referral and report forms' words in each language but English (which comes with each form): `referral-fr`,
    // `report-fr` ….
    manualChunks: (id) => {
      if (/\/search\/(needs\.data|words)\.ts$/.test(id)) return 'vocabulary';
      const words = /\/i18n\/(referral|report)\/(fr|it|es|ar)\.ts$/.exec(id);
      return words ? `${words[1]}-${words[2]}` : undefined;
    },
    format: 'es',
    sourcemap: true,
  },
  plugins: [cleanChunks(), workerBeside(), ...selfContained(), minifyTemplates(), minify()],
  onwarn,
};

/** The drop-in's worker, the file beside it: a module worker with everything it needs. */
const worker = {
  input: 'src/core/edge/search-worker.ts',
  // One file with no imports: a spreadsheet's reader, loaded on demand in the page, is inlined here.
  output: {
    file: `dist/${WORKER_FILE}`,
    format: 'es',
    sourcemap: true,
    inlineDynamicImports: true,
  },
  plugins: [...selfContained(), minify()],
  onwarn,
};

/**
 * The embed configurator (dist/configurator/): a static page and its script, beside the drop-in it previews. Its page
 * is copied from src/configurator/index.html.
 */
const configurator = {
  input: 'src/configurator/rf-embed-configurator.ts',
  output: {
    file: 'dist/configurator/configurator.js',
    format: 'es',
    sourcemap: true,
    inlineDynamicImports: true,
  },
  plugins: [
    ...selfContained(),
    minify(),
    {
      name: 'configurator-page',
      generateBundle() {
        this.emitFile({
          type: 'asset',
          fileName: 'index.html',
          source: readFileSync('src/configurator/index.html', 'utf8'),
        });
      },
    },
  ],
  onwarn,
};

export default process.env.LIB_ONLY ? [lib] : [lib, bundle, worker, configurator];
