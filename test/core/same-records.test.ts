import { expect } from '@open-wc/testing';
import { runSteps } from '../../src/core/steps/steps.js';
import { sameRecordsSteps, sameValue } from '../../src/core/feed/same-records.js';

const records = [
  {
    id: 'a',
    name: 'A',
    phones: [{ number: '115' }],
    hours: { timezone: 'Europe/Paris', weekly: [] },
  },
  { id: 'b', name: 'B', categories: ['Food', 'Housing > Shelter'] },
];
const same = (a: unknown[], b: unknown[]) => runSteps(sameRecordsSteps(a, b));

describe('sameRecords', () => {
  it('sees the same records in a new array of new objects', () => {
    expect(same(records, structuredClone(records))).to.equal(true);
    expect(same(records, [...records])).to.equal(true);
  });

  it('sees any change: a value, a key, the order, the length, a nested list', () => {
    const changed = structuredClone(records);
    changed[1]!.categories![1] = 'Housing';
    expect(same(records, changed)).to.equal(false);
    expect(same(records, [records[1], records[0]])).to.equal(false);
    expect(same(records, records.slice(0, 1))).to.equal(false);
    expect(same(records, [{ ...records[0], extra: 1 }, records[1]])).to.equal(false);
    expect(sameValue({ a: undefined }, { b: undefined })).to.equal(false);
    expect(sameValue([1, 2], { 0: 1, 1: 2 })).to.equal(false);
  });

  it('compares a long list in steps', () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({ id: `r${i}`, name: `R ${i}` }));
    const steps = sameRecordsSteps(many, structuredClone(many));
    let yields = 0;
    let step = steps.next();
    while (!step.done) {
      yields += 1;
      step = steps.next();
    }
    expect(step.value).to.equal(true);
    expect(yields).to.be.greaterThan(1);
  });
});
