// Spreadsheet feeds: HSDS 3.0's tabular form and the one-sheet layout, read from the real files the tests serve.
import { expect } from '@open-wc/testing';
import { zipSync } from 'fflate';
import { parseFeedData } from '../../src/core/feed/read.js';
import { runSteps } from '../../src/core/steps/steps.js';
import { parseFeedFiles, tabularSteps, type FeedFile } from '../../src/core/csv/spreadsheet.js';
import { hsdsFromTables, type HsdsTables } from '../../src/core/csv/hsds-tables.js';
import { readTable, separatorOf } from '../../src/core/csv/table.js';
import { readWrittenHours } from '../../src/core/hours/written.js';
import { loadFeed } from '../../src/core/edge/load-feed.js';
import type { Resource } from '../../src/core/feed/schema.js';
import { fixture } from '../helpers.js';

const TABLES = [
  'accessibility',
  'addresses',
  'attributes',
  'contacts',
  'cost_options',
  'funding',
  'languages',
  'locations',
  'meta_table_descriptions',
  'metadata',
  'organization_identifiers',
  'organizations',
  'phones',
  'programs',
  'required_documents',
  'schedules',
  'service_areas',
  'service_at_location',
  'services',
  'taxonomies',
  'taxonomy_terms',
];
const options = { timeZone: 'Europe/London' };
const csvUrl = (table: string) => fixture(`hsds/csv/${table}.csv`);
const bytes = async (url: string) => new Uint8Array(await (await fetch(url)).arrayBuffer());
const hsdsCsvFiles = (): Promise<FeedFile[]> =>
  Promise.all(TABLES.map(async (t) => ({ name: `${t}.csv`, bytes: await bytes(csvUrl(t)) })));
const json = async (name: string): Promise<unknown> => (await fetch(fixture(name))).json();

describe('HSDS 3.0 tabular form (CSV)', () => {
  it('reads the official CSV examples to the same resources as their JSON form', async () => {
    const fromCsv = runSteps(tabularSteps(await hsdsCsvFiles(), options));
    expect(fromCsv.format).to.equal('hsds');
    expect(fromCsv.resources).to.have.length(1);
    // The same tables as JSON (tabular.json, typed values): the same resources, the same problems.
    const tables = (await json('hsds/official-tabular.json')) as HsdsTables;
    const fromJsonTables = parseFeedData(hsdsFromTables(tables), 'hsds', options);
    expect(fromCsv.resources).to.deep.equal(fromJsonTables.resources);
    expect(fromCsv.problems).to.deep.equal(fromJsonTables.problems);
    // The nested JSON (service_full.json): the same resource, field by field, but for its category. The example's
    // attributes.csv links its taxonomy term to f28dd44b-..., which names no row of any table, so the CSV form gives
    // the service no category; the nested example puts the same attribute on the service.
    const full = parseFeedData(await json('hsds/official-service_full.json'), 'hsds', options);
    const [csvResource] = fromCsv.resources as [Resource];
    const [{ categories, ...fullResource }] = full.resources as [Resource];
    expect(categories).to.deep.equal(['name']);
    expect(csvResource).to.deep.equal(fullResource);
    expect(csvResource.hours?.weekly.map((o) => o.day)).to.deep.equal(['th', 'fr']);
    expect(csvResource.phones).to.deep.equal([{ number: '+44 1234 234567', label: 'ext. 100' }]);
    expect(fromCsv.problems.map((p) => p.message)).to.deep.equal(
      full.problems.map((p) => p.message),
    );
  });

  it('reads the same from a zip of the tables, and from a list of their URLs', async () => {
    const files = await hsdsCsvFiles();
    const expected = runSteps(tabularSteps(files, options)).resources;
    const zip = zipSync(Object.fromEntries(files.map((f) => [`hsds/${f.name}`, f.bytes])));
    const fromZip = parseFeedFiles([{ name: 'hsds.zip', bytes: zip }], 'auto', options);
    expect(fromZip.ok && fromZip.resources).to.deep.equal(expected);
    // Loaded over the network, as the finder loads them: the zip from a URL, then the CSV files' URLs.
    const zipUrl = URL.createObjectURL(new Blob([zip], { type: 'application/zip' }));
    const loadedZip = await loadFeed(zipUrl, options);
    URL.revokeObjectURL(zipUrl);
    expect(loadedZip.ok && loadedZip.resources).to.deep.equal(expected);
    const loadedList = await loadFeed(TABLES.map(csvUrl).join(' '), options);
    expect(loadedList.ok && loadedList.format).to.equal('hsds');
    expect(loadedList.ok && loadedList.resources).to.deep.equal(expected);
  });

  it('says why when a zip cannot be opened or no services table is given', () => {
    const broken = parseFeedFiles(
      [{ name: 'x.zip', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) }],
      'auto',
      options,
    );
    expect('error' in broken && broken.error.kind).to.equal('empty');
    expect('error' in broken && broken.error.problems?.[0]?.message).to.match(
      /^cannot be read: the zip archive cannot be opened/,
    );
    const encode = (s: string) => new TextEncoder().encode(s);
    const noServices = parseFeedFiles(
      [
        { name: 'phones.csv', bytes: encode('id,number\n1,555\n') },
        { name: 'locations.csv', bytes: encode('id,name\n1,Hall\n') },
      ],
      'auto',
      options,
    );
    expect('error' in noServices && noServices.error.problems?.[0]?.message).to.contain(
      "none is HSDS's services table (services.csv)",
    );
  });
});

