import { expect } from '@open-wc/testing';
import { detectFormat, languageCode, parseHsds } from '../../src/core/hsds/mapping.js';
import { loadFeed, pageUrl } from '../../src/core/edge/load-feed.js';
import { parseFeedData } from '../../src/core/feed/read.js';
import { createSearchEngine } from '../../src/core/edge/create-engine.js';
import { utcOffsetHours } from '../../src/core/hsds/to-hsds.js';

const fixture = async (name: string): Promise<Record<string, unknown>> =>
  (await fetch(new URL(`../fixtures/hsds/${name}`, import.meta.url))).json();

describe('HSDS format detection', () => {
  it('recognizes our format, an HSDS page, a list of services and one service', async () => {
    const official = await fixture('official-service_full.json');
    const page = await fixture('san-mateo-excerpt.json');
    expect(detectFormat({ resources: [] })).to.deep.equal({ format: 'native' });
    expect(detectFormat([{ id: 'a', name: 'A' }])).to.deep.equal({ format: 'native' });
    expect(detectFormat(page)).to.deep.equal({ format: 'hsds', shape: 'page' });
    expect(detectFormat([official])).to.deep.equal({ format: 'hsds', shape: 'array' });
    expect(detectFormat(official)).to.deep.equal({ format: 'hsds', shape: 'service' });
    expect(detectFormat({ hello: 'world' })).to.deep.equal({ format: 'unknown' });
  });

  it('parses in the detected format, or the forced one', async () => {
    const official = await fixture('official-service_full.json');
    expect(parseFeedData(official).format).to.equal('hsds');
    expect(parseFeedData({ resources: [{ id: 'a', name: 'A' }] }).format).to.equal('native');
    const forced = parseFeedData(official, 'native');
    expect(forced.format).to.equal('native');
    expect(forced.resources).to.deep.equal([]);
  });
});

