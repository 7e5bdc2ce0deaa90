// The fuzz and fault suite: generated feeds with hostile and random values in every field, and endpoints that fail
// in every way we know, driven with fast-check. A fixed seed by default (the same runs every time, in CI); run it
// longer with random seeds:  FUZZ_SEED=random FUZZ_RUNS=2000 npm test -- --files test/fuzz/fuzz.test.ts
// (a failure prints its seed and path, to replay it with FUZZ_SEED=<seed>).
import { expect, fixture as mount, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import { parseFeed } from '../../src/core/feed/records.js';
import { cleanText, TEXT_LIMITS } from '../../src/core/feed/lenient.js';
import { loadFeed } from '../../src/core/edge/load-feed.js';
import { sendReferral } from '../../src/core/edge/send-referral.js';
import {
  buildReferral,
  defaultFields,
  newIdempotencyKey,
} from '../../src/core/referral/referral.js';
import type { Resource, RfResults } from '../../src/index.js';
import { FEED_ERROR_KINDS } from '../../src/core/feed/read.js';

let seed = 20261201;
let runs: number | null = null;
before(async () => {
  ({ seed, runs } = (await (await fetch('/api/fuzz-config')).json()) as {
    seed: number;
    runs: number | null;
  });
  console.log(`fuzz seed ${seed}${runs ? `, ${runs} runs` : ''}`);
});
const settings = (fallback: number) => ({ seed, numRuns: runs ?? fallback, endOnFailure: true });
/** Generous for the default runs; longer runs get time in proportion. */
const timeLimit = () => Math.max(60_000, (runs ?? 0) * 1500);

/** Values that have broken directories, or tried to. */
const HOSTILE = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=2">',
  '"><svg onload="window.__pwned=3">',
  'javascript:window.__pwned=4',
  'JaVaScRiPt:window.__pwned=5',
  ' javascript:window.__pwned=6',
  'data:text/html,<script>window.__pwned=7</script>',
  'vbscript:msgbox(1)',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'toString',
  '\u202Eexe.nacs',
  'Fo\u200Bod',
  '\uFEFF',
  '{{constructor.constructor("window.__pwned=8")()}}',
  '${window.__pwned=9}',
  '2026-02-30',
  '2999-12-31',
  'help@example.org?subject=x&body=y',
  'www.example.org',
  '+1 555 0100 ext. 12',
  '1-800-FLOWERS',
  'x-klingon',
  '37.5',
  'Europe/Paris',
  'mo',
  '09:00',
  '24:00',
  'in-person',
  'https://example.org',
  'http://example.org',
  'ftp://example.org',
  '',
  ' ',
];

const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constant('long '.repeat(3000)) },
);
const anything: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(text, tie('value'), { maxKeys: 3 }),
  ),
})).value;
const list = (item: fc.Arbitrary<unknown>) =>
  fc.oneof(fc.array(item, { maxLength: 5 }), anything, fc.constant(Array(300).fill('many')));
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