describe('the one-sheet layout', () => {
  it('reads the template in docs/ with no problem', async () => {
    const read = parseFeedFiles(
      [{ name: 'one-sheet-template.csv', bytes: await bytes('/docs/one-sheet-template.csv') }],
      'auto',
      options,
    );
    expect(read.ok && read.problems).to.deep.equal([]);
    expect(read.ok && read.format).to.equal('csv');
    const [pantry, helpline] = (read.ok ? read.resources : []) as [Resource, Resource];
    expect(pantry).to.deep.include({
      id: 'example-food-pantry',
      name: 'Example Food Pantry',
      description: 'Free groceries once a week, no questions asked.\nBring a bag if you can.',
      categories: ['Food', 'Food > Groceries'],
      languages: ['en', 'es'],
      cost: { free: true },
      accessibility: ['wheelchair', 'step-free'],
      delivery: ['in-person'],
      coordinates: { lat: 40.7128, lng: -74.006 },
      lastVerified: '2026-11-02',
      confidential: false,
    });
    expect(pantry.phones).to.deep.equal([
      { number: '+1 555 0100' },
      { number: '+1 555 0101', label: 'Text line' },
    ]);
    expect(pantry.hours).to.deep.equal({
      timezone: 'America/New_York',
      weekly: [
        ...['mo', 'tu', 'we', 'th', 'fr'].map((day) => ({ day, opens: '09:00', closes: '17:00' })),
        { day: 'sa', opens: '10:00', closes: '12:00' },
      ],
      notes: 'Closed on public holidays.',
    });
    expect(helpline.hours?.weekly).to.have.length(7);
    expect(helpline.eligibility).to.deep.equal({ minAge: 16 });
    expect(helpline.delivery).to.deep.equal(['phone', 'online']);
  });

  it('the template with bad rows added: each problem by row and column, every good row kept', async () => {
    const template = new TextDecoder().decode(await bytes('/docs/one-sheet-template.csv'));
    // Rows 4 to 6: the template's two resources are rows 2 and 3 (a cell's line break does not make a row).
    const columns = template.split('\n', 1)[0]!.split(',');
    const row = (cells: Record<string, string>) => columns.map((c) => cells[c] ?? '').join(',');
    const sheet = [
      template.trimEnd(),
      row({ name: 'Night shelter', phone: 'call us', hours: 'Mo-Su 20:00-08:00' }),
      row({ organization: 'No name here', email: 'nobody@example.org' }),
      row({
        name: 'Legal clinic',
        'last verified': '2026-13-01',
        latitude: '45.7',
        free: 'perhaps',
      }),
    ].join('\n');
    const read = parseFeedFiles(
      [{ name: 'directory.csv', bytes: new TextEncoder().encode(sheet) }],
      'auto',
      options,
    );
    if (!read.ok) throw new Error('not read');
    expect(read.resources.map((r) => r.name)).to.deep.equal([
      'Example Food Pantry',
      'Example Helpline',
      'Night shelter',
      'Legal clinic',
    ]);
    expect(read.problems.map((p) => [p.row, p.path, p.code])).to.deep.equal([
      [4, 'phone', 'phone'],
      [5, 'name', 'required'],
      [6, 'longitude', 'required'],
      [6, 'free', 'yes-no'],
      [6, 'last verified', 'real-date'],
    ]);
    // The shelter keeps its hours (overnight) though its phone is bad.
    expect(read.resources[2]!.hours?.weekly).to.have.length(7);
  });

  it('gives each bad cell as a row and a column, and keeps every good row and every good cell', async () => {
    // Saved by a spreadsheet in a French locale: UTF-8 with a byte-order mark, `;` between cells, a line break and
    // doubled quotes inside quoted cells, headers in the maintainer's own words.
    const read = parseFeedFiles(
      [{ name: 'sheet.csv', bytes: await bytes(fixture('sheet-bad-rows.csv')) }],
      'auto',
      options,
    );
    if ('error' in read) throw new Error(read.error.message);
    if (!read.ok) throw new Error('cancelled');
    expect(read.total).to.equal(5);
    expect(read.resources.map((r) => r.name)).to.deep.equal([
      'Good Food Bank',
      'Shelter "La Maison"',
      'Legal Aid Clinic',
      'Peer Support Group',
    ]);
    expect(read.problems.map((p) => [p.row, p.path, p.code])).to.deep.equal([
      [1, 'Notes for staff', 'unknown-column'],
      [3, 'Hours', 'hours-text'],
      [3, 'E-mail', 'email'],
      [4, 'Name', 'required'],
      // The finder knows common languages' names; the validator looks further (it finds Klingon, "tlh").
      [5, 'Languages', 'unknown-language'],
      [5, 'Latitude', 'not-a-number'],
      [5, 'Free', 'yes-no'],
      [5, 'Phone number', 'phone'],
      [5, 'Website', 'http-url'],
      [5, 'Last verified', 'future-date'],
    ]);
    const [food, shelter, legal] = read.resources as [Resource, Resource, Resource];
    expect(food.languages).to.deep.equal(['en', 'fr']);
    expect(food.hours?.weekly).to.have.length(5);
    // A bad cell loses only itself: the shelter keeps its French language name, its multi-line organization, and
    // hours it could not read, shown as written; the clinic keeps its hours and name.
    expect(shelter.organization).to.equal("Maison\nd'accueil");
    expect(shelter.languages).to.deep.equal(['fr']);
    expect(shelter.email).to.equal(undefined);
    expect(shelter.hours).to.deep.include({ weekly: [], notes: 'every day, ask' });
    expect(shelter.coordinates).to.deep.equal({ lat: 48.86, lng: 2.34 });
    expect(legal.hours?.weekly).to.deep.equal([
      { day: 'mo', opens: '09:00', closes: '12:00' },
      { day: 'mo', opens: '14:00', closes: '17:00' },
    ]);
    expect(legal.coordinates).to.equal(undefined);
    expect(legal.cost).to.equal(undefined);
    expect(legal.website).to.equal(undefined);
  });

  it('makes an id for a row without one that is stable, and never another row’s', () => {
    const sheet = 'id,name\n,Food Bank\nfood-bank,The other food bank\n,Food Bank\n';
    const read = parseFeedFiles(
      [{ name: 's.csv', bytes: new TextEncoder().encode(sheet) }],
      'auto',
      options,
    );
    expect(read.ok && read.problems).to.deep.equal([]);
    expect(read.ok && read.resources.map((r) => r.id)).to.deep.equal([
      'food-bank-2',
      'food-bank',
      'food-bank-3',
    ]);
  });

  it('reads a sheet Excel saved as plain CSV (Windows-1252), not only as CSV UTF-8', () => {
    // "name;city\r\nÉpicerie solidaire;Besançon\r\n" in Windows-1252: é, ç and É are one byte each.
    const text = 'name;city\r\nÉpicerie solidaire;Besançon\r\n';
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
    const read = parseFeedFiles([{ name: 'excel.csv', bytes }], 'auto', options);
    expect(read.ok && read.resources.map((r) => [r.name, r.address?.locality])).to.deep.equal([
      ['Épicerie solidaire', 'Besançon'],
    ]);
  });

  it('finds the separator and keeps quoted separators and line breaks in their cell', () => {
    expect(separatorOf('name;phone\n"a;b";1')).to.equal(';');
    expect(separatorOf('"name, first";phone;email')).to.equal(';');
    expect(separatorOf('name,phone')).to.equal(',');
    expect(separatorOf('name\tphone')).to.equal('\t');
    const table = readTable(
      '\ufeffname,description\r\n"A, B","two\r\nlines ""quoted"""\r\n\r\n,\r\nC,\r\n',
    );
    expect(table.columns).to.deep.equal(['name', 'description']);
    expect(table.rows).to.deep.equal([
      { row: 2, cells: ['A, B', 'two\r\nlines "quoted"'] },
      { row: 5, cells: ['C', ''] },
    ]);
  });
});

