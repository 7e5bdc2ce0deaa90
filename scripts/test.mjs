// npm test: the browser suite (web-test-runner, real Chromium), the directory server's suite (node:test against a
// real embedded PostgreSQL) and the second engine's (Firefox ESR driven over WebDriver BiDi), one after the other,
// each with its own output; ends with the sum of their own `N passed, N failed` lines, and fails when any fails.
import { spawn } from 'node:child_process';

function run(command, args) {
  return new Promise((done) => {
    const child = spawn(command, args, { stdio: ['inherit', 'pipe', 'inherit'], shell: false });
    let last;
    let buffer = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop();
      for (const line of lines) {
        const m = /^(\d+) passed, (\d+) failed$/.exec(line.trim());
        if (m) last = { passed: Number(m[1]), failed: Number(m[2]) };
      }
    });
    child.on('exit', (code) => {
      const m = /^(\d+) passed, (\d+) failed$/.exec(buffer.trim());
      if (m) last = { passed: Number(m[1]), failed: Number(m[2]) };
      done({ code: code ?? 1, result: last });
    });
  });
}

const suites = [
  ['browser (web-test-runner)', 'npx', ['wtr']],
  ['directory server (node:test)', 'npm', ['run', '--silent', 'test:server']],
  ['second engine (Firefox ESR, node:test)', 'npm', ['run', '--silent', 'test:firefox']],
];
let passed = 0;
let failed = 0;
let status = 0;
for (const [name, command, args] of suites) {
  console.log(`\n==> ${name}`);
  const { code, result } = await run(command, args);
  if (result) {
    passed += result.passed;
    failed += result.failed;
  } else failed += 1; // a suite that could not run counts as a failure
  if (code !== 0) status = 1;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(status);
