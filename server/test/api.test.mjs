// The HSDS 3.0 API over a real PostgreSQL: paging, the parameters, answers valid against HSDS's own schemas, the
// extension's filters and facets, typo and accent queries, limits, and hostile input in every parameter.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { Ajv } from 'ajv';
import { isOpenAt, parseFeedText, WordIndexEngine } from 'resource-finder/core.js';
import { SAMPLE, serve, startDatabase } from './setup.mjs';

const SCHEMAS = new URL('./hsds-3.0-schema/', import.meta.url);

/** HSDS's JSON Schemas, as published (their extra keywords are documentation; ids are not checked as UUIDs). */
async function hsdsValidator() {
  const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
  for (const file of (await readdir(SCHEMAS)).filter((f) => f.endsWith('.json')))
    ajv.addSchema(JSON.parse(await readFile(new URL(file, SCHEMAS), 'utf8')), file);
  return (name, value) => {
    const validate = ajv.getSchema(name);
    assert.ok(
      validate(value),
      `${name}: ${ajv.errorsText(validate.errors)} in ${JSON.stringify(value).slice(0, 300)}`,
    );
  };
}

/** Kilometres between two points (haversine). */
function km(a, b) {
  const rad = (d) => (d * Math.PI) / 180;
  const h =
    Math.sin(rad(b.lat - a.lat) / 2) ** 2 +
    Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lng - a.lng) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

const names = (page) => page.contents.map((s) => s.name);