/** One record: plausible or hostile values in every field of the format, and keys nobody expects. */
const record = fc.record(
  {
    id: fc.oneof(fc.uuid(), text, fc.integer(), fc.constant(undefined)),
    name: fc.oneof(text, fc.constant('Food bank'), fc.constant(undefined)),
    description: maybe(fc.oneof(text, anything)),
    organization: maybe(fc.oneof(text, anything)),
    categories: maybe(list(fc.oneof(text, fc.constant('Food > Pantry')))),
    tags: maybe(list(text)),
    languages: maybe(list(fc.oneof(text, fc.constantFrom('fr', 'en', 'ar', 'x-klingon')))),
    cost: maybe(fc.oneof(fc.record({ free: fc.oneof(fc.boolean(), anything) }), anything)),
    eligibility: maybe(
      fc.oneof(fc.record({ minAge: anything, maxAge: anything, audiences: list(text) }), anything),
    ),
    accessibility: maybe(list(text)),
    address: maybe(fc.oneof(fc.record({ street: text, locality: text, country: text }), anything)),
    coordinates: maybe(fc.oneof(fc.record({ lat: anything, lng: anything }), anything)),
    phones: maybe(list(fc.oneof(fc.record({ number: text, label: maybe(text) }), anything))),
    email: maybe(fc.oneof(text, anything)),
    website: maybe(fc.oneof(text, anything)),
    hours: maybe(
      fc.oneof(
        fc.record({
          timezone: text,
          weekly: list(fc.record({ day: text, opens: text, closes: text })),
        }),
        anything,
      ),
    ),
    delivery: maybe(list(text)),
    lastVerified: maybe(
      fc.oneof(
        text,
        fc
          .date({ noInvalidDate: true, min: new Date('1900-01-01'), max: new Date('2999-12-31') })
          .map((d) => d.toISOString().slice(0, 10)),
      ),
    ),
    status: maybe(text),
    referral: maybe(
      fc.oneof(fc.record({ accepts: anything, endpoint: text, email: text }), anything),
    ),
    confidential: maybe(anything),
    translations: maybe(fc.oneof(fc.dictionary(text, fc.record({ name: text })), anything)),
    extra: maybe(anything),
  },
  { requiredKeys: [] },
);
const feed = fc.array(
  fc.oneof({ weight: 9, arbitrary: record }, { weight: 1, arbitrary: anything }),
  {
    maxLength: 8,
  },
);

/** Whether a record has what a resource needs: a text id and name that are more than spaces and controls. */
function hasIdAndName(r: unknown): r is { id: string; name: string } {
  const ok = (v: unknown) =>
    typeof v === 'string' && v.replace(/[\s\u202a-\u202e\u2066-\u2069]/gu, '') !== '';
  return (
    !!r &&
    typeof r === 'object' &&
    !Array.isArray(r) &&
    ok((r as { id?: unknown }).id) &&
    ok((r as { name?: unknown }).name)
  );
}

/** An id as the feed keeps it: bidirectional controls out, NFC, cut at its limit, trimmed. */
function keptId(id: string): string {
  const clean = cleanText(id);
  const limit = TEXT_LIMITS.id!;
  return (clean.length > limit ? `${clean.slice(0, limit - 1)}…` : clean).trim();
}

