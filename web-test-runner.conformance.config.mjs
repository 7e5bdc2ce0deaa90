// npm run test:conformance: the full real-data checks, against ../shared/data (always present in CI).
import { existsSync } from 'node:fs';
import base from './web-test-runner.config.mjs';
import { sharedData, sharedDataRoute } from './test/server/shared-data.mjs';

if (!existsSync(sharedData)) {
  console.error(
    `The conformance data is missing: expected ${sharedData} (the shared/ folder beside this repository).`,
  );
  process.exit(1);
}

export default {
  ...base,
  files: ['test/conformance/**/*.test.ts'],
  middleware: [sharedDataRoute, ...base.middleware],
  testFramework: { config: { timeout: 60000 } },
};
