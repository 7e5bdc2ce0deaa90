import { expect, fixture as mount, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { LANGUAGES, en, loadMessages, messagesFor, type Messages } from '../../src/i18n/index.js';
import type { ResourceFinder, RfResourceCard } from '../../src/index.js';
import { PROBLEM_CODES } from '../../src/core/feed/problems.js';
import {
  $,
  $$,
  checkbox,
  expandCategory,
  filtersOf,
  fixture,
  seen,
  seenDeep,
  settled,
  shownNames,
} from '../helpers.js';

/** Every key path of a catalogue, with the kind of value (functions and strings must line up). */
function shape(value: unknown, path = ''): string[] {
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => shape(v, path ? `${path}.${k}` : k));
  return [`${path}:${typeof value}`];
}

/** All text in an element and its open shadow roots, shown or not (nothing anywhere may read "undefined"). */
function allText(node: Node): string {
  let out = '';
  if (node instanceof Element && node.shadowRoot) out += allText(node.shadowRoot);
  for (const child of node.childNodes)
    out += child.nodeType === Node.TEXT_NODE ? child.nodeValue : allText(child);
  return out;
}

const feed = [
  {
    id: 'a',
    name: 'Banque alimentaire',
    description: 'Colis chaque semaine.',
    categories: ['Alimentation'],
    languages: ['fr', 'ar'],
    cost: { free: true },
    eligibility: { minAge: 18, audiences: ['families'] },
    hours: { timezone: 'Europe/Paris', weekly: [{ day: 'mo', opens: '09:00', closes: '12:00' }] },
    lastVerified: '2026-10-01',
    referral: { accepts: true },
    translations: {
      en: { name: 'Food bank', description: 'Food parcels every week.' },
      ar: { name: 'بنك الطعام' },
    },
  },
  {
    id: 'b',
    name: 'Halte de nuit',
    categories: ['Hébergement'],
    delivery: ['in-person', 'online'],
  },
];