describe('the HSDS API', () => {
  let directory;
  let http;
  let valid;
  let sample;
  before(async () => {
    directory = await startDatabase();
    http = await serve(directory.db);
    valid = await hsdsValidator();
    sample = parseFeedText(await readFile(SAMPLE, 'utf8'));
  });
  after(async () => {
    await http?.close();
    await directory?.close();
  });

  it('imports the sample directory, every record accepted', () => {
    assert.equal(directory.report.accepted, 88);
    assert.equal(directory.report.rejected, 0);
  });

  it('pages GET /services with the HSDS Page envelope', async () => {
    const { status, body } = await http.get('/services?per_page=10&page=2');
    assert.equal(status, 200);
    assert.deepEqual(
      { ...body, contents: body.contents.length },
      {
        total_items: 88,
        total_pages: 9,
        page_number: 2,
        size: 10,
        first_page: false,
        last_page: false,
        empty: false,
        contents: 10,
      },
    );
    const last = (await http.get('/services?per_page=10&page=9')).body;
    assert.equal(last.size, 8);
    assert.equal(last.last_page, true);
    const beyond = (await http.get('/services?per_page=10&page=10')).body;
    assert.equal(beyond.empty, true);
    assert.equal(beyond.size, 0);
    // Every service once over the pages, in a stable order.
    const ids = [];
    for (let page = 1; page <= 9; page++)
      ids.push(
        ...(await http.get(`/services?per_page=10&page=${page}`)).body.contents.map((s) => s.id),
      );
    assert.equal(new Set(ids).size, 88);
  });

  it('answers with services, terms, taxonomies and organizations valid against the HSDS 3.0 schemas', async () => {
    const full = (await http.get('/services?per_page=100')).body;
    assert.equal(full.contents.length, 88);
    for (const service of full.contents) valid('service.json', service);
    const list = (await http.get('/services?per_page=100&full=false')).body;
    for (const service of list.contents) {
      valid('service.json', service);
      assert.equal(service.phones, undefined);
    }
    const one = await http.get('/services/lyon-passerelle');
    assert.equal(one.status, 200);
    valid('service.json', one.body);
    assert.equal(one.body.name, 'Épicerie solidaire La Passerelle');
    assert.equal(one.body.organization.name, 'Association La Passerelle');
    const terms = (await http.get('/taxonomy_terms?per_page=100')).body;
    assert.ok(terms.total_items > 10);
    for (const term of terms.contents) valid('taxonomy_term.json', term);
    const taxonomies = (await http.get('/taxonomies')).body;
    for (const taxonomy of taxonomies.contents) valid('taxonomy.json', taxonomy);
    const organizations = (await http.get('/organizations?per_page=100')).body;
    assert.ok(organizations.total_items > 10);
    for (const organization of organizations.contents) valid('organization.json', organization);
  });

  it('keeps a confidential place off the answer: no address, no position', async () => {
    const confidential = sample.resources.filter((r) => r.confidential);
    assert.ok(confidential.length > 0, 'the sample has confidential places');
    for (const r of confidential) {
      const { body } = await http.get(`/services/${encodeURIComponent(r.id)}`);
      const text = JSON.stringify(body);
      assert.ok(!('latitude' in (body.service_at_locations?.[0]?.location ?? {})), r.id);
      if (r.address?.street) assert.ok(!text.includes(r.address.street), r.id);
    }
  });

  it('filters by taxonomy term (with its narrower terms), taxonomy, organization and modification date', async () => {
    const food = (await http.get('/services?taxonomy_term_id=food&per_page=100')).body;
    const expected = sample.resources.filter((r) =>
      (r.categories ?? []).some((c) => c.split(' > ')[0] === 'food'),
    );
    assert.equal(food.total_items, expected.length);
    const bank = (await http.get('/services?taxonomy_term_id=food-bank&per_page=100')).body;
    assert.ok(bank.total_items > 0 && bank.total_items < food.total_items);
    for (const service of bank.contents)
      assert.ok(
        service.attributes.some((a) => a.taxonomy_term_id === 'food-bank'),
        service.name,
      );
    assert.equal((await http.get('/services?taxonomy_id=another')).body.total_items, 0);
    assert.equal((await http.get('/services?taxonomy_id=resource-finder')).body.total_items, 88);
    const org = (await http.get('/services/lyon-passerelle')).body.organization_id;
    const byOrg = (await http.get(`/services?organization_id=${org}`)).body;
    assert.ok(byOrg.contents.every((s) => s.organization_id === org));
    assert.ok(byOrg.total_items >= 1);
    assert.equal((await http.get('/services?modified_after=2100-01-01')).body.total_items, 0);
    assert.equal(
      (await http.get('/services?modified_after=2000-01-01T00:00:00Z')).body.total_items,
      88,
    );
  });

  it('gives minimal services, and newline-delimited JSON', async () => {
    const minimal = (await http.get('/services?minimal=true&per_page=5')).body;
    for (const service of minimal.contents) {
      assert.deepEqual(Object.keys(service).sort(), ['id', 'last_modified', 'name', 'status']);
      valid('service.json', service);
    }
    const ndjson = await http.get('/services?format=ndjson&per_page=7');
    assert.match(ndjson.headers.get('content-type'), /ndjson/);
    const lines = ndjson.body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.equal(lines.length, 7);
    for (const service of lines) valid('service.json', service);
  });

  it('counts facets for the query and the other groups’ choices, and filters by them', async () => {
    const { body } = await http.get('/services?search=food&facets=true&per_page=100');
    assert.ok(body.total_items > 3);
    for (const group of ['categories', 'places', 'languages', 'cost'])
      assert.ok(Array.isArray(body.facets[group]), group);
    for (const option of body.facets.places.slice(0, 3)) {
      const filtered = (
        await http.get(
          `/services?search=food&place=${encodeURIComponent(option.value)}&per_page=100`,
        )
      ).body;
      assert.equal(filtered.total_items, option.count, option.value);
      assert.ok(filtered.contents.length > 0);
    }
    const fr = (await http.get('/services?language=fr&records=true&per_page=100')).body;
    assert.ok(fr.total_items > 0);
    for (const s of fr.contents)
      assert.ok(
        s.x_resource_finder.record.languages.some((l) => l.startsWith('fr')),
        s.name,
      );
    // Within a group any option; a chosen group's facet still counts its other options.
    const two = (await http.get('/services?language=fr&language=it&facets=true')).body;
    const has = (r, code) => (r.languages ?? []).some((l) => l.split('-')[0] === code);
    assert.equal(
      two.total_items,
      sample.resources.filter((r) => has(r, 'fr') || has(r, 'it')).length,
    );
    const counts = Object.fromEntries(two.facets.languages.map((o) => [o.value, o]));
    assert.equal(counts.es.count, sample.resources.filter((r) => has(r, 'es')).length);
    assert.equal(counts.fr.selected, true);
    assert.equal(counts.es.selected, false);
    const free = (await http.get('/services?free=true&records=true&per_page=100')).body;
    assert.ok(free.total_items > 0);
    for (const s of free.contents)
      assert.equal(s.x_resource_finder.record.cost?.free, true, s.name);
  });

  it('answers "open now" for the instant asked, in each place’s time zone', async () => {
    const at = new Date('2026-12-02T10:30:00Z'); // a Wednesday morning in Europe
    const { body } = await http.get(
      `/services?open_now=true&open_at=${at.toISOString()}&records=true&per_page=100`,
    );
    const expected = sample.resources.filter((r) => isOpenAt(r.hours, at)).map((r) => r.id);
    assert.ok(expected.length > 0);
    assert.deepEqual(body.contents.map((s) => s.id).sort(), expected.sort());
  });

  it('finds within a radius and sorts by distance', async () => {
    const lyon = { lat: 45.76, lng: 4.84 };
    const { body } = await http.get(
      `/services?lat=${lyon.lat}&lng=${lyon.lng}&radius_km=25&sort=distance&records=true&per_page=100`,
    );
    assert.ok(body.total_items > 0);
    const distances = body.contents.map((s) => km(lyon, s.x_resource_finder.record.coordinates));
    for (const d of distances) assert.ok(d <= 25.5, `${d} km`);
    assert.deepEqual(
      [...distances].sort((a, b) => a - b),
      distances,
    );
    const expected = sample.resources.filter(
      (r) => r.coordinates && !r.confidential && km(lyon, r.coordinates) <= 25,
    );
    assert.equal(body.total_items, expected.length);
  });

  it('keeps to an area of the map (bbox), with the services that have no public place', async () => {
    // Around Lyon: west, south, east, north.
    const { body } = await http.get('/services?bbox=4.7,45.6,5.0,45.9&records=true&per_page=100');
    const inside = (r) =>
      !r.coordinates ||
      r.confidential ||
      (r.coordinates.lat >= 45.6 &&
        r.coordinates.lat <= 45.9 &&
        r.coordinates.lng >= 4.7 &&
        r.coordinates.lng <= 5.0);
    const expected = sample.resources.filter(inside).map((r) => r.id);
    assert.ok(expected.length < sample.resources.length);
    assert.ok(sample.resources.some((r) => r.coordinates && inside(r) && !r.confidential));
    assert.equal(body.total_items, expected.length);
    assert.deepEqual(body.contents.map((s) => s.id).sort(), expected.sort());
  });

  it('filters by age range', async () => {
    const { body } = await http.get(
      '/services?minimum_age=30&maximum_age=40&records=true&per_page=100',
    );
    for (const s of body.contents) {
      const e = s.x_resource_finder.record.eligibility ?? {};
      assert.ok((e.maxAge ?? 130) >= 30 && (e.minAge ?? 0) <= 40, s.name);
    }
    assert.ok(body.total_items < 88);
  });

  it('finds what was meant despite typos, missing accents and another language, the best first', async () => {
    const first = async (q) =>
      names((await http.get(`/services?search=${encodeURIComponent(q)}`)).body)[0];
    assert.equal(await first('hebergement urgence'), 'Centre d’hébergement d’urgence Le Phare');
    assert.equal(await first('Épicerie solidaire'), 'Épicerie solidaire La Passerelle');
    assert.match(await first('foood bank '), /food bank|banque alimentaire/i);
    assert.match(await first('sheltr '), /shelter|refuge|hébergement|accoglienza/i);
    // The word being typed is a prefix; a finished word is not.
    assert.ok((await http.get('/services?search=helpl')).body.total_items > 0);
    // Nothing matches: the nearest words the directory has.
    const none = (await http.get('/services?search=zzxq%20shelterr')).body;
    assert.ok(none.total_items >= 1);
    const nothing = (await http.get('/services?search=bnaque%20alimentarie')).body;
    assert.ok(nothing.total_items >= 1, 'two typos still find the food bank');
  });

  it('ranks like the finder in the page: the same first answer for typed, lay and partial-name queries', async () => {
    const engine = new WordIndexEngine(sample.resources, { taxonomy: sample.meta.taxonomy });
    const queries = [
      'food bank',
      'hebergement',
      'legal advice',
      'mental health',
      'somewhere to sleep tonight',
      'je cherche à manger',
      'passerelle',
      'helpline',
      'dentist',
      'refugee',
    ];
    let same = 0;
    for (const q of queries) {
      const page = (await http.get(`/services?search=${encodeURIComponent(q)}&per_page=5`)).body;
      const ours = engine
        .searchSync(q)
        .slice(0, 1)
        .map((h) => h.resource.id)[0];
      assert.ok(page.total_items > 0, q);
      if (page.contents.slice(0, 3).some((s) => s.id === ours)) same += 1;
    }
    // The page's first answer is among the server's first three for nearly every query.
    assert.ok(same >= queries.length - 1, `${same} of ${queries.length}`);
  });

  it('ranks the word being typed by what completes it: the shelters first for “she”', async () => {
    // ts_rank drops a prefix asked for beside the same word whole: every completion once ranked 0, and the services
    // matching "she…" came in name order ("Accoglienza notturna…" first).
    const named = sample.resources.filter((r) => /\bshel/i.test(r.name)).map((r) => r.id);
    assert.equal(named.length, 2);
    const page = (await http.get('/services?search=she&per_page=5')).body;
    assert.ok(page.total_items > named.length);
    assert.deepEqual(
      page.contents
        .slice(0, 2)
        .map((s) => s.id)
        .sort(),
      named.sort(),
    );
  });

  it('brings crisis lines first for a person in danger, as the page does, and not for a search about the topic', async () => {
    const engine = new WordIndexEngine(sample.resources, { taxonomy: sample.meta.taxonomy });
    const top = async (q) =>
      (await http.get(`/services?search=${encodeURIComponent(q)}&records=true&per_page=3`)).body
        .contents;
    const first = async (q) => (await top(q))[0];
    for (const q of ['i want to end my life', 'mon mari me frappe', 'quiero suicidarme']) {
      const answers = await top(q);
      const answer = answers[0];
      // The server's first three are among the page's first five, and the first is a crisis service.
      const page = engine
        .searchSync(q)
        .slice(0, 5)
        .map((h) => h.resource.id);
      for (const a of answers) assert.ok(page.includes(a.id), `${q}: ${a.name}`);
      assert.ok(
        /crisis|helpline|violence|abuse/i.test(
          JSON.stringify(answer.x_resource_finder.record.categories),
        ),
        `${q}: ${answer.name}`,
      );
    }
    // About the topic, not in danger: ranked as any search.
    const topic = await first('housing crisis center');
    assert.equal(topic.id, engine.searchSync('housing crisis center')[0].resource.id);
  });

  it('says "did you mean" when nothing matches', async () => {
    const { body } = await http.get('/services?search=xylophonez%20zebraz');
    assert.equal(body.total_items, 0);
    assert.equal(body.empty, true);
    // "fod" is too short to be searched for as a typo, but not to be offered as one.
    const short = (await http.get('/services?search=fod%20')).body;
    assert.equal(short.total_items, 0);
    assert.equal(short.did_you_mean, 'food');
    const fixed = (await http.get('/services?search=shelterz%20qqqq')).body;
    assert.ok(fixed.total_items > 0);
  });

  it('cancels a search that runs too long and answers 503 with Retry-After, not an error page', async () => {
    const hurried = await serve(directory.db, {
      searchTimeoutMs: 1,
      cacheSeconds: 0,
      // The statement is what a timeout cancels (the index answers at once).
      searchIndex: false,
    });
    try {
      const answer = await hurried.get(
        '/services?search=emergency%20shelter%20food%20legal&facets=true',
      );
      assert.equal(answer.status, 503);
      assert.equal(answer.body.error, 'busy');
      assert.equal(answer.headers.get('retry-after'), '2');
      // The database is fine: the next server answers.
      assert.ok((await http.get('/services?search=food')).body.total_items > 0);
    } finally {
      await hurried.close();
    }
  });

  it('answers as plain HSDS 3.0 when the extension is off', async () => {
    const plain = await serve(directory.db, { extension: false });
    try {
      const { body } = await plain.get(
        '/services?search=zzfoood&records=true&facets=true&language=fr',
      );
      for (const key of Object.keys(body))
        assert.ok(
          [
            'total_items',
            'total_pages',
            'page_number',
            'size',
            'first_page',
            'last_page',
            'empty',
            'contents',
          ].includes(key),
          key,
        );
      const all = (await plain.get('/services?language=fr&records=true&per_page=100')).body;
      assert.equal(all.total_items, 88, 'extension filters are ignored');
      for (const service of all.contents) {
        assert.equal(service.x_resource_finder, undefined);
        valid('service.json', service);
      }
    } finally {
      await plain.close();
    }
  });

  it('refuses parameters out of bounds with a JSON error naming them', async () => {
    for (const [query, parameter] of [
      [`search=${'a'.repeat(201)}`, 'search'],
      ['page=0', 'page'],
      ['page=abc', 'page'],
      ['per_page=-1', 'per_page'],
      ['lat=100&lng=0', 'lat'],
      ['lat=45', 'lng'],
      ['radius_km=10', 'radius_km'],
      ['bbox=4.7,45.9,5.0,45.6', 'bbox'],
      ['bbox=1,2,3', 'bbox'],
      ['sort=random', 'sort'],
      ['sort=distance', 'sort'],
      ['modified_after=yesterday', 'modified_after'],
      ['minimal=maybe', 'minimal'],
      ['minimum_age=200', 'minimum_age'],
      ['format=xml', 'format'],
      [
        Array.from({ length: 21 }, (_, i) => `taxonomy_term_id=t${i}`).join('&'),
        'taxonomy_term_id',
      ],
    ]) {
      const { status, body } = await http.get(`/services?${query}`);
      assert.equal(status, 400, query);
      assert.equal(body.error, 'bad-request', query);
      assert.equal(body.parameter, parameter, query);
      assert.ok(body.message.length > 10, query);
    }
    assert.equal((await http.get('/services/nothing-here')).status, 404);
    assert.equal((await http.get('/nowhere')).body.error, 'not-found');
    const post = await fetch(`${http.base}/services`, { method: 'POST' });
    assert.equal(post.status, 405);
  });

  it('answers SQL injection attempts in every parameter safely, and the data stays whole', async () => {
    const attacks = [
      "'; drop table services; --",
      "' or '1'='1",
      '1; select pg_sleep(5)',
      "food' union select resource from services --",
      '\\',
      '%_%',
      '$1',
      "')) or true --",
      'fo:* & !bar | (baz',
      '\u0000',
    ];
    const parameters = [
      'search',
      'taxonomy_term_id',
      'taxonomy_id',
      'organization_id',
      'category',
      'place',
      'language',
      'audience',
      'accessibility',
      'delivery',
      'sort',
      'modified_after',
      'open_at',
      'lat',
      'page',
      'per_page',
      'minimum_age',
      'facets',
    ];
    for (const parameter of parameters)
      for (const attack of attacks) {
        const { status, body } = await http.get(
          `/services?${parameter}=${encodeURIComponent(attack)}&facets=true`,
        );
        assert.ok(
          status === 200 || status === 400,
          `${parameter}=${attack}: ${status} ${JSON.stringify(body)}`,
        );
        assert.equal(typeof body, 'object', `${parameter}=${attack}`);
        if (status === 200) assert.ok(body.total_items <= 88);
      }
    for (const path of ['/services/', '/taxonomy_terms/', '/organizations/'])
      for (const attack of attacks) {
        const { status } = await http.get(`${path}${encodeURIComponent(attack)}`);
        assert.ok([200, 400, 404].includes(status), `${path}${attack}: ${status}`);
      }
    assert.equal((await http.get('/services?per_page=1')).body.total_items, 88);
  });
});
