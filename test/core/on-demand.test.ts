import { expect } from '@open-wc/testing';
import { OnDemand } from '../../src/controllers/on-demand.js';

/** A host that counts the updates it is asked for. */
const host = () => {
  const h = {
    updates: 0,
    addController() {},
    removeController() {},
    requestUpdate() {
      h.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
  return h;
};

describe('code loaded on demand', () => {
  it('is asked for once, and the host updates when it arrives', async () => {
    const h = host();
    let fetched = 0;
    const code = new OnDemand(h, async () => {
      fetched++;
      return { answer: 42 };
    });
    expect(code.get()).to.equal(undefined);
    expect(code.get()).to.equal(undefined);
    expect((await code.load()).answer).to.equal(42);
    expect(code.get()?.answer).to.equal(42);
    expect(fetched).to.equal(1);
    expect(h.updates).to.equal(1);
  });

  it('after a failure, a render does not ask again (no endless loop); a visitor’s action does', async () => {
    const h = host();
    let fetched = 0;
    let fail = true;
    const code = new OnDemand(h, async () => {
      fetched++;
      if (fail) throw new TypeError('refused');
      return 'map';
    });
    code.get();
    await code.load().catch(() => undefined);
    expect(code.failed).to.equal(true);
    const before = fetched;
    for (let i = 0; i < 5; i++) expect(code.get()).to.equal(undefined);
    await Promise.resolve();
    expect(fetched).to.equal(before);
    fail = false;
    expect(await code.load()).to.equal('map');
    expect(code.failed).to.equal(false);
  });
});
