import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/core/feed/records.js';
import { resourceWarnings } from '../../src/core/feed/warnings.js';
import { parseFeedData, parseFeedText } from '../../src/core/feed/read.js';
import { MAX_LIST, TEXT_LIMITS } from '../../src/core/feed/lenient.js';
import { fold, tokenize } from '../../src/core/text/fold.js';
import { mailtoHref, secureEndpoint, telHref } from '../../src/core/text/links.js';
import { isEmail } from '../../src/core/text/patterns.js';
import { sendReferral } from '../../src/core/edge/send-referral.js';
import { buildReferral, defaultFields } from '../../src/core/referral/referral.js';
import { valueLabel, messagesFor } from '../../src/i18n/index.js';
import { languageCode } from '../../src/core/hsds/mapping.js';
import { rareLanguageCode } from '../../src/core/hsds/rare-languages.js';
import { createSearchEngine } from '../../src/core/index.js';

const one = (record: Record<string, unknown>) => parseFeed([{ id: 'a', name: 'A', ...record }]);

describe('a bad optional field loses only itself (our format)', () => {
  it('keeps the record and reports the field, for every kind of odd value', () => {
    const result = parseFeed([
      { id: 'w', name: 'Bad site', website: 'javascript:alert(1)' },
      { id: 'c', name: 'Bad coordinates', coordinates: { lat: 95, lng: 2 } },
      { id: 'h', name: 'Bad hours', hours: { timezone: 'Mars/Base', weekly: [] } },
      { id: 'l', name: 'Bad language', languages: ['fr', 'not a tag!', 'en'] },
      {
        id: 'p',
        name: 'Bad phone',
        phones: [{ number: 'call us' }, { number: '+33 1 23 45 67 89' }],
      },
      { id: 'e', name: 'Bad email', email: 'help@example.org?subject=x&body=y' },
      { id: 'r', name: 'Bad referral', referral: { accepts: 'yes', endpoint: 'https://x.org' } },
      {
        id: 't',
        name: 'Bad translation',
        translations: { 'not a tag!': { name: 'x' }, fr: { name: 'B' } },
      },
      { name: 'No id' },
      { id: 'n' },
    ]);
    expect(result.resources.map((r) => r.id)).to.deep.equal([
      'w',
      'c',
      'h',
      'l',
      'p',
      'e',
      'r',
      't',
    ]);
    const [w, c, h, l, p, e, r, t] = result.resources;
    expect(w).not.to.have.property('website');
    expect(c).not.to.have.property('coordinates');
    expect(h).not.to.have.property('hours');
    expect(l!.languages).to.deep.equal(['fr', 'en']);
    expect(p!.phones).to.deep.equal([{ number: '+33 1 23 45 67 89' }]);
    expect(e).not.to.have.property('email');
    expect(r).not.to.have.property('referral');
    expect(t!.translations).to.deep.equal({ fr: { name: 'B' } });
    expect(result.problems.map((x) => [x.index, x.path])).to.deep.include.members([
      [0, 'website'],
      [1, 'coordinates.lat'],
      [2, 'hours.timezone'],
      [3, 'languages[1]'],
      [4, 'phones[0].number'],
      [5, 'email'],
      [6, 'referral.accepts'],
      [8, 'id'],
      [9, 'name'],
    ]);
  });

  it('reads what people write where the meaning is clear', () => {
    const result = parseFeed([
      {
        id: 'a',
        name: 'A',
        website: 'www.example.org/help',
        phones: [{ number: '+1 555 0100 ext. 12' }, { number: '1-800-FLOWERS' }],
        languages: ['x-klingon', 'fr'],
        coordinates: { lat: '37.5', lng: '-122.3' },
      },
    ]);
    expect(result.problems).to.deep.equal([]);
    const [a] = result.resources;
    expect(a!.website).to.equal('https://www.example.org/help');
    expect(a!.phones!.map((p) => p.number)).to.deep.equal(['+1 555 0100 ext. 12', '1-800-FLOWERS']);
    expect(a!.languages).to.deep.equal(['x-klingon', 'fr']);
    expect(a!.coordinates).to.deep.equal({ lat: 37.5, lng: -122.3 });
    expect(telHref('+1 555 0100 ext. 12')).to.equal('tel:+15550100;ext=12');
    expect(telHref('1-800-FLOWERS')).to.equal('tel:18003569377');
    expect(telHref('(650) 555-0100 x 7')).to.equal('tel:6505550100;ext=7');
  });

  it('does not take a website without a scheme that is not a host name', () => {
    const result = one({ website: 'see our page' });
    expect(result.resources[0]).not.to.have.property('website');
    expect(result.problems[0]).to.include({ path: 'website' });
  });
});

