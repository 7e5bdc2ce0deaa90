// Expands scripts/sample-source.mjs into demo/sample-feed.json (the demo's built-in sample directory).
import { writeFile } from 'node:fs/promises';
import { CITIES, S, TAXONOMY } from './sample-source.mjs';

const DAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

/** "mo-fr 09:00-17:00; sa 10:00-13:00" or "24/7" -> weekly periods. */
function weekly(spec) {
  if (spec === '24/7') return DAYS.map((day) => ({ day, opens: '00:00', closes: '24:00' }));
  return spec.split(';').flatMap((part) => {
    const [days, times] = part.trim().split(' ');
    const [opens, closes] = times.split('-');
    const [from, to = from] = days.split('-');
    const a = DAYS.indexOf(from);
    const b = DAYS.indexOf(to);
    if (a < 0 || b < 0) throw new Error(`bad days in "${spec}"`);
    return DAYS.slice(a, b + 1).map((day) => ({ day, opens, closes }));
  });
}

/** A small, stable offset so places in one city do not sit on one point. */
function jitter(id, scale) {
  let h = 0;
  for (const c of id) h = (h * 31 + c.charCodeAt(0)) | 0;
  return ((h % 1000) / 1000) * scale;
}

const resources = S.map((s) => {
  const city = CITIES[s.city];
  const r = {
    id: s.id,
    name: s.name,
    description: s.desc,
    organization: s.org,
    categories: s.cat,
    tags: s.tags,
    languages: s.lang,
    cost: { free: s.free, ...(s.cost ? { text: s.cost } : {}) },
  };
  if (s.age || s.aud) {
    r.eligibility = {
      ...(s.age ? { minAge: s.age[0], maxAge: s.age[1] } : {}),
      ...(s.aud ? { audiences: s.aud } : {}),
    };
  }
  if (s.a11y) r.accessibility = s.a11y;
  r.address = {
    ...(s.street ? { street: s.street } : {}),
    ...(s.pc ? { postalCode: s.pc } : {}),
    locality: city.locality,
    region: city.region,
    country: city.country,
  };
  if (s.street || s.confidential) {
    r.coordinates = {
      lat: +(city.lat + jitter(s.id, 0.04) - 0.02).toFixed(5),
      lng: +(city.lng + jitter(s.id + 'x', 0.06) - 0.03).toFixed(5),
    };
  }
  if (s.phone) r.phones = [{ number: s.phone }];
  if (s.email) r.email = s.email;
  if (s.web) r.website = s.web;
  r.hours = { timezone: city.timezone, weekly: weekly(s.hours) };
  if (s.area) r.serviceArea = s.area;
  r.delivery = s.deliv ?? ['in-person'];
  r.lastVerified = s.verified;
  if (s.referral) r.referral = { accepts: true };
  if (s.confidential) r.confidential = true;
  if (s.trans) r.translations = s.trans;
  return r;
});

const feed = {
  title: 'Community resources – sample directory',
  publisher: { name: 'resource-finder sample data (fictional organizations)' },
  updated: '2026-11-01',
  language: 'en',
  taxonomy: TAXONOMY,
  resources,
};
await writeFile(
  new URL('../demo/sample-feed.json', import.meta.url),
  `${JSON.stringify(feed, null, 2)}\n`,
);
console.log(`demo/sample-feed.json: ${resources.length} resources`);
