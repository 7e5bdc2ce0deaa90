import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/core/feed/records.js';
import { loadFeed } from '../../src/core/edge/load-feed.js';
import { parseFeedText } from '../../src/core/feed/read.js';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).href;
const json = async (name: string): Promise<unknown> => (await fetch(fixture(name))).json();

describe('parseFeed', () => {
  it('accepts every record of a valid feed and keeps its metadata', async () => {
    const result = parseFeed(await json('feed-small.json'));
    expect(result.problems).to.deep.equal([]);
    expect(result.resources.map((r) => r.id)).to.deep.equal([
      'heb-1',
      'soc-1',
      'shelter-1',
      'mh-1',
      'lgbt-1',
      'legal-1',
    ]);
    expect(result.total).to.equal(6);
    expect(result.meta).to.deep.equal({
      title: 'Test directory',
      publisher: { name: 'resource-finder tests', url: 'https://example.org' },
      updated: '2026-11-01',
      language: 'fr',
    });
  });

  it('validates the sample directory shipped with the demo', async () => {
    const result = parseFeed(
      await (await fetch(new URL('../../demo/sample-feed.json', import.meta.url))).json(),
    );
    expect(result.problems).to.deep.equal([]);
    expect(result.resources.length).to.be.at.least(80);
  });

  it('keeps every record with an id and a name of a partly broken feed, without its bad values, and explains each', async () => {
    const result = parseFeed(await json('feed-partial.json'));
    expect(result.resources.map((r) => r.id)).to.deep.equal([
      'ok-1',
      'bad-hours',
      'ok-2',
      'bad-coords',
      'ok-3',
      'ok-4',
    ]);
    const byId = (id: string) => result.resources.find((r) => r.id === id)!;
    expect(byId('bad-hours')).not.to.have.property('hours');
    expect(byId('bad-coords')).not.to.have.property('coordinates');
    expect(byId('ok-3')).not.to.have.property('lastVerified');
    expect(byId('ok-4').eligibility).to.deep.equal({ maxAge: 16 });
    expect(result.total).to.equal(9);
    const byIndex = (i: number) => result.problems.filter((p) => p.index === i);
    expect(byIndex(1).map((p) => [p.id, p.path])).to.deep.equal([
      ['bad-hours', 'hours.timezone'],
      ['bad-hours', 'hours.weekly[0].opens'],
    ]);
    expect(byIndex(1)[0]!.message).to.contain('IANA time zone');
    expect(byIndex(2)).to.deep.equal([
      { index: 2, path: 'id', code: 'required', params: {}, message: 'is required' },
    ]);
    expect(byIndex(4).map((p) => p.path)).to.deep.equal(['coordinates.lat']);
    expect(byIndex(4)[0]!.message).to.contain('between -90 and 90');
    expect(byIndex(5)).to.deep.equal([
      {
        index: 5,
        id: 'ok-1',
        path: 'id',
        code: 'duplicate-id',
        params: { id: 'ok-1' },
        message: 'duplicate id "ok-1"; the first record with it is kept',
      },
    ]);
    expect(byIndex(6)[0]).to.include({ path: '(record)', message: 'must be an object, not text' });
    expect(byIndex(7)[0]).to.include({ id: 'ok-3', path: 'lastVerified' });
    expect(byIndex(8)[0]).to.include({
      id: 'ok-4',
      path: 'eligibility.minAge',
      message: 'minAge must not be greater than maxAge',
    });
  });

  it('accepts the example feed in the README', async () => {
    const readme = await (await fetch(new URL('../../README.md', import.meta.url))).text();
    const example = readme.split('## The feed format')[1]!.match(/```json\n([\s\S]*?)```/)![1]!;
    const result = parseFeed(JSON.parse(example));
    expect(result.problems).to.deep.equal([]);
    expect(result.resources[0]!.translations?.en?.name).to.equal("Rosa women's day centre");
  });

  it('accepts a bare array of resources', () => {
    const result = parseFeed([{ id: 'a', name: 'A' }]);
    expect(result.resources).to.have.length(1);
    expect(result.problems).to.deep.equal([]);
  });

  it('reports a feed without a resources list', () => {
    const result = parseFeed({ title: 'x' });
    expect(result.resources).to.deep.equal([]);
    expect(result.problems[0]).to.include({ index: -1, path: 'resources' });
  });

  it('reports invalid envelope fields and leaves them out of the metadata', () => {
    const result = parseFeed({
      title: 'ok',
      language: 'not a tag!',
      updated: 'yesterday',
      resources: [{ id: 'a', name: 'A' }],
    });
    expect(result.meta).to.deep.equal({ title: 'ok' });
    expect(result.problems.map((p) => [p.index, p.path])).to.deep.equal([
      [-1, 'updated'],
      [-1, 'language'],
    ]);
    expect(result.resources).to.have.length(1);
  });

  it('leaves out links with schemes other than http and https, keeping the record', () => {
    const result = parseFeed([{ id: 'a', name: 'A', website: 'javascript:alert(1)' }]);
    expect(result.resources).to.deep.equal([{ id: 'a', name: 'A' }]);
    expect(result.problems[0]).to.include({ path: 'website', message: 'must be an http(s) URL' });
  });

  it('trims text fields', () => {
    const result = parseFeed([{ id: ' a ', name: '  Food  ' }]);
    expect(result.resources[0]).to.include({ id: 'a', name: 'Food' });
  });
});

describe('parseFeedText', () => {
  it('reports invalid JSON as a json error', () => {
    const result = parseFeedText('{ "resources": [ }');
    expect(result.ok).to.equal(false);
    if (!result.ok && !result.aborted) expect(result.error.kind).to.equal('json');
  });

  it('reports a feed with no valid record as empty, with the problems', () => {
    const result = parseFeedText(JSON.stringify({ resources: [{ id: '' }] }));
    if (result.ok || result.aborted) throw new Error('expected an error');
    expect(result.error.kind).to.equal('empty');
    expect(result.error.message).to.equal('None of the 1 records in the feed is valid.');
    expect(result.error.problems?.map((p) => p.path)).to.deep.equal(['id', 'name']);
  });
});

describe('loadFeed (real requests to the test server)', () => {
  it('loads and parses a feed', async () => {
    const result = await loadFeed(fixture('feed-small.json'));
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.resources).to.have.length(6);
  });

  it('reports HTTP errors with their status', async () => {
    const result = await loadFeed('/api/status/404');
    if (result.ok || result.aborted) throw new Error('expected an error');
    expect(result.error).to.include({ kind: 'http', status: 404 });
  });

  it('reports a server error', async () => {
    const result = await loadFeed('/api/status/503');
    if (result.ok || result.aborted) throw new Error('expected an error');
    expect(result.error).to.include({ kind: 'http', status: 503 });
  });

  it('gives up after the timeout', async () => {
    const result = await loadFeed('/api/slow-feed?ms=3000', { timeout: 200 });
    if (result.ok || result.aborted) throw new Error('expected an error');
    expect(result.error.kind).to.equal('timeout');
    expect(result.error.message).to.equal('The feed did not arrive within 0.2 s.');
  });

  it('says when the caller cancelled', async () => {
    const controller = new AbortController();
    const pending = loadFeed('/api/slow-feed?ms=3000', { signal: controller.signal });
    controller.abort();
    expect(await pending).to.deep.equal({ ok: false, aborted: true });
  });

  it('reports a network failure', async () => {
    const result = await loadFeed('http://127.0.0.1:9/feed.json', { timeout: 3000 });
    if (result.ok || result.aborted) throw new Error('expected an error');
    expect(result.error.kind).to.equal('network');
  });
});
