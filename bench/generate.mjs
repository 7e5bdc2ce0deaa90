// Seeded generator of realistic multilingual directories for the benchmark (not stored: made on each run).
// Each resource has a distinctive proper name, so a query can target one record and we can check that it is found.

/** mulberry32: a small, fast, seeded PRNG. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (r, list) => list[Math.floor(r() * list.length)];
const some = (r, list, max) => [
  ...new Set(Array.from({ length: 1 + Math.floor(r() * max) }, () => pick(r, list))),
];

const LANGS = {
  en: {
    tz: ['Europe/London', 'America/New_York', 'America/Chicago', 'America/Los_Angeles'],
    cities: [
      'Manchester',
      'Leeds',
      'Bristol',
      'Chicago',
      'Oakland',
      'Brooklyn',
      'Denver',
      'Glasgow',
    ],
    services: [
      ['Food Bank', 'Food > Food bank'],
      ['Community Pantry', 'Food > Community pantry'],
      ['Night Shelter', 'Housing > Emergency shelter'],
      ['Legal Aid Clinic', 'Legal aid > Housing law'],
      ['Peer Support Group', 'Health > Mental health > Peer support'],
      ['LGBTQ+ Youth Group', 'LGBTQ+ support'],
      ['Refugee Welcome Centre', 'Refugees and asylum > Advice'],
      ['Crisis Helpline', 'Hotlines'],
      ['Mutual Aid Network', 'Mutual aid'],
      ['Debt Advice Service', 'Money and debt'],
      ['Youth Drop-in', 'Youth'],
      ['Disability Advocacy', 'Disability'],
      ['Free Health Clinic', 'Health > Medical care'],
    ],
    desc: [
      'Free and confidential support for anyone who needs it.',
      'Drop in without an appointment; interpreters available.',
      'Run by volunteers with lived experience.',
      'Hot meals, showers and a safe place to rest.',
      'Advice on benefits, housing and employment rights.',
      'Help for families, older people and people living alone.',
    ],
  },
  fr: {
    tz: ['Europe/Paris', 'America/Toronto', 'Europe/Brussels'],
    cities: ['Lyon', 'Marseille', 'Lille', 'Nantes', 'Montréal', 'Liège', 'Toulouse', 'Québec'],
    services: [
      ['Hébergement d’urgence', 'Hébergement > Hébergement d’urgence'],
      ['Épicerie solidaire', 'Alimentation > Épicerie solidaire'],
      ['Banque alimentaire', 'Alimentation > Banque alimentaire'],
      ['Permanence juridique', 'Aide juridique'],
      ['Groupe d’entraide mutuelle', 'Santé > Santé mentale > Pair-aidance'],
      ['Accueil des demandeurs d’asile', 'Réfugiés et asile'],
      ['Centre LGBTQI+', 'Soutien LGBTQ+'],
      ['Ligne d’écoute', 'Lignes d’écoute'],
      ['Accompagnement social', 'Accompagnement social'],
      ['Point accueil jeunes', 'Jeunesse'],
      ['Réseau d’entraide', 'Entraide'],
    ],
    desc: [
      'Accueil sans rendez-vous, gratuit et confidentiel.',
      'Des bénévoles formés vous écoutent et vous orientent.',
      'Repas chaud, douche et bagagerie.',
      'Aide aux démarches administratives et accès aux droits.',
      'Interprètes disponibles en arabe, anglais et pachto.',
    ],
  },
  it: {
    tz: ['Europe/Rome'],
    cities: ['Milano', 'Torino', 'Roma', 'Bologna', 'Napoli', 'Palermo', 'Genova', 'Firenze'],
    services: [
      ['Mensa solidale', 'Cibo > Mensa'],
      ['Emporio della Solidarietà', 'Cibo > Emporio solidale'],
      ['Dormitorio', 'Alloggio > Dormitorio'],
      ['Sportello legale', 'Assistenza legale'],
      ['Società di Mutuo Soccorso', 'Mutuo aiuto > Reti di assistenza reciproca'],
      ['Gruppo di auto mutuo aiuto', 'Salute > Salute mentale > Supporto tra pari'],
      ['Centro antiviolenza', 'Violenza > Violenza domestica'],
      ['Sportello rifugiati', 'Rifugiati e asilo'],
      ['Informagiovani', 'Giovani'],
      ['Telefono amico', 'Linee di ascolto'],
    ],
    desc: [
      'Accoglienza gratuita senza appuntamento.',
      'Volontari formati ti ascoltano e ti orientano ai servizi.',
      'Pasto caldo, docce e guardaroba.',
      'Consulenza su permesso di soggiorno e diritti.',
      'Mediazione culturale in molte lingue.',
    ],
  },
  es: {
    tz: ['Europe/Madrid', 'America/Mexico_City'],
    cities: ['Madrid', 'Barcelona', 'Sevilla', 'Valencia', 'Bilbao', 'Ciudad de México'],
    services: [
      ['Comedor social', 'Alimentación > Comedor'],
      ['Albergue de emergencia', 'Vivienda > Albergue'],
      ['Asesoría jurídica gratuita', 'Ayuda legal'],
      ['Grupo de apoyo mutuo', 'Salud > Salud mental > Apoyo entre pares'],
      ['Atención a personas refugiadas', 'Refugio y asilo'],
      ['Colectivo LGTBI+', 'Apoyo LGTBI+'],
      ['Teléfono de la esperanza', 'Líneas de escucha'],
      ['Red de apoyo vecinal', 'Apoyo mutuo'],
    ],
    desc: [
      'Atención gratuita y confidencial, sin cita previa.',
      'Voluntariado con experiencia propia.',
      'Comida caliente, duchas y ropero.',
      'Orientación sobre vivienda, empleo y papeles.',
    ],
  },
};

const SYLLABLES = [
  'ro',
  'sa',
  'lin',
  'da',
  'ma',
  'ri',
  'gol',
  'ven',
  'ta',
  'bel',
  'lu',
  'mi',
  'nor',
  'ca',
  'fi',
  'del',
  'sto',
  'ra',
  'vi',
  'quel',
  'bra',
  'no',
  'zen',
  'tho',
  'mar',
  'ly',
  'pe',
  'sol',
  'dri',
  'ka',
  'wen',
  'gar',
  'hol',
  'ste',
  'fan',
  'cor',
];
const AUDIENCES = [
  'lgbtq',
  'refugees',
  'youth',
  'women',
  'families',
  'seniors',
  'homeless',
  'migrants',
  'people-with-disabilities',
];
const ACCESS = [
  'wheelchair',
  'step-free',
  'hearing-loop',
  'sign-language',
  'accessible-toilet',
  'quiet-space',
  'easy-read',
];
const SPOKEN = [
  'en',
  'fr',
  'it',
  'es',
  'ar',
  'fa',
  'ps',
  'uk',
  'ru',
  'ro',
  'pl',
  'tr',
  'so',
  'ti',
  'zh',
  'pt',
  'ur',
  'bn',
];
const DAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

/** A distinctive proper name, capitalized: "Rosalinda", "Velmira". */
function properName(r) {
  const n = 2 + Math.floor(r() * 2);
  const s = Array.from({ length: n }, () => pick(r, SYLLABLES)).join('');
  return s[0].toUpperCase() + s.slice(1);
}

