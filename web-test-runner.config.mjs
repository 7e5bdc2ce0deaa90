import { chromiumPath } from './scripts/chromium.mjs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import {
  cliRoute,
  feedRoutes,
  flakyFeed,
  flakyDropIn,
  hsdsRoutes,
  referralRoutes,
  sourceModules,
  generatedFeed,
  fuzzConfig,
  strictCspPage,
  tileRoutes,
} from './test/server/middleware.mjs';
import { directoryApi, directoryServer } from './test/server/directory-server.mjs';

const executablePath = chromiumPath();
if (!executablePath) {
  console.error(
    'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROME_PATH.',
  );
  process.exit(1);
}

/** Ends the run with a plain `N passed, N failed` line, counted from the runner's own results. */
function closingLine() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      const walk = (suite) => {
        for (const t of suite?.tests ?? []) {
          if (t.skipped) continue;
          if (t.passed) passed += 1;
          else failed += 1;
        }
        for (const s of suite?.suites ?? []) walk(s);
      };
      for (const session of sessions) {
        walk(session.testResults);
        // A file that failed to load, or threw outside a test, counts as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) failed += 1;
      }
      setTimeout(() => console.log(`\n${passed} passed, ${failed} failed`), 0);
    },
  };
}

export default {
  files: ['test/**/*.test.ts', '!test/conformance/**'],
  // ES modules first, as in the build (rollup.config.mjs).
  nodeResolve: { browser: true, mainFields: ['module', 'browser', 'main'] },
  concurrency: 1,
  testsFinishTimeout: 180_000,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    // Accessible names from the browser's own accessibility tree (test/helpers.ts accessibleNames).
    a11ySnapshotPlugin(),
    // A real directory server on an embedded PostgreSQL, for the finder in server mode.
    directoryServer,
  ],
  middleware: [
    sourceModules,
    generatedFeed,
    feedRoutes,
    flakyFeed,
    flakyDropIn,
    referralRoutes,
    hsdsRoutes,
    cliRoute,
    fuzzConfig,
    strictCspPage,
    tileRoutes,
    directoryApi,
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--headless',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      },
    }),
  ],
  testFramework: { config: { timeout: 8000 } },
  reporters: [defaultReporter(), closingLine()],
};
