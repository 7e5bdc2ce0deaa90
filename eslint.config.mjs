import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'storybook-static/', 'node_modules/', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts'],
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
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['lit', 'lit/*', '@lit/*'], message: 'The core has no lit.' },
            {
              group: ['**/components/*', '**/controllers/*', '**/i18n/*'],
              message: 'The core does not know the elements.',
            },
            {
              group: ['**/edge/*'],
              message:
                'Pure core modules do not reach the network or workers: take what edge/ gives as a parameter.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'document',
          'window',
          'customElements',
          'localStorage',
          'sessionStorage',
          'HTMLElement',
        ],
        ...['fetch', 'Worker', 'MessageChannel', 'location', 'history', 'navigator', 'self'],
        ...['setTimeout', 'setInterval', 'requestAnimationFrame', 'XMLHttpRequest', 'WebSocket'],
      ],
    },
  },
  {
    // The edge may fetch, start workers and yield to the page; it still has no DOM and no lit. The index exports both.
    files: ['src/core/edge/**/*.ts', 'src/core/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['lit', 'lit/*', '@lit/*'], message: 'The core has no lit.' },
            {
              group: ['**/components/*', '**/controllers/*', '**/i18n/*'],
              message: 'The core does not know the elements.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'document',
          'window',
          'customElements',
          'localStorage',
          'sessionStorage',
          'HTMLElement',
        ],
      ],
    },
  },
  {
    files: [
      'scripts/**/*.mjs',
      'server/**/*.mjs',
      'bin/**/*.mjs',
      'bench/**/*.mjs',
      '*.config.mjs',
      '*.mjs',
      'test/server/**/*.mjs',
      '.storybook/**/*.ts',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