/** A feed of `size` resources, the same for the same seed. */
export function generateFeed(size, seed = 42) {
  const r = rng(seed);
  const langs = Object.keys(LANGS);
  const resources = [];
  for (let i = 0; i < size; i++) {
    const lang = langs[i % langs.length];
    const L = LANGS[lang];
    const [service, category] = pick(r, L.services);
    const proper = properName(r);
    const city = pick(r, L.cities);
    const opens = 8 + Math.floor(r() * 4);
    const days = DAYS.slice(Math.floor(r() * 2), 5 + Math.floor(r() * 3));
    resources.push({
      id: `r${i}`,
      name: `${service} ${proper}`,
      description: `${pick(r, L.desc)} ${pick(r, L.desc)} ${city}.`,
      organization: `${proper} ${pick(r, ['Trust', 'Association', 'Cooperativa', 'Fundación', 'Collectif', 'Network'])}`,
      categories: [category],
      tags: some(
        r,
        ['free', 'drop-in', 'confidential', 'interpreters', 'volunteers', 'evening', 'weekend'],
        3,
      ),
      languages: [lang, ...some(r, SPOKEN, 3)].filter((v, k, a) => a.indexOf(v) === k),
      cost: { free: r() < 0.8 },
      eligibility: { audiences: some(r, AUDIENCES, 2) },
      accessibility: some(r, ACCESS, 3),
      address: {
        street: `${1 + Math.floor(r() * 200)} ${pick(r, ['Main Street', 'rue de la Paix', 'Via Roma', 'Calle Mayor'])}`,
        locality: city,
      },
      coordinates: { lat: +(r() * 120 - 60).toFixed(5), lng: +(r() * 300 - 150).toFixed(5) },
      phones: [{ number: `+${10 + Math.floor(r() * 80)} ${Math.floor(r() * 1e9)}` }],
      hours: {
        timezone: pick(r, L.tz),
        weekly: days.map((day) => ({
          day,
          opens: `${String(opens).padStart(2, '0')}:00`,
          closes: `${opens + 6}:30`,
        })),
      },
      delivery: r() < 0.2 ? ['in-person', 'online'] : ['in-person'],
      lastVerified: `202${4 + Math.floor(r() * 3)}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`,
      _target: { proper, service, city, lang },
    });
  }
  return { title: `Generated directory (${size})`, language: 'en', resources };
}

