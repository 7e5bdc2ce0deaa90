/**
 * Open Referral HSDS 3.0's tabular form (one table per object: services.csv, organizations.csv, locations.csv, ...,
 * rows linked by `*_id` columns) joined into the nested services the HSDS mapping reads, as its API gives them: a
 * service with its organization, program, phones, schedules, service areas, languages, costs, contacts, attributes
 * (with their taxonomy terms) and service-at-locations, each with its location and the location's own addresses,
 * phones, schedules, languages, accessibility and contacts. Pure.
 */

type Obj = Record<string, unknown>;

/** The tables, by name, each a list of rows (`services` or `services.csv`; values as text or already typed). */
export type HsdsTables = Readonly<Record<string, ReadonlyArray<Readonly<Obj>>>>;

/** `child.key` names a `parent`: the child is one of the parent's `list`. */
const HAS_MANY: ReadonlyArray<readonly [child: string, key: string, parent: string, list: string]> =
  [
    ['service_at_location', 'service_id', 'services', 'service_at_locations'],
    ['phones', 'service_id', 'services', 'phones'],
    ['phones', 'location_id', 'locations', 'phones'],
    ['phones', 'organization_id', 'organizations', 'phones'],
    ['phones', 'contact_id', 'contacts', 'phones'],
    ['phones', 'service_at_location_id', 'service_at_location', 'phones'],
    ['schedules', 'service_id', 'services', 'schedules'],
    ['schedules', 'location_id', 'locations', 'schedules'],
    ['schedules', 'service_at_location_id', 'service_at_location', 'schedules'],
    ['languages', 'service_id', 'services', 'languages'],
    ['languages', 'location_id', 'locations', 'languages'],
    ['languages', 'phone_id', 'phones', 'languages'],
    ['contacts', 'service_id', 'services', 'contacts'],
    ['contacts', 'organization_id', 'organizations', 'contacts'],
    ['contacts', 'location_id', 'locations', 'contacts'],
    ['contacts', 'service_at_location_id', 'service_at_location', 'contacts'],
    ['addresses', 'location_id', 'locations', 'addresses'],
    ['accessibility', 'location_id', 'locations', 'accessibility'],
    ['service_areas', 'service_id', 'services', 'service_areas'],
    ['service_areas', 'service_at_location_id', 'service_at_location', 'service_areas'],
    ['cost_options', 'service_id', 'services', 'cost_options'],
    ['required_documents', 'service_id', 'services', 'required_documents'],
    ['funding', 'service_id', 'services', 'funding'],
    ['funding', 'organization_id', 'organizations', 'funding'],
    ['locations', 'organization_id', 'organizations', 'locations'],
    ['programs', 'organization_id', 'organizations', 'programs'],
    ['organization_identifiers', 'organization_id', 'organizations', 'organization_identifiers'],
  ];

/** `row.key` names one row of `target`, which becomes its `field`. */
const ONE: ReadonlyArray<readonly [table: string, key: string, target: string, field: string]> = [
  ['services', 'organization_id', 'organizations', 'organization'],
  ['services', 'program_id', 'programs', 'program'],
  ['service_at_location', 'location_id', 'locations', 'location'],
  ['attributes', 'taxonomy_term_id', 'taxonomy_terms', 'taxonomy_term'],
  ['taxonomy_terms', 'taxonomy_id', 'taxonomies', 'taxonomy_detail'],
];

/** Columns that hold numbers in HSDS 3.0's schemas (a CSV cell is text). */
const NUMBERS = new Set([
  'latitude',
  'longitude',
  'minimum_age',
  'maximum_age',
  'year_incorporated',
  'extension',
  'amount',
  'timezone',
  'count',
  'interval',
]);

/** Other names the tables are found under (HSDS 2.0's, and plurals). */
const TABLE_NAMES: Readonly<Record<string, string>> = {
  service_at_locations: 'service_at_location',
  services_at_location: 'service_at_location',
  accessibility_for_disabilities: 'accessibility',
  regular_schedules: 'schedules',
};

/** A table's name from a file's: `data/Services.csv` -> `services`. */
export function tableName(file: string): string {
  const base = file
    .split(/[\\/]/)
    .pop()!
    .replace(/\.(csv|tsv|txt|json)$/i, '')
    .toLowerCase();
  return TABLE_NAMES[base] ?? base;
}

/** Whether tables are HSDS's tabular form: there is a services table. */
export function isHsdsTables(names: readonly string[]): boolean {
  return names.map(tableName).includes('services');
}

/** The value of a cell as HSDS types it: numbers where its schema has a number (when the text is one). */
function typed(column: string, value: unknown): unknown {
  if (typeof value !== 'string' || !NUMBERS.has(column)) return value;
  const n = Number(value);
  return value.trim() && Number.isFinite(n) ? n : value;
}

/** The services of HSDS tables, nested as the API gives them, in the order of the services table. */
export function hsdsFromTables(tables: HsdsTables): Obj[] {
  const rows = new Map<string, Obj[]>();
  for (const [file, list] of Object.entries(tables)) {
    const copies = list.map((row) =>
      Object.fromEntries(
        Object.entries(row)
          .filter(([, v]) => v !== '' && v !== null && v !== undefined)
          .map(([k, v]) => [k, typed(k, v)]),
      ),
    );
    rows.set(tableName(file), [...(rows.get(tableName(file)) ?? []), ...copies]);
  }
  const table = (name: string): Obj[] => rows.get(name) ?? [];
  const byId = new Map<string, Map<string, Obj>>();
  const index = (name: string): Map<string, Obj> => {
    let found = byId.get(name);
    if (!found) {
      found = new Map(table(name).map((row) => [String(row.id), row]));
      byId.set(name, found);
    }
    return found;
  };
  for (const [child, key, parent, list] of HAS_MANY)
    for (const row of table(child)) {
      const owner = row[key] === undefined ? undefined : index(parent).get(String(row[key]));
      if (owner) ((owner[list] ??= []) as Obj[]).push(row);
    }
  for (const [name, key, target, field] of ONE)
    for (const row of table(name)) {
      const found = row[key] === undefined ? undefined : index(target).get(String(row[key]));
      if (found) row[field] = found;
    }
  // Attributes and metadata may describe a row of any table: `link_id` and `resource_id` name it. Not a taxonomy's
  // rows: an attribute names its term, which would then hold the attribute (a cycle, and nothing a service shows).
  const anyRow = new Map<string, Obj>();
  const describable = (name: string) =>
    !['attributes', 'metadata', 'taxonomy_terms', 'taxonomies'].includes(name);
  for (const [name, list] of rows)
    if (describable(name))
      for (const row of list) if (row.id !== undefined) anyRow.set(String(row.id), row);
  for (const [name, key, list] of [
    ['attributes', 'link_id', 'attributes'],
    ['metadata', 'resource_id', 'metadata'],
  ] as const)
    for (const row of table(name)) {
      const owner = row[key] === undefined ? undefined : anyRow.get(String(row[key]));
      if (owner) ((owner[list] ??= []) as Obj[]).push(row);
    }
  return table('services');
}
