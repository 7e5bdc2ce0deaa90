// Real-data conformance: the official HSDS 3.0 examples, San Mateo County's 1,689 services (one file and seven
// pages), the UK profile's passing, warning and failing responses, and the HSDS 3.1 mock API.
import { expect } from '@open-wc/testing';
import { loadFeed } from '../../src/core/edge/load-feed.js';
import { parseFeedData } from '../../src/core/feed/read.js';
import { createSearchEngine } from '../../src/core/edge/create-engine.js';

const data = async (path: string): Promise<unknown> => (await fetch(`/shared-data/${path}`)).json();

describe('conformance: official HSDS 3.0 examples', () => {
  it('loads examples/service_full.json with every field mapped', async () => {
    const result = parseFeedData(await data('hsds-3.0/examples/service_full.json'));
    expect(result.format).to.equal('hsds');
    const r = result.resources[0]!;
    for (const field of [
      'name',
      'description',
      'organization',
      'languages',
      'cost',
      'eligibility',
      'accessibility',
      'address',
      'phones',
      'email',
      'website',
      'hours',
      'serviceArea',
      'lastVerified',
      'alert',
      'applicationProcess',
      'categories',
    ]) {
      expect(r, field).to.have.property(field);
    }
    expect(r.hours?.weekly.length).to.be.greaterThan(0);
    expect(r.coordinates).to.equal(undefined); // latitude 100 is dropped...
    expect(result.problems.some((p) => p.message.includes('latitude 100'))).to.equal(true); // ...and reported
  });

  it('loads examples/service_list.json (an API page of summaries)', async () => {
    const result = parseFeedData(await data('hsds-3.0/examples/service_list.json'));
    expect(result.format).to.equal('hsds');
    expect(result.resources).to.have.length(1);
    expect(result.resources[0]).to.include({
      name: 'Community Counselling',
      organization: 'Example Organization Inc.',
    });
  });
});

describe('conformance: San Mateo County (1,689 real services)', () => {
  let single: ReturnType<typeof parseFeedData>;
  before(async () => {
    single = parseFeedData(await data('hsds-3.0-san-mateo/services.json'));
  });

  it('accepts at least 1,600 services and explains every rejection', () => {
    expect(single.total).to.equal(1689);
    expect(single.resources.length).to.be.at.least(1600);
    const accepted = new Set(single.resources.map((r) => r.id));
    const raw = single.total - single.resources.length - (single.hidden ?? 0);
    const explained = new Set(
      single.problems.filter((p) => p.id && !accepted.has(p.id)).map((p) => p.index),
    );
    expect(explained.size).to.equal(raw);
    for (const p of single.problems)
      expect(p.message).to.be.a('string').and.have.length.greaterThan(5);
  });

  it('never shows a taxonomy code as a category, and tells the maintainer which terms have no name', () => {
    const categories = new Set(single.resources.flatMap((r) => r.categories ?? []));
    expect(categories.size).to.be.above(100);
    for (const c of categories) expect(c, c).not.to.match(/(^|> )\d[\d.-]*( >|$)/);
    const codes = single.problems.filter((p) => p.code === 'category-code');
    expect(codes.length).to.be.above(0);
    expect(codes[0]!.message).to.match(/^"\d[\d-]+" is a code, not a name a visitor can read/);
  });

  it('ranks the Legal Aid Society of San Mateo County in the top 3 for "legal aid"', async () => {
    const hits = await createSearchEngine(single.resources).search('legal aid');
    expect(hits.slice(0, 3).map((h) => h.resource.name)).to.include(
      'Legal Aid Society of San Mateo County',
    );
  });

  it('gives the same resources when read page by page from an API', async () => {
    const progress: number[] = [];
    const paged = await loadFeed('/shared-data/san-mateo-api?page=1', {
      onProgress: ({ page }) => progress.push(page),
    });
    if (!paged.ok) throw new Error('expected the pages to load');
    expect(progress).to.deep.equal([2, 3, 4, 5, 6, 7]);
    expect(paged.resources).to.deep.equal(single.resources);
  });
});

describe('conformance: UK profile responses', () => {
  for (const variant of ['V3.0-UK-Default', 'V3.0-UK-Warn', 'V3.0-UK-Fail', 'V3.0-UK-Test']) {
    for (const file of ['service_list.json', 'service_full.json']) {
      it(`${variant}/${file}: loads without crashing, every problem explained`, async () => {
        const result = parseFeedData(await data(`hsds-uk-3.0-mocks/${variant}/${file}`), 'hsds');
        expect(result.total).to.be.at.least(1);
        for (const p of result.problems) {
          expect(p.index).to.be.a('number');
          expect(p.path).to.be.a('string').and.not.equal('');
          expect(p.message).to.be.a('string').and.not.equal('');
        }
        if (variant === 'V3.0-UK-Fail') expect(result.problems.length).to.be.greaterThan(0);
        if (variant === 'V3.0-UK-Default') expect(result.resources.length).to.equal(result.total);
      });
    }
  }
});

describe('conformance: HSDS 3.1 mock API', () => {
  it('reads a service response', async () => {
    const result = parseFeedData(
      await data('hsds-3.1-mock-api/services/ac148810-d857-441c-9679-408f346de14b.json'),
    );
    expect(result.format).to.equal('hsds');
    expect(result.resources).to.have.length(1);
  });
});
