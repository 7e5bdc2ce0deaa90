import { expect } from '@open-wc/testing';
import { parseFeedData } from '../../src/core/feed/read.js';
import type { Resource } from '../../src/core/feed/schema.js';
import { dangerOf, needsOf } from '../../src/core/search/needs.js';
import { WordIndexEngine, type SearchOptions } from '../../src/core/search/word-index.js';
import { editDistance, variants } from '../../src/core/search/words.js';

const names = (engine: WordIndexEngine, query: string, top = 5) =>
  engine
    .searchSync(query)
    .slice(0, top)
    .map((h) => h.resource.name);

function engineOf(
  records: Array<Partial<Resource> & { name: string }>,
  options: SearchOptions = {},
) {
  const resources = records.map((r, i) => ({ id: `r${i}`, ...r }) as Resource);
  return new WordIndexEngine(resources, options);
}

describe('the ranking', () => {
  it('makes every word optional, ranking what covers more of the query first', () => {
    const engine = engineOf([
      { name: 'Night Shelter', description: 'Beds for the night.' },
      { name: 'Harbour Shelter for Families', description: 'Rooms for families with children.' },
      { name: 'Family Law Clinic' },
    ]);
    // No service has "zebra": the others are still found.
    expect(names(engine, 'shelter zebra')).to.have.members([
      'Night Shelter',
      'Harbour Shelter for Families',
    ]);
    // Both words beat one.
    expect(names(engine, 'shelter families')[0]).to.equal('Harbour Shelter for Families');
  });

  it('is strict with mistyped short words, and never lets a near miss beat the word itself', () => {
    const engine = engineOf([
      { name: 'Rent Help Desk', description: 'Help paying rent.' },
      { name: 'Community Centre', description: 'A centre for all.' },
      { name: 'History Society' },
      { name: 'Bay Area Baby Bank', description: 'Nappies and baby clothes.' },
    ]);
    expect(names(engine, 'rent ')).to.deep.equal(['Rent Help Desk']); // not "centre"
    expect(names(engine, 'hits ')).to.deep.equal([]); // not "history"
    expect(names(engine, 'my ')).to.deep.equal([]); // two letters: whole words only
    expect(names(engine, 'baby ')[0]).to.equal('Bay Area Baby Bank');
    expect(editDistance('chidlcare', 'childcare', 2)).to.equal(1); // a transposition is one edit
    expect(editDistance('rent', 'centre', 1)).to.equal(2);
    expect(variants('shelters')).to.include('shelter');
    expect(variants('الطعام')).to.include('طعام');
  });

  it('finds the plural of a mistyped singular, and only as a near miss', () => {
    const engine = engineOf([
      { name: 'Youth Helplines', description: 'Phone lines for young people.' },
      { name: 'Helpline for Carers' },
      { name: 'Hairdressers Collective' },
    ]);
    // "helpine" is one letter short of "helpline": the plural "helplines" is found as well as the singular.
    expect(names(engine, 'helpine ')).to.have.members(['Youth Helplines', 'Helpline for Carers']);
    // The plural ending does not widen the edits allowed: "hairdresser" is far from "helpine".
    expect(names(engine, 'helpine ')).not.to.include('Hairdressers Collective');
  });

  it('counts rare words more than common ones', () => {
    const common = Array.from({ length: 30 }, (_, i) => ({
      name: `Care Service ${i}`,
      description: 'Care services for the community.',
    }));
    const engine = engineOf([...common, { name: 'Dental Service', description: 'Dental care.' }]);
    expect(names(engine, 'dental care', 1)).to.deep.equal(['Dental Service']);
    expect(names(engine, 'care dental', 1)).to.deep.equal(['Dental Service']);
  });

  it('ranks first a name holding the query’s words side by side, in order (a partial organization name)', () => {
    const engine = engineOf([
      {
        name: 'Family Service Center',
        organization: 'Peninsula Health',
        description: 'Family services.',
      },
      { name: 'Counseling', organization: 'Peninsula Family Service' },
      { name: 'Peninsula Youth Family Programs' },
    ]);
    expect(names(engine, 'peninsula family', 1)).to.deep.equal(['Counseling']);
  });

  it('widens a query that says a need, across languages, below what was typed', () => {
    const engine = engineOf([
      { name: 'Riverside Food Pantry', categories: ['Food > Food Pantry'] },
      { name: 'Winter Night Shelter', categories: ['Housing > Emergency Shelter'] },
      { name: 'Sleep Medicine Center', description: 'Sleep disorders clinic.' },
      { name: 'Banque alimentaire du quartier', categories: ['Alimentation'] },
    ]);
    expect(needsOf('je cherche à manger').map((n) => n.need.id)).to.deep.equal(['food']);
    expect(names(engine, 'je cherche à manger')).to.include.members([
      'Riverside Food Pantry',
      'Banque alimentaire du quartier',
    ]);
    expect(names(engine, 'somewhere to sleep tonight', 1)).to.deep.equal(['Winter Night Shelter']);
    expect(names(engine, 'طعام', 2)).to.include('Riverside Food Pantry');
    // What was typed counts more than the words it was widened to.
    expect(names(engine, 'banque alimentaire', 1)).to.deep.equal([
      'Banque alimentaire du quartier',
    ]);
  });

  it('takes a feed’s own words for needs, and its categories by id', () => {
    const { resources, meta } = parseFeedData({
      taxonomy: [{ id: 'tafel', labels: { de: 'Tafel', en: 'Food bank' } }],
      needs: {
        food: { says: ['lebensmittel'], finds: ['tafel'] },
        'bike-repair': { says: ['flat tyre'], finds: ['bicycle'] },
      },
      resources: [
        { id: 'a', name: 'Ausgabestelle Nord', categories: ['tafel'] },
        { id: 'b', name: 'Community Workshop', description: 'Bicycle repairs on Saturdays.' },
        { id: 'c', name: 'Library' },
      ],
    });
    expect(meta.needs).to.have.keys(['food', 'bike-repair']);
    const engine = new WordIndexEngine(resources, { taxonomy: meta.taxonomy!, needs: meta.needs! });
    expect(engine.searchSync('lebensmittel').map((h) => h.resource.id)).to.deep.equal(['a']);
    expect(engine.searchSync('i am hungry')[0]!.resource.id).to.equal('a'); // shipped words, feed's category
    expect(engine.searchSync('flat tyre').map((h) => h.resource.id)).to.deep.equal(['b']);
  });

  it('hears a person in danger now, in five languages, and not a search about the topic', () => {
    const danger: Array<[string, string]> = [
      ['i want to end my life', 'suicide'],
      ['I feel like ending my life', 'suicide'],
      ['thinking about suicide', 'suicide'],
      ['je veux mourir', 'suicide'],
      ['voglio farla finita', 'suicide'],
      ['quiero quitarme la vida', 'suicide'],
      ['أريد أن أموت', 'suicide'],
      ['my partner hurts me', 'violence'],
      ['my husband hits me', 'violence'],
      ['mon mari me frappe', 'violence'],
      ['mio marito mi picchia', 'violence'],
      ['mi pareja me pega', 'violence'],
      ['زوجي يضربني', 'violence'],
      ['my child is being abused', 'child-at-risk'],
      ['enfant en danger', 'child-at-risk'],
    ];
    for (const [query, need] of danger) expect(dangerOf(query)?.id, query).to.equal(need);
    const everyday = [
      'housing crisis center',
      'suicide prevention training',
      'domestic violence',
      'violence conjugale formation',
      'crisis',
      'life skills',
      'help with rent',
      'child care',
      'hits of the 80s',
    ];
    for (const query of everyday) expect(dangerOf(query), query).to.equal(undefined);
  });

  it('brings crisis lines first for a person in danger, whatever else matches', () => {
    const engine = engineOf([
      { name: 'Life Skills Workshop', description: 'Cooking and budgeting for everyday life.' },
      {
        name: 'Listening Line',
        categories: ['Helplines'],
        description: 'A crisis line, day and night.',
      },
      { name: 'Pro Life Society' },
    ]);
    expect(names(engine, 'i want to end my life', 1)).to.deep.equal(['Listening Line']);
  });

  it('corrects the words a directory does not have to the nearest it has, the most common first', () => {
    const engine = engineOf([
      { name: 'Riverside Food Bank' },
      { name: 'Food Pantry' },
      { name: 'Fond de solidarité' },
    ]);
    // "bnak" is found as "bank" (two letters swapped); "fod" (three letters) only as a correction.
    expect(engine.searchSync('fod bnak').map((h) => h.resource.name)).to.deep.equal([
      'Riverside Food Bank',
    ]);
    return engine.correct('fod bnak').then((corrected) => {
      expect(corrected).to.equal('food bank');
      return engine.correct('zzqxw').then((none) => expect(none).to.equal(undefined));
    });
  });
});