describe('HSDS 3.0 mapping', () => {
  it('maps every field of the official full service example', async () => {
    const result = parseHsds(await fixture('official-service_full.json'), {
      timeZone: 'Europe/London',
    });
    expect(result.total).to.equal(1);
    const [r] = result.resources;
    expect(r).to.deep.include({
      id: 'ac148810-d857-441c-9679-408f346de14b',
      name: 'Community Counselling',
      organization: 'Example Organization Inc.',
      languages: ['ur'],
      accessibility: ['wheelchair', 'hearing-loop'],
      email: 'email@example.com',
      website: 'http://example.com/counselling',
      lastVerified: '2005-01-01',
      delivery: ['in-person'],
    });
    expect(r!.description).to.match(/^Counselling Services provided by trained professionals/);
    expect(r!.categories).to.deep.equal(['name']); // the example's taxonomy term is literally named "name"
    expect(r!.cost).to.deep.equal({
      free: false,
      text: 'Under 18s and Over 60s 35 GBP per 1 hour session; Non-NHS patients are expected to pay for their counselling sessions. We charge a flat rate per hour of counselling. The current rate is £50 per hour. Please see our website for up to date prices.',
    });
    expect(r!.eligibility).to.deep.equal({
      text: 'This service is intended for all people aged 12 and over who require counselling services in the MyCity area',
      minAge: 12,
      maxAge: 100,
    });
    expect(r!.address).to.deep.equal({
      street: '1-30 Main Street, MyVillage',
      locality: 'MyCity',
      region: 'MyState',
      postalCode: 'ABC 1234',
      country: 'US',
    });
    expect(r!.phones).to.deep.equal([{ number: '+44 1234 234567', label: 'ext. 100' }]);
    // byday TH,FR 10:00-18:00; the schedule's timezone is a UTC offset (3), which becomes Etc/GMT-3.
    expect(r!.hours).to.deep.equal({
      timezone: 'Etc/GMT-3',
      weekly: [
        { day: 'th', opens: '10:00', closes: '18:00' },
        { day: 'fr', opens: '10:00', closes: '18:00' },
      ],
      notes:
        'The service is available from 10 am to 6pm weekdays. The service is not available on public holidays.',
    });
    expect(r!.alert).to.match(/^Following COVID-19/);
    expect(r!.applicationProcess).to.match(/^If you are an NHS patient/);
    expect(r!.serviceArea).to.match(
      /^The service is available to all residents of the MyCity area/,
    );
    // latitude 100, longitude 101: dropped and reported, not shown on the wrong side of the planet.
    expect(r!.coordinates).to.equal(undefined);
    expect(result.problems).to.deep.equal([
      {
        index: 0,
        id: 'ac148810-d857-441c-9679-408f346de14b',
        path: 'service_at_locations[0].location',
        code: 'not-on-earth',
        params: { lat: 100, lng: 101 },
        message: 'latitude 100, longitude 101 is not a position on Earth; it is left out',
      },
    ]);
  });

  it('hides inactive and defunct services, and badges temporarily closed ones', async () => {
    const official = await fixture('official-service_full.json');
    const result = parseHsds([
      { ...official, id: 'a', status: 'inactive' },
      { ...official, id: 'b', status: 'defunct' },
      { ...official, id: 'c', status: 'temporarily closed' },
      { ...official, id: 'd', status: 'active' },
    ]);
    expect(result.hidden).to.equal(2);
    expect(result.resources.map((r) => [r.id, r.status])).to.deep.equal([
      ['c', 'temporarily-closed'],
      ['d', undefined],
    ]);
  });

  it('treats a virtual location as online, and amount 0 as free', async () => {
    const official = await fixture('official-service_full.json');
    const result = parseHsds({
      ...official,
      cost_options: [{ amount: 0, currency: 'GBP', option: 'Everyone' }],
      fees_description: null,
      fees: null,
      service_at_locations: [
        {
          id: 'v',
          location: { id: 'l', location_type: 'virtual', url: 'https://example.org/chat' },
        },
      ],
    });
    const [r] = result.resources;
    expect(r!.delivery).to.deep.equal(['online']);
    expect(r!.cost).to.deep.equal({ free: true });
    expect(r!.address).to.equal(undefined);
  });

  it('keeps free-text hours and names categories with their parents', async () => {
    const result = parseHsds(await fixture('san-mateo-excerpt.json'), {
      timeZone: 'America/Los_Angeles',
    });
    expect(result.resources).to.have.length(12);
    const withNotes = result.resources.find((r) => r.hours?.notes && r.hours.weekly.length === 0);
    expect(withNotes?.hours?.timezone).to.equal('America/Los_Angeles');
    const nested = result.resources
      .flatMap((r) => r.categories ?? [])
      .filter((c) => c.includes(' > '));
    expect(nested.length).to.be.greaterThan(0);
    // "SMC keywords" are keywords: they become tags.
    expect(
      result.resources.some(
        (r) => r.tags?.includes('LEGAL SERVICES') || r.tags?.some((t) => /legal/i.test(t)),
      ),
    ).to.equal(true);
  });

  it('reads language names where codes are missing', () => {
    expect(languageCode(undefined, 'Tagalog')).to.equal('tl');
    expect(languageCode(undefined, 'Chinese (Cantonese)')).to.equal('yue');
    expect(languageCode(undefined, 'Farsi')).to.equal('fa');
    expect(languageCode('es', 'Spanish')).to.equal('es');
    expect(languageCode(undefined, 'Klingonese')).to.equal(undefined);
  });

  it('finds the Legal Aid Society of San Mateo County for "legal aid"', async () => {
    const { resources } = parseHsds(await fixture('san-mateo-excerpt.json'));
    const hits = await createSearchEngine(resources).search('legal aid');
    expect(hits.slice(0, 3).map((h) => h.resource.name)).to.include(
      'Legal Aid Society of San Mateo County',
    );
  });

  it('explains every problem of the UK "Fail" responses, without crashing', async () => {
    const result = parseHsds(await fixture('uk-fail-service_list.json'));
    expect(result.total).to.equal(4);
    expect(result.resources).to.have.length(0);
    const first = result.problems.filter((p) => p.index === 0).map((p) => [p.path, p.message]);
    expect(first).to.deep.equal([
      ['url', '"example_counselling" is not an http(s) URL; it is left out'],
      ['email', '"email-example_com" is not an email address; it is left out'],
      ['name', 'is required'],
    ]);
    for (const p of result.problems) expect(p.message).to.be.a('string').and.not.equal('');
  });
});

