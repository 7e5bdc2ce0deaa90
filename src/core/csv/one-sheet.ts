/**
 * The one-sheet layout: a directory kept in one spreadsheet, one row per resource, in columns a person can fill in
 * without knowing JSON (`docs/one-sheet-template.csv` and the README name them). Each row becomes a record of our
 * format, which then goes through the same validation as any feed; every problem is told by the row number the
 * spreadsheet shows and the column's name as written in its header, and a bad cell loses only itself. Pure.
 */
import { feedSteps, type FeedProblem, type FeedResult } from '../feed/records.js';
import { problemOf, type ProblemCode, type ProblemParams } from '../feed/problems.js';
import { languageCode, type HsdsOptions } from '../hsds/mapping.js';
import { readWrittenHours } from '../hours/written.js';
import { localTimeZone } from '../text/intl.js';
import { fold } from '../text/fold.js';
import type { Steps } from '../steps/steps.js';
import type { Table } from './table.js';

/**
 * The columns of the one-sheet layout: the name the template uses, then other names it is known by (compared without
 * case, spaces or punctuation), then the field of a record its problems are reported for.
 */
export const SHEET_COLUMNS = {
  id: { also: [], field: 'id' },
  name: { also: ['service', 'service name', 'resource', 'title'], field: 'name' },
  organization: { also: ['organisation', 'org', 'provider'], field: 'organization' },
  description: { also: ['about', 'details'], field: 'description' },
  categories: { also: ['category', 'type'], field: 'categories' },
  tags: { also: ['keywords', 'tag'], field: 'tags' },
  phone: { also: ['phones', 'phone number', 'telephone', 'tel'], field: 'phones' },
  email: { also: ['e-mail', 'email address'], field: 'email' },
  website: { also: ['url', 'web', 'site', 'web site'], field: 'website' },
  street: { also: ['address', 'street address', 'address line'], field: 'address.street' },
  city: { also: ['locality', 'town'], field: 'address.locality' },
  region: { also: ['state', 'province', 'county'], field: 'address.region' },
  'postal code': { also: ['postcode', 'zip', 'zip code'], field: 'address.postalCode' },
  country: { also: [], field: 'address.country' },
  latitude: { also: ['lat'], field: 'coordinates.lat' },
  longitude: { also: ['lng', 'lon', 'long'], field: 'coordinates.lng' },
  hours: { also: ['opening hours', 'open'], field: 'hours' },
  'hours notes': { also: ['hours note'], field: 'hours.notes' },
  timezone: { also: ['time zone', 'tz'], field: 'hours.timezone' },
  languages: { also: ['language', 'languages spoken'], field: 'languages' },
  free: { also: ['is free', 'free of charge'], field: 'cost.free' },
  cost: { also: ['fees', 'price', 'cost details'], field: 'cost.text' },
  eligibility: { also: ['who can use it', 'who it is for'], field: 'eligibility.text' },
  'minimum age': { also: ['min age', 'age from'], field: 'eligibility.minAge' },
  'maximum age': { also: ['max age', 'age to'], field: 'eligibility.maxAge' },
  audiences: { also: ['audience', 'for'], field: 'eligibility.audiences' },
  accessibility: { also: ['access'], field: 'accessibility' },
  delivery: { also: ['delivered', 'how'], field: 'delivery' },
  'service area': { also: ['area', 'area served'], field: 'serviceArea' },
  'last verified': { also: ['verified', 'last checked', 'checked'], field: 'lastVerified' },
  status: { also: [], field: 'status' },
  alert: { also: ['notice'], field: 'alert' },
  'how to apply': { also: ['application process', 'apply'], field: 'applicationProcess' },
  confidential: { also: ['private address'], field: 'confidential' },
} as const satisfies Record<string, { also: readonly string[]; field: string }>;

/** A column of the layout. */
export type SheetColumn = keyof typeof SHEET_COLUMNS;

type Obj = Record<string, unknown>;

/** How a header cell is compared: without case, accents, spaces or punctuation. */
const key = (name: string): string => fold(name).replace(/[^a-z0-9]/g, '');

const KNOWN = new Map<string, SheetColumn>(
  (Object.keys(SHEET_COLUMNS) as SheetColumn[]).flatMap((column) =>
    [column, ...SHEET_COLUMNS[column].also].map((name) => [key(name), column] as const),
  ),
);

