import { expect } from '@open-wc/testing';
import { keyPressCounter, tripleKeyDetector } from '../../src/core/safety/triple-key.js';

describe('triple Shift detector', () => {
  it('fires on the third press within the time window', () => {
    const press = tripleKeyDetector();
    expect([press('Shift', 0), press('Shift', 300), press('Shift', 600)]).to.deep.equal([
      false,
      false,
      true,
    ]);
  });

  it('needs the presses within the time from the first one (5 s by default), then starts again', () => {
    const press = tripleKeyDetector({ within: 1000 });
    expect([press('Shift', 0), press('Shift', 600), press('Shift', 1200)]).to.deep.equal([
      false,
      false,
      false,
    ]);
    expect(press('Shift', 1500)).to.equal(false); // a new sequence started at 1200
    expect(press('Shift', 1700)).to.equal(true);
    const slow = tripleKeyDetector();
    expect([slow('Shift', 0), slow('Shift', 2500), slow('Shift', 4900)]).to.deep.equal([
      false,
      false,
      true,
    ]);
  });

  it('counts the presses, so that their progress can be announced', () => {
    const count = keyPressCounter();
    expect([
      count('Shift', 0),
      count('Shift', 100),
      count('a', 150),
      count('Shift', 200),
    ]).to.deep.equal([1, 2, 0, 1]);
  });

  it('is broken by another key, and not fooled by a held key', () => {
    const press = tripleKeyDetector();
    press('Shift', 0);
    press('Shift', 100);
    press('a', 150);
    expect(press('Shift', 200)).to.equal(false);
    const held = tripleKeyDetector();
    expect([
      held('Shift', 0),
      held('Shift', 30, true),
      held('Shift', 60, true),
      held('Shift', 90, true),
    ]).to.deep.equal([false, false, false, false]);
  });

  it('starts again after firing', () => {
    const press = tripleKeyDetector();
    press('Shift', 0);
    press('Shift', 100);
    expect(press('Shift', 200)).to.equal(true);
    expect(press('Shift', 300)).to.equal(false);
  });
});