describe('languages', () => {
  it('has every message in every locale (no missing key, same kinds)', async () => {
    const reference = shape(en).sort();
    for (const code of LANGUAGES) {
      const messages = await loadMessages(code);
      expect(shape({ ...messages, problems: {} }).sort(), code).to.deep.equal(reference);
      // Every problem in the data is phrased in each language; English reads the problems' own messages.
      expect(Object.keys(messages.problems).sort(), code).to.deep.equal(
        code === 'en' ? [] : [...PROBLEM_CODES].sort(),
      );
    }
    expect(LANGUAGES).to.deep.equal(['en', 'fr', 'it', 'es', 'ar']);
  });

  for (const code of ['en', 'fr', 'it', 'es', 'ar']) {
    it(`renders the finder in ${code} with nothing missing`, async () => {
      const m: Messages = await loadMessages(code);
      const el = await mount<ResourceFinder>(
        html`<resource-finder lang=${code} .resources=${feed}></resource-finder>`,
      );
      await settled(el);
      expect(seen($($(el, 'rf-search-box'), 'label'))).to.equal(m.searchLabel);
      expect(seen($($(el, 'rf-results'), '#results-heading'))).to.equal(m.resultsHeading);
      expect(allText(el)).not.to.match(/undefined|NaN|\[object Object\]/);
      const text = seenDeep(el);
      expect(text).to.contain(m.groupLabels.categories);
      expect(text).to.contain(m.referral.requestAction);
      await expect(el).to.be.accessible();
    });
  }

  it('lays Arabic out right to left', async () => {
    const el = await mount<ResourceFinder>(
      html`<resource-finder lang="ar" .resources=${feed}></resource-finder>`,
    );
    await settled(el);
    const root = $(el, '.root');
    expect(root.getAttribute('dir')).to.equal('rtl');
    const results = $(el, 'rf-results');
    expect(getComputedStyle($(results, '[part="list"]')).direction).to.equal('rtl');
    // The filters column sits on the right, the results on the left.
    const filters = $(el, 'rf-filters').getBoundingClientRect();
    expect(filters.left).to.be.greaterThan(results.getBoundingClientRect().left);
    // The search icon is at the inline start: the right.
    const box = $(el, 'rf-search-box');
    const input = $(box, 'input').getBoundingClientRect();
    expect($(box, '.icon').getBoundingClientRect().left).to.be.greaterThan(
      input.left + input.width / 2,
    );
    expect(shownNames(el)).to.include('بنك الطعام');
  });

  it('keeps feed text in its own direction inside a right-to-left page, and numbers left to right', async () => {
    const phoned = [
      {
        ...feed[1],
        phones: [{ number: '+33 4 78 00 99 10' }],
        description: 'Accueil de nuit.',
        address: { street: '326 rue Garibaldi', locality: 'Lyon' },
      },
    ];
    const el = await mount<ResourceFinder>(
      html`<resource-finder lang="ar" .resources=${phoned}></resource-finder>`,
    );
    await settled(el);
    const card = $<RfResourceCard>($(el, 'rf-results'), 'rf-resource-card');
    // The number at a glance reads left to right; the Call action is a word of the page's language.
    expect(seen($(card, '.glance .number'))).to.equal('+33 4 78 00 99 10');
    expect(getComputedStyle($(card, '.glance .number')).direction).to.equal('ltr');
    expect(getComputedStyle($(card, 'a[href^="tel:"]')).direction).to.equal('rtl');
    expect(getComputedStyle($(card, '.description .text')).direction).to.equal('ltr'); // French text, dir=auto
    // The address keeps its own direction inside, and its row the page's alignment (to the right in Arabic).
    $(card, '[part="toggle"]').click();
    await card.updateComplete;
    expect(getComputedStyle($(card, 'dd a[href^="tel:"]')).direction).to.equal('ltr');
    const address = $(card, 'dd bdi');
    expect(getComputedStyle(address).direction).to.equal('ltr');
    expect(getComputedStyle(address.parentElement!).direction).to.equal('rtl');
    expect(seen(address)).to.equal('326 rue Garibaldi, Lyon');
    expect(getComputedStyle($(card, 'article')).direction).to.equal('rtl');
  });

  it('follows the page language when the element has none', async () => {
    const previous = document.documentElement.lang;
    document.documentElement.lang = 'it';
    try {
      const el = await mount<ResourceFinder>(
        html`<resource-finder .resources=${feed}></resource-finder>`,
      );
      await settled(el);
      expect(seen($($(el, 'rf-search-box'), 'label'))).to.equal('Cerca un aiuto');
    } finally {
      document.documentElement.lang = previous;
    }
  });

  it('shows and searches the feed’s own translations in the visitor’s language', async () => {
    const el = await mount<ResourceFinder>(
      html`<resource-finder lang="en" .resources=${feed}></resource-finder>`,
    );
    await settled(el);
    expect(shownNames(el)).to.deep.equal(['Food bank', 'Halte de nuit']);
    const card = $<RfResourceCard>($(el, 'rf-results'), 'rf-resource-card');
    expect(seen($(card, '.description'))).to.equal('Food parcels every week.');
    el.shadowRoot!.querySelector('rf-search-box')!.dispatchEvent(
      new CustomEvent('rf-query-change', {
        detail: { query: 'parcels' },
        bubbles: true,
        composed: true,
      }),
    );
    await settled(el);
    expect(shownNames(el)).to.deep.equal(['Food bank']);
  });

  it('lets a host override any message, including one of a group', async () => {
    await loadMessages('fr');
    const m = messagesFor('fr', {
      searchLabel: 'Trouver',
      referral: { send: 'Envoyer !' },
    });
    expect(m.searchLabel).to.equal('Trouver');
    expect(m.referral.send).to.equal('Envoyer !');
    expect(m.referral.requestAction).to.equal('Demander une orientation');
    // A list is replaced, not merged: a host offers its own common needs.
    expect(messagesFor('fr', { quickPicks: ['Logement', 'Santé'] }).quickPicks).to.deep.equal([
      'Logement',
      'Santé',
    ]);
    // A language with no catalogue reads in English; a region reads in its language.
    expect(messagesFor('pt-BR')).to.equal(en);
    expect(messagesFor('fr-CA').searchLabel).to.equal('Rechercher une aide');
  });

  it('uses each language’s plural rules', async () => {
    await Promise.all([loadMessages('ar'), loadMessages('fr')]);
    const count = (lang: string, n: number) => messagesFor(lang).resultCount(n, String(n));
    expect([0, 1, 2, 3, 11, 100].map((n) => count('ar', n))).to.deep.equal([
      'لم يُعثر على أي خدمة',
      'خدمة واحدة',
      'خدمتان',
      '3 خدمات',
      '11 خدمة',
      '100 خدمة',
    ]);
    expect([1, 2].map((n) => count('fr', n))).to.deep.equal(['1 ressource', '2 ressources']);
  });
});

describe('categories from the feed’s taxonomy', () => {
  it('are named in the visitor’s language, and changing it keeps what was chosen (and the link)', async () => {
    const el = await mount<ResourceFinder>(
      html`<resource-finder
        lang="fr"
        sync-url
        src=${fixture('feed-taxonomy.json')}
      ></resource-finder>`,
    );
    await settled(el);
    const filters = filtersOf(el);
    // Top level first, by name in French; an id that is not a term is shown as written.
    const topLevel = () =>
      $$<HTMLLabelElement>(filters, 'li.depth-0 label .name').map((n) => seen(n));
    expect(topLevel()).to.include.ordered.members(['Accompagnement social', 'Alimentation']);
    expect(topLevel()).to.include('helpline');
    await expandCategory(filters, 'Alimentation');
    checkbox(filters, 'Banque alimentaire').click();
    await settled(el);
    expect(seenDeep($(el, 'rf-results'))).to.contain('Riverside Pantry');
    expect(seen($(filters, '.chips'))).to.contain('Alimentation › Banque alimentaire');
    // The link names the category by its id, the same in every language.
    expect(new URLSearchParams(location.search).getAll('rf-categories')).to.deep.equal([
      'food > food-bank',
    ]);
    el.lang = 'it';
    await settled(el);
    expect(checkbox(filters, 'Banco alimentare').checked).to.equal(true);
    const card = $<RfResourceCard>($(el, 'rf-results'), 'rf-resource-card');
    expect(seen($(card, '.badges'))).to.contain('Banco alimentare');
    // Searching in another language finds the category by its name there.
    el.lang = 'en';
    el.filters = {};
    await settled(el);
    el.query = 'repas';
    await settled(el);
    await waitUntil(() => seenDeep($(el, 'rf-results')).includes('Soup Kitchen'));
    history.replaceState(null, '', location.pathname);
  });
});