/** Whether a table's header is that of the one-sheet layout (it names a `name` column, by any of its names). */
export function isOneSheet(table: Table): boolean {
  return table.columns.some((c) => KNOWN.get(key(c)) === 'name');
}

/** An object without its undefined values. */
const defined = (o: Obj): Obj =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** Items of a list cell: separated by `;` (or line breaks), trimmed, empty ones left out. */
const items = (cell: string): string[] =>
  cell
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

const YES = new Set(['yes', 'y', 'true', '1', 'x', 'oui', 'si', 'ja', 'sim']);
const NO = new Set(['no', 'n', 'false', '0', 'non', 'nein', 'nao']);

/** Reads a table of the one-sheet layout as records of our format, with what could not be read in its cells. */
export function sheetRecords(
  table: Table,
  options: HsdsOptions = {},
): {
  records: Obj[];
  /** The spreadsheet row of each record. */
  rows: number[];
  problems: FeedProblem[];
  /** The column's name as the sheet writes it, for a field of a record (`phones[1].number` -> `Phone`). */
  columnOf: (path: string) => string;
} {
  const at = new Map<SheetColumn, number>();
  const problems: FeedProblem[] = [];
  table.columns.forEach((name, i) => {
    const column = KNOWN.get(key(name));
    if (column && !at.has(column)) at.set(column, i);
    else if (name) problems.push({ index: -1, row: 1, path: name, ...problemOf('unknown-column') });
  });
  const written = (column: SheetColumn) => {
    const i = at.get(column);
    return i === undefined ? column : table.columns[i]!;
  };
  const byField = (Object.keys(SHEET_COLUMNS) as SheetColumn[]).map(
    (column) => [SHEET_COLUMNS[column].field, column] as const,
  );
  const columnOf = (path: string): string => {
    const field = path.replace(/\[\d+\]/g, '').replace(/\.number$/, '');
    const found =
      byField.find(([f]) => f === field) ??
      byField.find(([f]) => field.startsWith(`${f}.`) || f.startsWith(`${field}.`));
    return found ? written(found[1]) : path;
  };
  if (!at.has('name'))
    problems.push({ index: -1, row: 1, path: 'name', ...problemOf('no-name-column') });

  const timeZone = options.timeZone ?? localTimeZone();
  const records: Obj[] = [];
  const rows: number[] = [];
  // The ids the sheet gives, so that an id made for a row without one never takes one of them.
  const idAt = at.get('id');
  const taken = new Set(
    idAt === undefined ? [] : table.rows.map((r) => r.cells[idAt]?.trim()).filter(Boolean),
  );
  for (const { row, cells } of table.rows) {
    const index = records.length;
    const cell = (column: SheetColumn): string | undefined => {
      const i = at.get(column);
      const value = i === undefined ? undefined : cells[i]?.trim();
      return value || undefined;
    };
    let id = cell('id');
    const problem = (column: SheetColumn, code: ProblemCode, params: ProblemParams = {}) =>
      problems.push({
        index,
        row,
        ...(id ? { id } : {}),
        path: written(column),
        ...problemOf(code, params),
      });
    const yesNo = (column: SheetColumn): boolean | undefined => {
      const value = cell(column);
      if (value === undefined) return undefined;
      const word = fold(value);
      if (YES.has(word)) return true;
      if (NO.has(word)) return false;
      problem(column, 'yes-no', { given: value });
      return undefined;
    };
    const number = (column: SheetColumn, whole = false): number | undefined => {
      const value = cell(column);
      if (value === undefined) return undefined;
      const n = Number(value.replace(',', '.'));
      if (Number.isFinite(n) && (!whole || Number.isInteger(n))) return n;
      problem(column, 'not-a-number', { given: value });
      return undefined;
    };
    const record: Obj = {};
    const set = (field: string, value: unknown) => {
      if (value !== undefined && !(Array.isArray(value) && !value.length)) record[field] = value;
    };
    const name = cell('name');
    // Without an id, a record is named by its name (and organization): a link to it survives rows being added or
    // sorted. The same name twice gets -2, -3.
    if (!id) {
      const base =
        fold([name, cell('organization')].filter(Boolean).join(' '))
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '')
          .slice(0, 80) || `row-${row}`;
      // Never an id another row gives itself.
      for (let n = 1; ; n++) {
        id = n > 1 ? `${base}-${n}` : base;
        if (!taken.has(id)) break;
      }
    }
    taken.add(id);
    set('id', id);
    set('name', name);
    set('organization', cell('organization'));
    set('description', cell('description'));
    set('categories', items(cell('categories') ?? ''));
    set('tags', items(cell('tags') ?? ''));
    const languages: string[] = [];
    for (const given of items(cell('languages') ?? '')) {
      // "en" or "pt-BR" is a code; "English" or "Français" a name ("english" is a well-formed tag, but no code).
      const tag = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(given) ? given : undefined;
      const code = languageCode(tag, given, options.languageLookup);
      if (code) languages.push(code);
      else problem('languages', 'unknown-language', { given });
    }
    set('languages', languages);
    set(
      'phones',
      items(cell('phone') ?? '').map((item) => {
        // "Helpline: 0800 123 456" gives the number a label.
        const m = /^([^:\d+]+):\s*(.+)$/.exec(item);
        return m ? { number: m[2]!.trim(), label: m[1]!.trim() } : { number: item };
      }),
    );
    set('email', cell('email'));
    set('website', cell('website'));
    const address = {
      street: cell('street'),
      locality: cell('city'),
      region: cell('region'),
      postalCode: cell('postal code'),
      country: cell('country')?.toUpperCase(),
    };
    if (Object.values(address).some(Boolean)) set('address', defined(address));
    const lat = number('latitude');
    const lng = number('longitude');
    if (lat !== undefined && lng !== undefined) set('coordinates', { lat, lng });
    else if (lat !== undefined && !cell('longitude')) problem('longitude', 'required');
    else if (lng !== undefined && !cell('latitude')) problem('latitude', 'required');
    const hoursText = cell('hours');
    const notes = [cell('hours notes')];
    let weekly = hoursText ? readWrittenHours(hoursText) : [];
    if (!weekly) {
      problem('hours', 'hours-text', { given: hoursText! });
      notes.unshift(hoursText);
      weekly = [];
    }
    const note = notes.filter(Boolean).join(' ');
    if (weekly.length || note)
      set('hours', {
        timezone: cell('timezone') ?? timeZone,
        weekly,
        ...(note ? { notes: note } : {}),
      });
    const free = yesNo('free');
    const costText = cell('cost');
    if (free !== undefined || costText)
      set('cost', {
        ...(free !== undefined ? { free } : {}),
        ...(costText ? { text: costText } : {}),
      });
    const audiences = items(cell('audiences') ?? '');
    const eligibility = defined({
      text: cell('eligibility'),
      minAge: number('minimum age', true),
      maxAge: number('maximum age', true),
      audiences: audiences.length ? audiences : undefined,
    });
    if (Object.keys(eligibility).length) set('eligibility', eligibility);
    set('accessibility', items(cell('accessibility') ?? ''));
    set(
      'delivery',
      items(cell('delivery') ?? '').map((d) => fold(d).replace(/\s+/g, '-')),
    );
    set('serviceArea', cell('service area'));
    set('lastVerified', cell('last verified'));
    set('status', cell('status') && fold(cell('status')!).replace(/[\s_]+/g, '-'));
    set('alert', cell('alert'));
    set('applicationProcess', cell('how to apply'));
    set('confidential', yesNo('confidential'));
    records.push(record);
    rows.push(row);
  }
  return { records, rows, problems, columnOf };
}

/** Reads a table of the one-sheet layout, as {@link Steps}: every problem told by row and column. */
export function* oneSheetSteps(table: Table, options: HsdsOptions = {}): Steps<FeedResult> {
  const { records, rows, problems, columnOf } = sheetRecords(table, options);
  const read = yield* feedSteps(records);
  const located = read.problems.map((p) =>
    p.index < 0 ? p : { ...p, row: rows[p.index]!, path: columnOf(p.path) },
  );
  return {
    ...read,
    // The sheet's own order: the header's problems, then row by row.
    problems: [...problems, ...located].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)),
    format: 'csv',
  };
}
