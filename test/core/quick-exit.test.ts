import { expect } from '@open-wc/testing';
import { tripleKeyDetector } from '../../src/core/safety/triple-key.js';

describe('triple Shift detector', () => {
  it('fires on the third press within the time window', () => {
    const press = tripleKeyDetector();
    expect([press('Shift', 0), press('Shift', 300), press('Shift', 600)]).to.deep.equal([
      false,
      false,
      true,
    ]);
  });

  it('needs the presses close together', () => {
    const press = tripleKeyDetector({ within: 1000 });
    expect([press('Shift', 0), press('Shift', 600), press('Shift', 1200)]).to.deep.equal([
      false,
      false,
      false,
    ]);
    expect(press('Shift', 1500)).to.equal(true); // 600, 1200, 1500 are within a second
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