describe('fuzz: generated feeds', () => {
  it('keep every record with an id and a name, report every field they drop, and pollute nothing', function () {
    this.timeout(timeLimit());
    let feeds = 0;
    fc.assert(
      fc.property(feed, (records) => {
        feeds += 1;
        const result = parseFeed(records);
        const kept = new Map(result.resources.map((r, i) => [r.id, i]));
        records.forEach((input, index) => {
          const problems = result.problems.filter((p) => p.index === index);
          if (!hasIdAndName(input)) {
            expect(problems.length, `record ${index} rejected without a reason`).to.be.above(0);
            return;
          }
          const duplicate = problems.some((p) => p.code === 'duplicate-id');
          const resource = kept.has(keptId(input.id))
            ? result.resources[kept.get(keptId(input.id))!]
            : undefined;
          if (duplicate) return;
          expect(resource, `record ${index} (${JSON.stringify(input.id)}) was lost`).not.to.equal(
            undefined,
          );
          for (const [key, value] of Object.entries(input)) {
            if (value === undefined || Object.hasOwn(resource!, key)) continue;
            expect(
              problems.some(
                (p) =>
                  p.path === key || p.path.startsWith(`${key}.`) || p.path.startsWith(`${key}[`),
              ),
              `record ${index}: "${key}" was dropped without a report`,
            ).to.equal(true);
          }
          expect(resource!.name.length).to.be.at.most(300);
          expect(resource!.categories?.length ?? 0).to.be.at.most(100);
        });
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
        expect(Object.keys(Object.prototype)).to.deep.equal([]);
      }),
      settings(300),
    );
    expect(feeds).to.be.at.least(runs ?? 300);
  });

  it('render as text, with only safe links, nothing executed and no freeze', async function () {
    this.timeout(timeLimit());
    const shown = (root: ShadowRoot | Element): Element[] =>
      [...root.querySelectorAll('*')].flatMap((el) => [
        el,
        ...(el.shadowRoot ? shown(el.shadowRoot) : []),
      ]);
    await fc.assert(
      fc.asyncProperty(feed, async (records) => {
        const resources: Resource[] = parseFeed(records).resources;
        const started = performance.now();
        const el = await mount<RfResults>(html`<rf-results .resources=${resources}></rf-results>`);
        for (const card of el.shadowRoot!.querySelectorAll('rf-resource-card')) {
          (card as HTMLElement & { expanded: boolean }).expanded = true;
          await (card as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
        }
        expect(performance.now() - started, 'rendering froze the page').to.be.below(3000);
        const elements = shown(el.shadowRoot!);
        for (const node of elements) {
          expect(['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'IMG']).not.to.include(node.tagName);
          for (const attr of node.attributes) expect(attr.name).not.to.match(/^on/i);
          if (node instanceof HTMLAnchorElement && node.hasAttribute('href'))
            expect(node.protocol).to.be.oneOf(['http:', 'https:', 'tel:', 'mailto:']);
        }
        expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
        el.remove();
      }),
      settings(40),
    );
  });
});

describe('faults: a feed that arrives badly', () => {
  const faults = [
    'none',
    'html-500',
    'html-200',
    'huge',
    'partial',
    'reset',
    'hang',
    'trickle',
    'bom',
  ];

  it('always ends in records or a clear error, keeping what arrived', async function () {
    this.timeout(timeLimit());
    for (const fault of faults) {
      const outcome = await loadFeed(`/api/faulty-feed?fault=${fault}&ms=4000`, { timeout: 1500 });
      if (outcome.ok) {
        expect(['none', 'huge', 'partial', 'trickle', 'bom'], fault).to.include(fault);
        expect(outcome.resources.length, fault).to.be.above(0);
        if (fault === 'huge') expect(outcome.resources[0]!.name.length).to.equal(300);
        if (fault === 'partial') expect(outcome.incomplete?.cut, fault).to.be.a('number');
      } else {
        expect(outcome.aborted, fault).not.to.equal(true);
        if (!outcome.aborted) {
          expect(FEED_ERROR_KINDS, fault).to.include(outcome.error.kind);
          expect(outcome.error.message, fault).to.match(/\w/);
        }
      }
    }
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});

describe('faults: a referral endpoint that fails in every way, attempt after attempt', () => {
  const referral = () =>
    buildReferral({
      resourceId: 'lgbt-1',
      recipient: 'Village Pride',
      fields: { ...defaultFields(), name: 'Sam', phone: '+44 161 000 0000', needs: 'A group' },
      consentText: 'I agree that Village Pride receives my name.',
      consentAt: new Date(),
      language: 'en',
      idempotencyKey: newIdempotencyKey(),
    });
  const log = async (key: string) =>
    (await (await fetch(`/api/referrals/_log?key=${key}`)).json()) as {
      stored: number;
      attempts: number;
    };

  it('never stores a referral twice, and never says "not sent" when it may have arrived', async function () {
    this.timeout(timeLimit());
    let scenarios = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.constantFrom(
            'ok',
            '503',
            'html-500',
            'reset-before',
            'reset-after',
            'not-json',
            'hang',
          ),
          {
            minLength: 1,
            maxLength: 4,
          },
        ),
        fc.integer({ min: 0, max: 3 }),
        async (plan, retries) => {
          scenarios += 1;
          const r = referral();
          const result = await sendReferral(`/api/referrals/faults?plan=${plan.join(',')}`, r, {
            retries,
            timeout: 300,
            total: 2500,
            backoff: 10,
          });
          const { stored, attempts } = await log(r.idempotencyKey);
          expect(stored, 'stored twice').to.be.at.most(1);
          // (The browser itself may repeat a POST once after a connection reset: attempts are not counted here.)
          expect(attempts).to.be.at.least(1);
          if (result.ok) expect(stored, 'success without a stored referral').to.equal(1);
          else if (!result.uncertain) expect(stored, `told "not sent" after ${plan}`).to.equal(0);
        },
      ),
      settings(25),
    );
    expect(scenarios).to.be.at.least(runs ?? 25);
  });
});