describe('strict where meaning is at stake', () => {
  it('refuses dates that do not exist instead of rolling them over', () => {
    const result = one({ lastVerified: '2026-02-30' });
    expect(result.resources[0]).not.to.have.property('lastVerified');
    expect(result.problems[0]).to.include({ path: 'lastVerified', code: 'real-date' });
    expect(one({ lastVerified: '2024-02-29' }).problems).to.deep.equal([]);
  });

  it('reports a last-verified date in the future and does not keep it', () => {
    const result = one({ lastVerified: '2999-12-31' });
    expect(result.resources[0]).not.to.have.property('lastVerified');
    expect(result.problems[0]).to.include({
      path: 'lastVerified',
      code: 'future-date',
      message: 'is in the future; it is left out',
    });
  });

  it('takes email addresses without query parts or second recipients', () => {
    expect(isEmail('help@example.org')).to.equal(true);
    expect(isEmail('help@example.org?subject=Hi&body=x')).to.equal(false);
    expect(isEmail('a@example.org,b@example.org')).to.equal(false);
    expect(mailtoHref('help@example.org?body=x')).to.equal(undefined);
  });
});

describe('bounded work on hostile sizes', () => {
  it('cuts a 1 MB name and 50,000 categories, and says so', () => {
    const result = one({
      name: 'N'.repeat(1_000_000),
      categories: Array.from({ length: 50_000 }, (_, i) => `Category ${i}`),
    });
    const [a] = result.resources;
    expect(a!.name.length).to.equal(TEXT_LIMITS.name);
    expect(a!.name.endsWith('…')).to.equal(true);
    expect(a!.categories).to.have.length(MAX_LIST);
    expect(result.problems.map((p) => [p.path, p.code])).to.deep.equal([
      ['name', 'truncated'],
      ['categories', 'truncated-list'],
    ]);
  });

  it('keeps feed values named like Object.prototype as plain text', () => {
    const m = messagesFor('en');
    for (const value of ['__proto__', 'constructor', 'hasOwnProperty', 'toString'])
      expect(valueLabel(value, m))
        .to.be.a('string')
        .and.not.to.match(/object|function/i);
    const result = parseFeed([
      { id: 'a', name: 'A', __proto__: { polluted: true }, tags: ['__proto__'] },
    ]);
    expect(result.resources[0]!.tags).to.deep.equal(['__proto__']);
    expect(({} as { polluted?: boolean }).polluted).to.equal(undefined);
  });
});

describe('Unicode', () => {
  it('removes bidirectional overrides, so a name cannot reorder itself', () => {
    const result = one({ name: 'Free clinic \u202Eexe.nacs', description: 'a\u2066b\u2069c' });
    expect(result.resources[0]!.name).to.equal('Free clinic exe.nacs');
    expect(result.resources[0]!.description).to.equal('abc');
  });

  it('finds text with invisible characters by the text a visitor sees, and NFC and NFD alike', async () => {
    expect(fold('Fo\u200Bod\u00ADbank')).to.equal('foodbank');
    expect(tokenize('Food\u200B bank')).to.deep.equal(['food', 'bank']);
    const engine = createSearchEngine(
      parseFeed([
        { id: 'zw', name: 'Fo\u200Bod pantry' },
        { id: 'nfd', name: 'Cafe\u0301 solidaire' },
      ]).resources,
    );
    expect((await engine.search('food')).map((h) => h.resource.id)).to.deep.equal(['zw']);
    expect((await engine.search('café')).map((h) => h.resource.id)).to.deep.equal(['nfd']);
    expect(parseFeed([{ id: 'n', name: 'Cafe\u0301' }]).resources[0]!.name).to.equal('Café');
  });
});

