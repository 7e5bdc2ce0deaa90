import { expect } from '@open-wc/testing';
import { FeedStream } from '../../src/core/feed/stream.js';
import { parseFeedData } from '../../src/core/feed/read.js';
import { runSteps } from '../../src/core/steps/steps.js';

const text = async (path: string): Promise<string> =>
  (await fetch(new URL(path, import.meta.url).href)).text();

/** Streams `source` to a {@link FeedStream} in pieces of `size` bytes, as a slow network would. */
function streamed(source: string, size: number, format?: 'native' | 'hsds') {
  const bytes = new TextEncoder().encode(source);
  const stream = new FeedStream(format ? { format } : {});
  for (let at = 0; at < bytes.length; at += size) stream.write(bytes.subarray(at, at + size));
  return stream;
}

const FEEDS = [
  '../fixtures/feed-small.json',
  '../fixtures/feed-partial.json',
  '../fixtures/feed-hostile.json',
  '../fixtures/feed-none-valid.json',
  '../fixtures/hsds/san-mateo-excerpt.json',
  '../fixtures/hsds/official-service_full.json',
  '../fixtures/hsds/uk-fail-service_list.json',
  '../../demo/sample-feed.json',
];

describe('FeedStream (a feed read as it arrives)', () => {
  for (const path of FEEDS) {
    it(`reads ${path.split('/').pop()} exactly as the whole document is read, whatever the pieces`, async () => {
      const source = await text(path);
      const whole = parseFeedData(JSON.parse(source), 'auto', { timeZone: 'UTC' });
      for (const size of [1, 7, 4096]) {
        const bytes = new TextEncoder().encode(source);
        const stream = new FeedStream({ timeZone: 'UTC' });
        for (let at = 0; at < bytes.length; at += size) stream.write(bytes.subarray(at, at + size));
        const read = stream.end();
        expect(read.ok, `${size}-byte pieces`).to.equal(true);
        if (!read.ok) continue;
        expect(read.cut).to.equal(undefined);
        expect(read.result).to.deep.equal(whole);
      }
    });
  }

  it('gives the same result when the rest of a document is parsed whole (bytes that came faster than read)', async () => {
    for (const path of FEEDS) {
      const source = await text(path);
      const whole = parseFeedData(JSON.parse(source), 'auto', { timeZone: 'UTC' });
      const bytes = new TextEncoder().encode(source);
      for (const share of [0, 0.3, 0.7]) {
        const stream = new FeedStream({ timeZone: 'UTC' });
        stream.write(bytes.subarray(0, Math.floor(bytes.length * share)));
        runSteps(stream.finishSteps(JSON.parse(source)));
        const read = stream.end();
        expect(read.ok, `${path} at ${share}`).to.equal(true);
        if (read.ok) expect(read.result, `${path} at ${share}`).to.deep.equal(whole);
      }
    }
    for (const source of ['"hello"', '[]', '{"resources": []}', '{"title": "no list"}']) {
      const stream = new FeedStream();
      runSteps(stream.finishSteps(JSON.parse(source)));
      const read = stream.end();
      expect(read.ok, source).to.equal(true);
      if (read.ok) expect(read.result, source).to.deep.equal(parseFeedData(JSON.parse(source)));
    }
  });

  it('knows an HSDS page whose page numbers come after its services', () => {
    const services = [
      { id: 's1', name: 'Food pantry', status: 'active', service_at_locations: [] },
      { id: 's2', name: 'Night shelter', status: 'inactive', service_at_locations: [] },
    ];
    const source = JSON.stringify({ contents: services, total_pages: 1, page_number: 1 });
    const read = streamed(source, 16).end();
    expect(read.ok).to.equal(true);
    if (!read.ok) return;
    expect(read.result.format).to.equal('hsds');
    expect(read.result.resources.map((r) => r.name)).to.deep.equal(['Food pantry']);
    expect(read.result.hidden).to.equal(1);
  });

  it('names a category whose parent term comes in a later service', () => {
    const term = (id: string, name: string, parent?: string) => ({
      taxonomy_term: { id, name, taxonomy: 'topics', ...(parent ? { parent_id: parent } : {}) },
    });
    const services = [
      { id: 'a', name: 'Pantry', schedules: [], attributes: [term('t2', 'Pantries', 't1')] },
      { id: 'b', name: 'Kitchen', schedules: [], attributes: [term('t1', 'Food')] },
    ];
    const source = JSON.stringify(services);
    const stream = streamed(source, 5);
    const read = stream.end();
    expect(read.ok).to.equal(true);
    if (!read.ok) return;
    expect(read.result.resources.map((r) => r.categories)).to.deep.equal([
      ['Food > Pantries'],
      ['Food'],
    ]);
    expect(read.result).to.deep.equal(parseFeedData(services));
  });

  it('offers the valid resources while the rest is still arriving', async () => {
    const source = await text('../fixtures/feed-small.json');
    const stream = new FeedStream();
    stream.write(source.slice(0, source.indexOf('"id": "mh-1"')));
    expect(stream.resources.map((r) => r.id)).to.deep.equal(['heb-1', 'soc-1', 'shelter-1']);
    expect(stream.records).to.equal(3);
  });

  it('tells the feed’s metadata as read so far, which ends as the whole document’s', async () => {
    const feed = JSON.parse(await text('../fixtures/feed-taxonomy.json')) as Record<
      string,
      unknown
    >;
    // The envelope after the resources: what is known changes once it arrives.
    const { resources, ...envelope } = feed;
    const source = JSON.stringify({ resources, ...envelope });
    const stream = new FeedStream();
    stream.write(source.slice(0, source.indexOf('"taxonomy"')));
    expect(stream.resources.length).to.be.greaterThan(0);
    expect(stream.meta.taxonomy).to.equal(undefined);
    stream.write(source.slice(source.indexOf('"taxonomy"')));
    const read = stream.end();
    expect(read.ok).to.equal(true);
    if (!read.ok) return;
    expect(stream.meta.taxonomy?.length).to.be.greaterThan(0);
    expect(stream.meta).to.deep.equal(read.result.meta);
    expect(stream.meta).to.deep.equal(parseFeedData(feed).meta);
    // An HSDS feed's services carry their own terms: it has none.
    const hsds = streamed(await text('../fixtures/hsds/san-mateo-excerpt.json'), 4096);
    expect(hsds.meta).to.deep.equal({});
  });

  it('keeps every whole record of a feed that stops part-way, and says why', async () => {
    const source = await text('../fixtures/feed-small.json');
    const stream = new FeedStream();
    stream.write(source.slice(0, source.indexOf('"id": "lgbt-1"') + 20));
    const read = stream.cut('The connection was lost.');
    expect(read.ok).to.equal(true);
    if (!read.ok) return;
    expect(read.cut).to.equal('The connection was lost.');
    expect(read.result.resources.map((r) => r.id)).to.deep.equal([
      'heb-1',
      'soc-1',
      'shelter-1',
      'mh-1',
    ]);
    expect(read.result.total).to.equal(4);
  });

  it('keeps the records before broken JSON, and gives the syntax error when none is whole', async () => {
    const source = await text('../fixtures/feed-small.json');
    const broken = source.replace('"id": "mh-1"', '"id": mh-1');
    const read = streamed(broken, 64).end();
    expect(read.ok).to.equal(true);
    if (read.ok) {
      expect(read.result.resources.map((r) => r.id)).to.deep.equal(['heb-1', 'soc-1', 'shelter-1']);
      expect(read.cut).to.be.a('string').and.not.equal('');
    }
    const nothing = streamed('{"title": "x", "resources": [{"id": oops', 8).end();
    expect(nothing.ok).to.equal(false);
    if (!nothing.ok) expect(nothing.syntaxError).to.be.a('string').and.not.equal('');
    const trailing = streamed('{"resources": []} and more', 4).end();
    expect(trailing.ok).to.equal(false);
  });

  it('reads a feed that is not a directory as the whole document is read', () => {
    for (const source of ['"hello"', 'null', '{"title": "no list"}', '[]', '{"resources": {}}']) {
      const read = streamed(source, 3).end();
      expect(read.ok, source).to.equal(true);
      if (read.ok) expect(read.result, source).to.deep.equal(parseFeedData(JSON.parse(source)));
    }
  });
});
