// The command line as a maintainer runs it: `import` prints what it accepted and rejected; `start` imports a feed,
// serves it, and on SIGTERM finishes the requests in flight before it stops.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ROOT, SAMPLE } from './setup.mjs';

const BIN = fileURLToPath(new URL('../bin/resource-finder-server.mjs', import.meta.url));

function run(args, env) {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, ...env },
    cwd: ROOT,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise((done) => child.on('exit', (code) => done(code)));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

describe('resource-finder-server', () => {
  let dataDir;
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'rf-cli-'));
  });
  after(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('imports a feed and says what it accepted and rejected', async () => {
    const job = run(['import', SAMPLE], { RF_DATA_DIR: dataDir, DATABASE_URL: '' });
    assert.equal(await job.exited, 0, job.output().stderr);
    assert.match(job.output().stdout, /native, 88 records\n {2}accepted 88, rejected 0, removed 0/);
    const wrong = run(['import'], { RF_DATA_DIR: dataDir });
    assert.equal(await wrong.exited, 2);
    assert.match(wrong.output().stderr, /import needs a file or a URL/);
  });

  it('serves the directory, and finishes a request in flight before it stops on SIGTERM', async () => {
    const job = run(['start', '--port', '0'], { RF_DATA_DIR: dataDir, DATABASE_URL: '' });
    const port = await new Promise((done, fail) => {
      const timer = setTimeout(() => fail(new Error(job.output().stderr)), 30_000);
      job.child.stderr.on('data', () => {
        const m = /serving the directory at http:\/\/localhost:(\d+)\//.exec(job.output().stderr);
        if (m) {
          clearTimeout(timer);
          done(Number(m[1]));
        }
      });
    });
    const page = await (await fetch(`http://127.0.0.1:${port}/services?search=food%20bank`)).json();
    assert.ok(page.total_items > 0);
    // A referral whose body is still arriving when the server is told to stop.
    const key = randomUUID();
    const answer = new Promise((done, fail) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/referrals',
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
        },
        (res) => {
          let body = '';
          res.on('data', (d) => (body += d));
          res.on('end', () => done({ status: res.statusCode, body: JSON.parse(body) }));
        },
      );
      req.on('error', fail);
      const body = JSON.stringify({
        resourceId: 'man-lgbt-foundation',
        recipient: 'Village Pride Collective',
        fields: {
          requester: 'self',
          name: 'Sam',
          contactMethod: 'none',
          needs: 'A group',
          language: 'en',
          urgency: 'routine',
          messageSafe: 'no',
        },
        consent: {
          text: 'I agree that Village Pride Collective receives what I wrote.',
          givenAt: new Date().toISOString(),
        },
        language: 'en',
        idempotencyKey: key,
      });
      req.write(body.slice(0, 20));
      setTimeout(() => {
        job.child.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(20)), 300);
      }, 100);
    });
    const { status, body } = await answer;
    assert.equal(status, 201, JSON.stringify(body));
    assert.match(body.reference, /^RF-/);
    assert.equal(await job.exited, 0);
    assert.match(job.output().stderr, /SIGTERM: finishing requests in flight/);
    // Nothing personal in the log: no search words, no referral.
    assert.ok(!job.output().stdout.includes('food'));
    assert.ok(!job.output().stdout.includes('Sam'));
  });
});
