import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** What no core module imports: lit, and the elements' side of the house. */
const NOT_IN_CORE = [
  { group: ['lit', 'lit/*', '@lit/*'], message: 'The core has no lit.' },
  {
    group: ['**/components/*', '**/controllers/*', '**/i18n/*'],
    message: 'The core does not know the elements.',
  },
];
/** What pure core modules do not import: the edge (network, workers, timers). */
const NOT_IN_PURE_CORE = {
  group: ['**/edge/*'],
  message:
    'Pure core modules do not reach the network or workers: take what edge/ gives as a parameter.',
};
/** The page: no core module uses it. */
const DOM_GLOBALS = [
  'document',
  'window',
  'customElements',
  'localStorage',
  'sessionStorage',
  'HTMLElement',
];
/** The network, workers and the page's timers: only the edge uses them. */
const EDGE_GLOBALS = [
  ...['fetch', 'Worker', 'MessageChannel', 'location', 'history', 'navigator', 'self'],
  ...['setTimeout', 'setInterval', 'requestAnimationFrame', 'XMLHttpRequest', 'WebSocket'],
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'server/dist/',
      'resource-finder-data/',
      'coverage/',
      'storybook-static/',
      'node_modules/',
      'custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', 'demo/**/*.js'],
    languageOptions: { globals: globals.browser },
    plugins: { lit, wc, 'lit-a11y': litA11y },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Elements are registered once, in src/define.ts.
      'wc/no-constructor-attributes': 'error',
      'wc/guard-super-call': 'off',
      // Safari and VoiceOver drop list semantics from a <ul> with list-style: none; role="list" restores them.
      'lit-a11y/no-redundant-role': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/edge/**', 'src/core/index.ts'],
    rules: {
      // The core has no DOM and no lit; only edge/ touches the network, workers and the page's timers.
      'no-restricted-imports': ['error', { patterns: [...NOT_IN_CORE, NOT_IN_PURE_CORE] }],
      'no-restricted-globals': ['error', ...DOM_GLOBALS, ...EDGE_GLOBALS],
    },
  },
  {
    // The edge may fetch, start workers and yield to the page; it still has no DOM and no lit. The index exports both.
    files: ['src/core/edge/**/*.ts', 'src/core/index.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: NOT_IN_CORE }],
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
    },
  },
  {
    files: [
      'scripts/**/*.mjs',
      'server/**/*.mjs',
      'server/src/**/*.ts',
      'bin/**/*.mjs',
      'bench/**/*.mjs',
      '*.config.mjs',
      '*.mjs',
      'test/server/**/*.mjs',
      'test/firefox/**/*.mjs',
      'test/examples/**/*.mjs',
      'examples/**/*.mjs',
      'examples/**/*.js',
      '.storybook/**/*.ts',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
