import { expect } from '@open-wc/testing';
import { mailtoHref, safeHref, telHref } from '../../src/core/text/links.js';
import { fold, highlight, tokenize } from '../../src/core/text/fold.js';
import { dateTimeFormat, listFormat, numberFormat } from '../../src/core/text/intl.js';
import { clockTime, formatAddress, weekdayName, zoneName } from '../../src/core/text/format.js';
import { languageName, loadMessages } from '../../src/i18n/index.js';

describe('fold and tokenize', () => {
  it('removes case and diacritics, including ligatures', () => {
    expect(fold('Hébergement d’URGENCE')).to.equal('hebergement d’urgence');
    expect(fold('Società')).to.equal('societa');
    expect(fold('Restos du Cœur')).to.equal('restos du coeur');
    expect(fold('Straße')).to.equal('strasse');
  });

  it('splits into words of letters and digits in any script', () => {
    expect(tokenize("Hébergement d'urgence, 24h/24 — مساعدة")).to.deep.equal([
      'hebergement',
      'd',
      'urgence',
      '24h',
      '24',
      'مساعدة',
    ]);
  });
});

describe('highlight', () => {
  it('marks the words whose folded form matched, keeping the original text', () => {
    const segments = highlight('Hébergement d’urgence à Lyon', new Set(['hebergement', 'lyon']));
    expect(segments).to.deep.equal([
      { text: 'Hébergement', match: true },
      { text: ' d’urgence à ', match: false },
      { text: 'Lyon', match: true },
    ]);
    expect(segments.map((s) => s.text).join('')).to.equal('Hébergement d’urgence à Lyon');
  });

  it('treats markup in the text as text', () => {
    const segments = highlight('<b>food</b> bank', ['food']);
    expect(segments.map((s) => s.text).join('')).to.equal('<b>food</b> bank');
    expect(segments.find((s) => s.match)?.text).to.equal('food');
  });

  it('returns one plain segment when nothing is to be marked', () => {
    expect(highlight('Food bank', [])).to.deep.equal([{ text: 'Food bank', match: false }]);
  });
});

describe('links', () => {
  it('accepts http, https, tel and mailto only', () => {
    expect(safeHref('https://example.org/a')).to.equal('https://example.org/a');
    expect(safeHref('http://example.org')).to.equal('http://example.org/');
    expect(safeHref('tel:+331234')).to.equal('tel:+331234');
    expect(safeHref('mailto:a@b.co')).to.equal('mailto:a@b.co');
    expect(safeHref('javascript:alert(1)')).to.equal(undefined);
    expect(safeHref(' JaVaScRiPt:alert(1)')).to.equal(undefined);
    expect(safeHref('data:text/html,<script>alert(1)</script>')).to.equal(undefined);
    expect(safeHref('vbscript:x')).to.equal(undefined);
    expect(safeHref('/relative')).to.equal(undefined);
  });

  it('builds tel: and mailto: links from what people write', () => {
    expect(telHref('+33 4 78 00 12 34')).to.equal('tel:+33478001234');
    expect(telHref('(650) 555-0100')).to.equal('tel:6505550100');
    expect(telHref('call us')).to.equal(undefined);
    expect(mailtoHref('help@example.org')).to.equal('mailto:help@example.org');
    expect(mailtoHref('not an address')).to.equal(undefined);
  });
});

describe('shared Intl formatters', () => {
  it('are built once per language and options, and format in that language', () => {
    expect(numberFormat('fr')).to.equal(numberFormat('fr'));
    expect(numberFormat('fr')).not.to.equal(numberFormat('en'));
    expect(numberFormat('fr', { style: 'percent' })).not.to.equal(numberFormat('fr'));
    expect(numberFormat('fr').format(1234.5).replace(/\s/gu, ' ')).to.equal('1 234,5');
    expect(numberFormat('ar-EG').format(12)).to.equal('١٢');
    expect(listFormat('en', { type: 'conjunction' }).format(['a', 'b', 'c'])).to.equal(
      'a, b, and c',
    );
    const date = new Date('2026-02-03T00:00:00Z');
    expect(dateTimeFormat('fr', { dateStyle: 'medium', timeZone: 'UTC' }).format(date)).to.equal(
      '3 févr. 2026',
    );
  });

  it('throw for a malformed language, as Intl does, and keep nothing for it', () => {
    expect(() => numberFormat('not a language!')).to.throw(RangeError);
    expect(() => numberFormat('not a language!')).to.throw(RangeError);
  });
});

describe('contact details as their place writes them', () => {
  it('writes an address in its country’s order', () => {
    expect(
      formatAddress({
        street: '740 Del Monte Avenue',
        postalCode: '94080',
        locality: 'South San Francisco',
        region: 'CA',
        country: 'US',
      }),
    ).to.equal('740 Del Monte Avenue, South San Francisco, CA 94080');
    expect(
      formatAddress({
        street: '1 High Street',
        postalCode: 'M4 5AD',
        locality: 'Manchester',
        country: 'GB',
      }),
    ).to.equal('1 High Street, Manchester, M4 5AD');
    expect(
      formatAddress({
        street: '12 rue de Marseille',
        postalCode: '69007',
        locality: 'Lyon',
        region: 'Auvergne-Rhône-Alpes',
        country: 'FR',
      }),
    ).to.equal('12 rue de Marseille, 69007 Lyon');
    expect(
      formatAddress({
        street: 'Via Roma 1',
        postalCode: '00184',
        locality: 'Roma',
        region: 'RM',
        country: 'IT',
      }),
    ).to.equal('Via Roma 1, 00184 Roma (RM)');
    expect(
      formatAddress({ street: 'Main St 1', postalCode: '123', locality: 'Town', region: 'North' }),
    ).to.equal('Main St 1, 123 Town, North');
  });

  it('gives times on the visitor’s clock, weekdays and time zones by name', async () => {
    expect(clockTime('18:00', 'en-US')).to.equal('6:00 PM');
    expect(clockTime('18:00', 'fr')).to.equal('18:00');
    expect(weekdayName('mo', 'fr')).to.equal('lundi');
    expect(weekdayName('su', 'en')).to.equal('Sunday');
    expect(zoneName('Europe/Paris', 'en')).to.equal('Central European Time');
    expect(zoneName('Europe/Paris', 'en')).not.to.contain('/');
    expect(languageName('sgn', 'en')).to.equal('Sign language');
    // In the visitor's language once its catalogue has arrived (English until then).
    expect(languageName('ase', 'fr')).to.equal('Sign language');
    await loadMessages('fr');
    expect(languageName('ase', 'fr')).to.equal('Langue des signes');
  });
});