/** Folds accents the way a visitor typing without them would. */
const stripAccents = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’']/g, ' ');

/** Drops one letter in the middle of a word: a typical typo. */
function typo(word, r) {
  if (word.length < 5) return word;
  const k = 1 + Math.floor(r() * (word.length - 2));
  return word.slice(0, k) + word.slice(k + 1);
}

/**
 * 64 queries, each aimed at one record: exact words, prefixes as typed, typos, missing accents, multi-word.
 * Returns { kind, text, target } where target is the intended record's id.
 */
export function querySet(feed, count = 64, seed = 7) {
  const r = rng(seed);
  const kinds = ['exact', 'prefix', 'typo', 'accent', 'multi'];
  const queries = [];
  while (queries.length < count) {
    const res = feed.resources[Math.floor(r() * feed.resources.length)];
    const { proper, service, city } = res._target;
    const kind = kinds[queries.length % kinds.length];
    const first = service.split(' ')[0];
    let text;
    if (kind === 'exact') text = `${proper} ${first}`;
    else if (kind === 'prefix') text = proper.slice(0, Math.max(4, proper.length - 2));
    else if (kind === 'typo') text = `${typo(proper, r)} ${first.toLowerCase()}`;
    else if (kind === 'accent') {
      if (!/[^ -~]/.test(service + proper)) continue; // only records whose name has accents (non-ASCII)
      text = stripAccents(`${service} ${proper}`).toLowerCase();
    } else text = `${service} ${proper} ${city}`.toLowerCase();
    queries.push({ kind, text, target: res.id });
  }
  return queries;
}

/** The prefixes a visitor's keystrokes produce for a query, sampled at a third, two thirds and the whole. */
export function keystrokes(text, samples = 3) {
  const out = new Set();
  for (let k = 1; k <= samples; k++) out.add(text.slice(0, Math.ceil((text.length * k) / samples)));
  return [...out];
}