describe('paged HSDS APIs (served by the test runner)', () => {
  const API = '/api/hsds/services?per_page=5';
  const requests = async (): Promise<string[]> => (await fetch('/api/hsds/_requests')).json();

  it('builds next-page URLs that keep the other parameters', () => {
    expect(pageUrl('/api/hsds/services?per_page=5', 3)).to.equal(
      '/api/hsds/services?per_page=5&page=3',
    );
    expect(pageUrl('https://api.example.org/services?page=1&per_page=50', 2)).to.equal(
      'https://api.example.org/services?page=2&per_page=50',
    );
  });

  it('follows every page and yields the same resources as the single file', async () => {
    await requests();
    const progress: string[] = [];
    const paged = await loadFeed(API, {
      onProgress: ({ page, totalPages }) => progress.push(`${page}/${totalPages}`),
    });
    const single = parseHsds(await fixture('san-mateo-excerpt.json'));
    if (!paged.ok) throw new Error('expected the feed to load');
    expect(paged.format).to.equal('hsds');
    expect(paged.resources).to.deep.equal(single.resources);
    expect(paged.incomplete).to.equal(undefined);
    expect(progress).to.deep.equal(['2/3', '3/3']);
    expect(await requests()).to.deep.equal([
      '?per_page=5',
      '?per_page=5&page=2',
      '?per_page=5&page=3',
    ]);
  });

  it('keeps the pages loaded before a page fails, and says so', async () => {
    const result = await loadFeed(`${API}&fail_page=3`);
    if (!result.ok) throw new Error('expected the loaded pages to be kept');
    expect(result.resources).to.have.length(10);
    expect(result.incomplete).to.deep.equal({
      loadedPages: 2,
      totalPages: 3,
      message: 'The server answered 500 Internal Server Error.',
    });
    expect(result.problems[0]).to.deep.equal({
      index: -1,
      path: 'page 3',
      code: 'page-failed',
      params: {
        detail: 'The server answered 500 Internal Server Error.',
        from: 1,
        to: 2,
        total: 3,
      },
      message:
        'The server answered 500 Internal Server Error. Pages 1–2 of 3 were loaded; the rest is missing.',
    });
  });

  it('stops at the page cap and reports it', async () => {
    const result = await loadFeed(API, { maxPages: 2 });
    if (!result.ok) throw new Error('expected a feed');
    expect(result.resources).to.have.length(10);
    expect(result.problems[0]!.message).to.equal(
      'Only the first 2 of 3 pages were loaded (the limit is 2).',
    );
  });
});

describe('HSDS confidential locations', () => {
  it('keeps a redacted location off the page: no address, no position, only the town', async () => {
    const official = await fixture('official-service_full.json');
    const sal = (official.service_at_locations as Array<Record<string, unknown>>)[0]!;
    const location = sal.location as Record<string, unknown>;
    const redacted = {
      ...official,
      service_at_locations: [
        {
          ...sal,
          location: {
            ...location,
            latitude: 51.5,
            longitude: -0.1,
            location_type: 'confidential',
            addresses: [{ address_1: 'Address withheld', city: 'London', country: 'GB' }],
          },
        },
      ],
    };
    const [r] = parseHsds(redacted).resources;
    expect(r!.confidential).to.equal(true);
    expect(r!.address).to.deep.equal({ locality: 'London' });
    expect(r!.coordinates).to.equal(undefined);
  });
});

describe('a time zone’s offset from UTC (HSDS schedules)', () => {
  it('follows a change of offset from one minute to the next, and half hours', () => {
    // Paris moves to summer time at 01:00 UTC on 29 March 2026: asked a minute apart, twice each.
    for (let round = 0; round < 2; round++) {
      expect(utcOffsetHours('Europe/Paris', new Date('2026-03-29T00:59:30Z'))).to.equal(1);
      expect(utcOffsetHours('Europe/Paris', new Date('2026-03-29T01:00:00Z'))).to.equal(2);
    }
    expect(utcOffsetHours('America/St_Johns', new Date('2026-01-15T12:00:00Z'))).to.equal(-3.5);
    expect(utcOffsetHours('UTC', new Date('2026-01-15T12:00:00Z'))).to.equal(0);
    expect(utcOffsetHours('Not/AZone', new Date('2026-01-15T12:00:00Z'))).to.equal(undefined);
  });
});
