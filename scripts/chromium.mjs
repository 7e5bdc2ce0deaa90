// Where Chromium is on this machine: one list for the test runner, the screenshots and the benchmark.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** The path of a Chromium executable, or undefined when none is installed. */
export function chromiumPath() {
  return CANDIDATES.find((p) => p && existsSync(p));
}

/** Launches headless Chromium with playwright-core (a devDependency), with flags that suit containers. */
export async function launchChromium(extraArgs = []) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      ...extraArgs,
    ],
  });
}