describe('hours written as people write them', () => {
  it('reads days, ranges, several periods, off and 24/7', () => {
    expect(readWrittenHours('Mo-Fr 09:00-17:00; Sa 10:00-12:00')).to.have.length(6);
    expect(readWrittenHours('Monday-Tuesday 9:00-12:30')).to.deep.equal([
      { day: 'mo', opens: '09:00', closes: '12:30' },
      { day: 'tu', opens: '09:00', closes: '12:30' },
    ]);
    expect(readWrittenHours('Sa-Mo 10:00–11:00; Su off')).to.deep.equal([
      { day: 'mo', opens: '10:00', closes: '11:00' },
      { day: 'sa', opens: '10:00', closes: '11:00' },
    ]);
    expect(readWrittenHours('Tu,Th 18:00-20:00,21:00-22:00')).to.have.length(4);
    expect(readWrittenHours('24/7')).to.have.length(7);
    expect(readWrittenHours('')).to.deep.equal([]);
  });

  it('reads nothing of a text it cannot read whole', () => {
    for (const text of [
      'weekdays 9-5',
      'Mo-Fr 9am-5pm',
      'Mo-Fr 09:00-17:00; ask us',
      'Mo-Fr 25:00-26:00',
      'Mo-Xx 09:00-10:00',
      'Mo 09:00-09:00',
    ])
      expect(readWrittenHours(text), text).to.equal(undefined);
  });
});
