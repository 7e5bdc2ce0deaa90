// A spreadsheet as the finder's feed (src="directory.csv"), and the validator on spreadsheets, in Chromium.
import { expect } from '@open-wc/testing';
import '../src/define.js';
import type { RfFeedLoadEvent } from '../src/index.js';
import { $, cli, feedStatus, finderFrom, fixture, seen, shownNames } from './helpers.js';

afterEach(() => document.querySelectorAll('resource-finder').forEach((el) => el.remove()));

describe('<resource-finder src="directory.csv">', () => {
  it('shows the rows of a spreadsheet as resources, and tells the maintainer the row and column of each problem', async () => {
    const { el, load } = await finderFrom(fixture('sheet-bad-rows.csv'), { showProblems: true });
    expect(load.type).to.equal('rf-feed-load');
    expect((load as RfFeedLoadEvent).detail).to.deep.include({ total: 5, accepted: 4 });
    expect(shownNames(el)).to.have.members([
      'Good Food Bank',
      'Shelter "La Maison"',
      'Legal Aid Clinic',
      'Peer Support Group',
    ]);
    const note = $(feedStatus(el), '[part="problems"]');
    expect(seen(note)).to.contain('1 of 5 records could not be shown');
    note.querySelector('summary')!.click();
    expect(seen(note)).to.contain('row 4 (nameless-org), Name: is required');
    expect(seen(note)).to.contain(
      'row 5 (legal-aid-clinic), Free: "maybe" is neither yes nor no; it is left out',
    );
    await expect(el).to.be.accessible();
  });

  it('tells a French maintainer the row in French', async () => {
    const { el } = await finderFrom(fixture('sheet-bad-rows.csv'), {
      showProblems: true,
      lang: 'fr',
    });
    const note = $(feedStatus(el), '[part="problems"]');
    note.querySelector('summary')!.click();
    expect(seen(note)).to.contain(
      'ligne 5 (legal-aid-clinic), Free : « maybe » n’est ni oui ni non ; la valeur est ignorée',
    );
  });

  it('loads the one-sheet template, its hours read as opening hours', async () => {
    const { el } = await finderFrom('/docs/one-sheet-template.csv');
    expect(shownNames(el)).to.have.members(['Example Food Pantry', 'Example Helpline']);
  });
});

describe('resource-finder validate on spreadsheets', () => {
  it('reports a sheet by row and column, and exits 1', async () => {
    const run = await cli('validate', 'test/fixtures/sheet-bad-rows.csv');
    expect(run.code).to.equal(1);
    expect(run.stdout).to.contain('Format: spreadsheet (one row per resource)');
    expect(run.stdout).to.contain('Records: 5 · accepted 4 · rejected 1');
    expect(run.stdout).to.contain(
      '  row 1, column Notes for staff: is not a column the finder reads',
    );
    expect(run.stdout).to.contain(
      '  row 5 (id legal-aid-clinic), column Website: must be an http(s) URL',
    );
  });

  it('reads HSDS tables from a folder, and converts them', async () => {
    const run = await cli('validate', 'test/fixtures/hsds/csv');
    expect(run.stdout).to.contain('Format: Open Referral HSDS 3.0');
    expect(run.stdout).to.contain('Records: 1 · accepted 1 · rejected 0');
    const converted = await cli('convert', 'test/fixtures/hsds/csv', '-o', '-');
    expect(converted.code).to.equal(0);
    const feed = JSON.parse(converted.stdout) as { resources: Array<{ name: string }> };
    expect(feed.resources.map((r) => r.name)).to.deep.equal(['Community Counselling']);
  });
});