describe('the validator’s reading of files', () => {
  it('accepts a byte-order mark, and places a JSON error by line and column', () => {
    const ok = parseFeedText('\uFEFF{"resources":[{"id":"a","name":"A"}]}');
    expect(ok.ok).to.equal(true);
    const bad = parseFeedText('{\n  "resources": [\n    {"id": "a", "name": }\n  ]\n}');
    expect(bad.ok).to.equal(false);
    if (!bad.ok && !bad.aborted) expect(bad.error.message).to.match(/\(line 3, column 25\)$/);
  });

  it('reports an unknown language once, though the service and its place both list it', () => {
    const result = parseFeedData(
      [
        {
          id: 's1',
          name: 'Clinic',
          languages: [{ name: 'Hindu' }, { name: 'Spanish' }],
          service_at_locations: [
            { location: { id: 'l1', languages: [{ name: 'Hindu' }, { name: 'Aramaic' }] } },
          ],
        },
      ],
      'hsds',
    );
    expect(result.resources[0]!.languages).to.have.members(['es', 'arc']);
    expect(result.problems.map((p) => [p.path, p.code])).to.deep.equal([
      ['languages[0]', 'unknown-language'],
    ]);
  });

  it('warns about categories named by a code, which visitors cannot read', () => {
    const [coded, named] = parseFeed([
      { id: 'a', name: 'A', categories: ['Health > 102-06-01'] },
      { id: 'b', name: 'B', categories: ['Health > Dental care', '24-hour hotline'] },
    ]).resources;
    expect(resourceWarnings(coded!)).to.include('code-category');
    expect(resourceWarnings(named!)).not.to.include('code-category');
  });

  it('knows rarer languages by name, as Intl and the registry do', () => {
    expect(languageCode(undefined, 'Aramaic')).to.equal('arc');
    expect(languageCode(undefined, 'Pangasinan')).to.equal('pag');
    expect(languageCode(undefined, 'Temne')).to.equal('tem');
    expect(languageCode(undefined, 'Assyrian')).to.equal('aii');
    expect(languageCode(undefined, 'Klingonese')).to.equal(undefined);
    // Asked to, it looks through every code this browser's Intl knows.
    expect(languageCode(undefined, 'Hawaiian', rareLanguageCode)).to.equal('haw');
  });
});

describe('referral endpoints', () => {
  it('are https, or http on this machine for development', () => {
    expect(secureEndpoint('https://x.org/r')).to.equal('https://x.org/r');
    expect(secureEndpoint('http://localhost:8000/r')).to.equal('http://localhost:8000/r');
    expect(secureEndpoint('http://127.0.0.1/r')).to.equal('http://127.0.0.1/r');
    expect(secureEndpoint('http://[::1]/r')).to.equal('http://[::1]/r');
    expect(secureEndpoint('http://x.org/r')).to.equal(undefined);
    expect(secureEndpoint('HTTP://x.org/r')).to.equal(undefined);
    expect(secureEndpoint('/api/r', 'https://x.org/page')).to.equal('https://x.org/api/r');
    expect(secureEndpoint('/api/r', 'http://x.org/page')).to.equal(undefined);
    expect(secureEndpoint('javascript:alert(1)')).to.equal(undefined);
  });

  it('are refused before anything is sent when they are not', async () => {
    const referral = buildReferral({
      resourceId: 'a',
      recipient: 'A',
      fields: { ...defaultFields(), name: 'Sam', phone: '+44 161 000 0000', needs: 'food' },
      consentText: 'I agree',
      consentAt: new Date(),
      language: 'en',
      idempotencyKey: 'key-12345678',
    });
    const result = await sendReferral('http://referrals.example.org/api', referral);
    expect(result).to.deep.include({
      ok: false,
      kind: 'insecure',
      retryable: false,
      uncertain: false,
    });
  });
});
