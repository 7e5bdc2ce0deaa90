import { expect } from '@open-wc/testing';
import { parseFeedData } from '../../src/core/feed/read.js';
import { FeedStream } from '../../src/core/feed/stream.js';
import { categoryName, labelIn, taxonomyIndex } from '../../src/core/feed/taxonomy.js';
import { readTaxonomy } from '../../src/core/feed/read-taxonomy.js';
import { feedWarnings } from '../../src/core/feed/warnings.js';
import { WordIndexEngine } from '../../src/core/search/word-index.js';
import { computeFacets } from '../../src/core/filters/facets.js';

const source = async () =>
  (await fetch(new URL('../fixtures/feed-taxonomy.json', import.meta.url).href)).text();

describe('a feed’s own taxonomy', () => {
  it('keeps its good terms and reports each bad one where it is', async () => {
    const { taxonomy } = JSON.parse(await source()) as { taxonomy: unknown[] };
    const { terms, problems } = readTaxonomy(taxonomy);
    expect(terms.map((t) => t.id)).to.deep.equal([
      'food',
      'food-bank',
      'meals',
      'health',
      'medical-care',
      'social-support',
      'a',
      'b',
      'bad-tag',
    ]);
    expect(problems.map((p) => `${p.path}: ${p.code}`)).to.deep.equal([
      'taxonomy[8].id: term-id',
      'taxonomy[9].id: duplicate-id',
      'taxonomy[10].labels: empty',
      'taxonomy[11].labels.english!: language-tag',
      'taxonomy[5].parent: term-parent',
      'taxonomy[6].parent: term-parent',
    ]);
    // A parent that is not a term, and a loop, put the term at the top level (the loop is cut once).
    const index = taxonomyIndex(terms);
    expect(index.paths.get('social-support')).to.equal('social-support');
    expect(index.paths.get('a')).to.equal('a');
    expect(index.paths.get('b')).to.equal('a > b');
    expect(index.paths.get('food-bank')).to.equal('food > food-bank');
  });

  it('reads resources’ categories as paths of ids, and keeps what is not a term as written', async () => {
    const read = parseFeedData(JSON.parse(await source()));
    const categories = Object.fromEntries(read.resources.map((r) => [r.id, r.categories]));
    expect(categories).to.deep.equal({
      pantry: ['food > food-bank'],
      kitchen: ['food > meals', 'social-support'],
      clinic: ['health > medical-care', 'Outreach > Night patrols'],
      hotline: ['helpline'],
    });
    const unknown = read.problems.filter((p) => p.code === 'unknown-term');
    expect(unknown.map((p) => `${p.id} ${p.path}: ${p.message}`)).to.deep.equal([
      'clinic categories[1]: "Outreach > Night patrols" is not a term of the feed\'s taxonomy; it is shown as written',
      'hotline categories[0]: "helpline" is not a term of the feed\'s taxonomy; it is shown as written',
    ]);
    expect(read.meta.taxonomy).to.have.length(9);
  });

  it('reads a streamed feed whose taxonomy comes after its resources as the whole document', async () => {
    const text = await source();
    const whole = parseFeedData(JSON.parse(text));
    for (const size of [3, 64, 100_000]) {
      const bytes = new TextEncoder().encode(text);
      const stream = new FeedStream();
      for (let at = 0; at < bytes.length; at += size) stream.write(bytes.subarray(at, at + size));
      const read = stream.end();
      expect(read.ok).to.equal(true);
      if (!read.ok) continue;
      expect(read.result.resources).to.deep.equal(whole.resources);
      expect(read.result.meta).to.deep.equal(whole.meta);
      expect(read.result.relabelled).to.equal(true);
      expect(read.result.problems.map((p) => p.path).sort()).to.deep.equal(
        whole.problems.map((p) => p.path).sort(),
      );
    }
  });

  it('names a category in the visitor’s language, then the feed’s, then English', async () => {
    const { meta } = parseFeedData(JSON.parse(await source()));
    const index = taxonomyIndex(meta.taxonomy!, meta.language);
    expect(categoryName('food-bank', 'fr-CA', index)).to.equal('Banque alimentaire');
    expect(categoryName('food-bank', 'it', index)).to.equal('Banco alimentare');
    expect(categoryName('medical-care', 'it', index)).to.equal('Medical care'); // no Italian: the feed's language
    expect(categoryName('Night patrols', 'fr', index)).to.equal('Night patrols'); // not a term: as written
    expect(labelIn({ fr: 'Repas', es: 'Comidas' }, 'de', 'it')).to.equal('Repas'); // nothing closer: the first
    // The feed's language counts even when the same taxonomy was indexed before without it (search does that).
    const terms = [{ id: 'meals', labels: { en: 'Hot meals', fr: 'Repas' } }];
    expect(categoryName('meals', 'it', taxonomyIndex(terms))).to.equal('Hot meals');
    expect(categoryName('meals', 'it', taxonomyIndex(terms, 'fr'))).to.equal('Repas');
    expect(taxonomyIndex(terms, 'fr')).to.equal(taxonomyIndex(terms, 'fr')); // the same object, for the context
  });

  it('finds resources by their categories’ names in every language, and counts them by id', async () => {
    const { resources, meta } = parseFeedData(JSON.parse(await source()));
    const engine = new WordIndexEngine(resources, { taxonomy: meta.taxonomy! });
    expect(engine.searchSync('banque alimentaire')[0]!.resource.id).to.equal('pantry');
    expect(engine.searchSync('pasti caldi')[0]!.resource.id).to.equal('kitchen');
    expect(engine.searchSync('sante')[0]!.resource.id).to.equal('clinic'); // "Santé", without its accent
    const facets = computeFacets(resources, {}, new Date());
    expect(facets.categories.map((o) => `${o.value} (${o.count})`)).to.include.members([
      'food (2)',
      'food > food-bank (1)',
      'health > medical-care (1)',
    ]);
  });

  it('warns maintainers about categories named by a code, judging terms by their names', () => {
    const terms = readTaxonomy([
      { id: '102-06', labels: { en: 'Food pantry' } },
      { id: 'legal', labels: { en: '103-05-01' } },
    ]).terms;
    const index = taxonomyIndex(terms);
    const resources = [
      { id: 'a', name: 'A', categories: ['102-06'] },
      { id: 'b', name: 'B', categories: ['legal'] },
    ];
    const warnings = feedWarnings(resources, new Date(), 12, index);
    expect(warnings['code-category']).to.deep.equal(['b']);
  });
});
