import { expect } from '@open-wc/testing';
import { mailtoHref, safeHref, telHref } from '../../src/core/text/links.js';
import { fold, highlight, tokenize } from '../../src/core/text/fold.js';
import { dateTimeFormat, listFormat, numberFormat } from '../../src/core/text/intl.js';

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
