// node:test reporter: one line per test, the failures in full, and a closing `N passed, N failed` counted from the
// runner's own events (what CI adds up).
import { inspect } from 'node:util';

export default async function* reporter(source) {
  let passed = 0;
  let failed = 0;
  const failures = [];
  for await (const event of source) {
    const { type, data } = event;
    if (type !== 'test:pass' && type !== 'test:fail') {
      if (type === 'test:stderr' || type === 'test:stdout') yield data.message;
      continue;
    }
    const suite = data.details?.type === 'suite';
    const indent = '  '.repeat(data.nesting ?? 0);
    if (type === 'test:pass') {
      if (suite) {
        yield `${indent}${data.name}\n`;
        continue;
      }
      passed += 1;
      yield `${indent}✔ ${data.name} (${Math.round(data.details?.duration_ms ?? 0)} ms)\n`;
    } else {
      // A suite fails with its tests (counted there), or on its own when a hook fails.
      const error = data.details?.error;
      const own =
        !suite || error?.failureType === 'hookFailed' || error?.failureType === 'testCodeFailure';
      if (suite && !own) {
        yield `${indent}${data.name}\n`;
        continue;
      }
      failed += 1;
      yield `${indent}✖ ${data.name}\n`;
      failures.push(
        `✖ ${data.name} (${data.file ?? ''})\n${inspect(error?.cause ?? error, { depth: 4 })}\n`,
      );
    }
  }
  if (failures.length) yield `\nFailures:\n${failures.join('\n')}`;
  yield `\n${passed} passed, ${failed} failed\n`;
}