/** A stable UUID-shaped id from a string (for HSDS ids). */
function uuidOf(text) {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    h1 = Math.imul(h1 ^ text.charCodeAt(i), 16777619) >>> 0;
    h2 = Math.imul(h2 ^ text.charCodeAt(i), 2246822519) >>> 0;
  }
  const hex = (h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0')).repeat(2);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const HSDS_DAYS = { mo: 'MO', tu: 'TU', we: 'WE', th: 'TH', fr: 'FR', sa: 'SA', su: 'SU' };

/**
 * The same directory as {@link generateFeed}, published as an HSDS 3.0 API page (`Page` envelope of full services
 * with organization, locations, addresses, phones, schedules and taxonomy terms: about 1.5 KB a service, the shape
 * of the San Mateo directory). Service ids are the native ids, so the same query targets hold.
 */
export function generateHsdsFeed(size, seed = 42) {
  const native = generateFeed(size, seed);
  const contents = native.resources.map((r) => {
    const id = r.id;
    const locationId = uuidOf(`${id}/location`);
    const [first, ...rest] = r.categories[0].split(' > ');
    const parentId = uuidOf(`term/${first}`);
    const terms = [
      { id: parentId, name: first, taxonomy: 'generated' },
      ...rest.map((name, k) => ({
        id: uuidOf(`term/${r.categories[0]}/${k}`),
        name,
        taxonomy: 'generated',
        parent_id: parentId,
      })),
      ...r.tags.map((tag) => ({ id: uuidOf(`tag/${tag}`), name: tag, taxonomy: 'keywords' })),
    ];
    return {
      id,
      name: r.name,
      description: r.description,
      url: `https://example.org/${id}`,
      email: `${id}@example.org`,
      status: 'active',
      eligibility_description: r.eligibility.audiences.join(', '),
      fees_description: r.cost.free ? 'Free' : 'Ask about fees',
      application_process: 'Walk in or call.',
      assured_date: r.lastVerified,
      organization: { id: uuidOf(`${id}/org`), name: r.organization },
      languages: r.languages.map((code) => ({ id: `${id}-lang-${code}`, code })),
      attributes: terms.map((term, k) => ({
        id: `${id}-attr-${k}`,
        taxonomy_term: term,
      })),
      cost_options: r.cost.free ? [{ id: `${id}-cost`, amount: 0, currency: 'USD' }] : [],
      service_areas: [{ id: uuidOf(`area/${r.address.locality}`), name: r.address.locality }],
      service_at_locations: [
        {
          id: `${id}-sal`,
          service_id: id,
          location: {
            id: locationId,
            location_type: 'physical',
            name: r.organization,
            latitude: r.coordinates.lat,
            longitude: r.coordinates.lng,
            addresses: [
              {
                id: `${id}-address`,
                address_1: r.address.street,
                city: r.address.locality,
                state_province: 'Region',
                postal_code: String(10000 + (Number(id.slice(1)) % 89999)),
                country: 'US',
                address_type: 'physical',
              },
            ],
            accessibility: r.accessibility.map((a) => ({
              id: `${id}-access-${a}`,
              description: a,
            })),
            phones: r.phones.map((p, k) => ({
              id: `${id}-phone-${k}`,
              number: p.number,
              type: 'voice',
            })),
          },
        },
      ],
      schedules: [
        {
          id: `${id}-schedule`,
          freq: 'WEEKLY',
          byday: r.hours.weekly.map((p) => HSDS_DAYS[p.day]).join(','),
          opens_at: r.hours.weekly[0]?.opens ?? '09:00',
          closes_at: r.hours.weekly[0]?.closes ?? '17:00',
          timezone: r.hours.timezone,
        },
      ],
    };
  });
  return {
    total_items: size,
    total_pages: 1,
    page_number: 1,
    size,
    first_page: true,
    last_page: true,
    empty: size === 0,
    contents,
  };
}
