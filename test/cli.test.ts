// The validator CLI (bin/resource-finder.mjs), run as a real process by the test server.
import { expect } from '@open-wc/testing';
import { parseFeed } from '../src/core/feed/records.js';
import { cli } from './helpers.js';

describe('resource-finder validate', () => {
  it('passes a good feed with exit code 0 and lists warnings that matter to visitors', async () => {
    const run = await cli('validate', 'demo/sample-feed.json');
    expect(run.code).to.equal(0);
    expect(run.stdout).to.contain('Format: resource-finder feed');
    expect(run.stdout).to.contain('Records: 88 · accepted 88 · rejected 0');
    expect(run.stdout).to.contain('Problems: 0');
    expect(run.stdout).to.match(
      /not verified for longer than the freshness limit \(12 months unless set\): \d+ of 88 \(/,
    );
    expect(run.stdout).to.contain('Result: no problems.');
  });

  it('recognizes HSDS, explains each problem and exits 1', async () => {
    const run = await cli('validate', 'test/fixtures/hsds/official-service_full.json');
    expect(run.code).to.equal(1);
    expect(run.stdout).to.contain('Format: Open Referral HSDS 3.0');
    expect(run.stdout).to.contain('Records: 1 · accepted 1 · rejected 0');
    expect(run.stdout).to.contain(
      'record 1 (id ac148810-d857-441c-9679-408f346de14b), service_at_locations[0].location: latitude 100, longitude 101 is not a position on Earth; it is left out',
    );
  });

  it('prints the same as JSON with --json', async () => {
    const run = await cli('validate', 'test/fixtures/feed-partial.json', '--json');
    expect(run.code).to.equal(1);
    const out = JSON.parse(run.stdout);
    expect(out).to.include({
      ok: false,
      format: 'native',
      total: 9,
      accepted: 6,
      rejected: 3,
      hidden: 0,
    });
    expect(out.problems[0]).to.deep.equal({
      record: 2,
      index: 1,
      id: 'bad-hours',
      path: 'hours.timezone',
      code: 'time-zone',
      params: {},
      message: 'must be an IANA time zone such as "Europe/Paris"',
    });
    expect(Object.keys(out.warnings)).to.deep.equal([
      'no-contact',
      'no-hours',
      'no-coordinates',
      'stale',
      'unverified',
      'code-category',
    ]);
  });

  it('reads a paged HSDS API from a URL', async () => {
    const run = await cli('validate', `${location.origin}/api/hsds/services?per_page=5`, '--json');
    const out = JSON.parse(run.stdout);
    expect(out).to.include({ format: 'hsds', total: 12, accepted: 12 });
  });

  it('gives clear errors for a missing file, invalid JSON, a feed with nothing valid, and bad usage', async () => {
    const missing = await cli('validate', 'no-such-feed.json');
    expect(missing.code).to.equal(1);
    expect(missing.stdout).to.contain('Error: Cannot read no-such-feed.json: no such file');
    const json = await cli('validate', 'test/fixtures/feed-invalid-json.json');
    expect(json.code).to.equal(1);
    expect(json.stdout).to.contain('Error: The feed is not valid JSON');
    const none = await cli('validate', 'test/fixtures/hsds/uk-fail-service_list.json');
    expect(none.code).to.equal(1);
    expect(none.stdout).to.contain('Records: 4 · accepted 0 · rejected 4');
    expect(none.stdout).to.contain('name: is required');
    const usage = await cli('frobnicate');
    expect(usage.code).to.equal(1);
    expect(usage.stderr).to.contain('Usage:');
    expect((await cli('--help')).code).to.equal(0);
  });
});

describe('resource-finder validate, for the people who keep the data', () => {
  it('places a JSON error by line and column, accepts a byte-order mark, and words an empty feed consistently', async () => {
    const json = await cli('validate', 'test/fixtures/feed-invalid-json.json');
    expect(json.stdout).to.contain(
      "Error: The feed is not valid JSON: Unexpected token ']' (line 1, column 65)",
    );
    const bom = await cli('validate', 'test/fixtures/feed-bom.json');
    expect(bom.code).to.equal(0);
    expect(bom.stdout).to.contain('Records: 1 · accepted 1 · rejected 0');
    expect(bom.stdout).to.contain('Result: no problems.');
    const empty = await cli('validate', 'test/fixtures/feed-empty.json');
    expect(empty.code).to.equal(1);
    expect(empty.stdout).to.contain('Problems: 0');
    expect(empty.stdout).to.contain('Result: the feed has no records: add resources to it.');
    expect(empty.stdout).not.to.contain('problems to fix');
  });

  it('reports each problem once, numbering records from 1', async () => {
    const run = await cli('validate', 'test/fixtures/feed-partial.json');
    const lines = run.stdout.split('\n').filter((l) => l.startsWith('  record'));
    expect(new Set(lines).size).to.equal(lines.length);
    expect(lines[0]).to.equal(
      '  record 2 (id bad-hours), hours.timezone: must be an IANA time zone such as "Europe/Paris"',
    );
    expect(run.stdout).to.contain('  record 3, id: is required');
  });
});

describe('resource-finder convert', () => {
  it('writes HSDS as a valid native feed', async () => {
    const run = await cli('convert', 'test/fixtures/hsds/san-mateo-excerpt.json', '-o', '-');
    expect(run.code).to.equal(0);
    expect(run.stderr).to.contain('Converted 12 of 12 records from Open Referral HSDS 3.0');
    const converted = parseFeed(JSON.parse(run.stdout));
    expect(converted.problems).to.deep.equal([]);
    expect(converted.resources.map((r) => r.name)).to.include(
      'Legal Aid Society of San Mateo County',
    );
  });

  it('needs an output', async () => {
    const run = await cli('convert', 'demo/sample-feed.json');
    expect(run.code).to.equal(1);
    expect(run.stderr).to.contain('convert needs -o');
  });
});

describe('resource-finder validate --reports', () => {
  it('flags the resources visitors reported wrong, from a directory server, with the maintainer’s token', async () => {
    const post = (resourceId: string) => {
      const key = crypto.randomUUID();
      return fetch('/directory-api/reports', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
        body: JSON.stringify({
          resourceId,
          resourceName: resourceId,
          kinds: ['phone'],
          language: 'en',
          idempotencyKey: key,
        }),
      });
    };
    expect((await post('man-lgbt-foundation')).status).to.equal(201);
    const run = await cli(
      'validate',
      'demo/sample-feed.json',
      '--reports',
      new URL('/directory-api/reports', location.href).href,
    );
    expect(run.code).to.equal(0);
    expect(run.stdout).to.match(/Reported wrong by visitors \(open reports\): \d+ of 88/);
    expect(run.stdout).to.match(/\n {2}man-lgbt-foundation: \d+\n/);
    const refused = await cli(
      'validate',
      'demo/sample-feed.json',
      '--reports',
      new URL('/directory-api/plain/reports', location.href).href,
    );
    expect(refused.code).to.equal(1);
    expect(refused.stderr).to.contain('cannot read the reports');
  });
});
