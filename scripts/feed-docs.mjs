// Documentation of every field of the feed format, by path ("resources[]" is one item of the list).
// scripts/write-json-schema.mjs puts these into dist/feed.schema.json and fails when a field has no entry or an
// entry names no field, so the schema (src/core/schema.ts) and its documentation cannot drift apart.
export const FEED_DOCS = {
  '': 'A directory of community resources in the resource-finder format.',
  title: 'Title of the directory.',
  publisher: 'Who publishes the directory.',
  'publisher.name': 'Name of the publisher.',
  'publisher.url': 'Website of the publisher (http or https).',
  updated: 'When the directory was last updated (YYYY-MM-DD, time optional).',
  language: 'Default language of the texts (BCP 47, e.g. "en", "fr", "it").',
  taxonomy:
    'The directory\'s own categories, named in each language. Resources refer to them by id in "categories"; visitors read their names in their language. Each term is checked on its own: a bad one is reported and left out.',
  'taxonomy[]': 'One category.',
  'taxonomy[].id': 'What resources\' "categories" refer to; unique, without ">".',
  'taxonomy[].parent': 'The id of the broader category, if any (e.g. "food" for "food-bank").',
  'taxonomy[].labels':
    'The category\'s name per language (BCP 47 tag → name), e.g. {"en": "Food bank", "fr": "Banque alimentaire"}.',
  'taxonomy[].labels.*': 'The name in one language.',
  needs:
    'The directory\'s own words for needs, added to the needs vocabulary that search ships with (data/needs.json in the library): by need id ("food", "shelter", … or a new one).',
  'needs.*': 'One need.',
  'needs.*.says':
    'What people say for it, words or phrases in any language (e.g. "tafel", "frigo solidaire").',
  'needs.*.says[]': 'One way of saying it.',
  'needs.*.finds':
    'What answers it in this directory: words, or ids of the taxonomy (which stand for their names in every language).',
  'needs.*.finds[]': 'One word, phrase or category id.',
  resources:
    'The resources. Each is validated on its own: an invalid one is reported and skipped, the others are kept.',
  'resources[]': 'One resource: a service, place, group or person that helps.',
  'resources[].id': 'Stable identifier, unique in the feed.',
  'resources[].name': 'Name of the service.',
  'resources[].description': 'What the service does, in plain text (never HTML).',
  'resources[].organization': 'Organization that runs the service.',
  'resources[].categories':
    'Categories: ids of the feed\'s taxonomy (e.g. "food-bank"), or names, a hierarchy written "Parent > Child" (e.g. "Health > Mental health").',
  'resources[].categories[]': 'One category: a taxonomy id, or a path of names.',
  'resources[].tags': 'Free keywords that help search.',
  'resources[].tags[]': 'One keyword.',
  'resources[].languages': 'Languages spoken by the staff (BCP 47).',
  'resources[].languages[]': 'A BCP 47 language tag such as "en", "fr", "ar" or "pt-BR".',
  'resources[].cost': 'Whether the service is free.',
  'resources[].cost.free': 'True when the service costs nothing.',
  'resources[].cost.text': 'Details of fees, e.g. "sliding scale".',
  'resources[].eligibility': 'Who the service is for.',
  'resources[].eligibility.text': 'Who the service is for, in plain words.',
  'resources[].eligibility.minAge': 'Youngest age served (years).',
  'resources[].eligibility.maxAge': 'Oldest age served (years).',
  'resources[].eligibility.audiences':
    'Audience tags such as lgbtq, refugees, youth, women, families, seniors.',
  'resources[].eligibility.audiences[]': 'One audience tag.',
  'resources[].accessibility':
    'Accessibility features, e.g. wheelchair, step-free, hearing-loop, sign-language.',
  'resources[].accessibility[]': 'One accessibility feature.',
  'resources[].address': 'Postal address of the place.',
  'resources[].address.street': 'Street and number.',
  'resources[].address.locality': 'City or town.',
  'resources[].address.region': 'Region, state or province.',
  'resources[].address.postalCode': 'Postal code.',
  'resources[].address.country': 'Two-letter ISO 3166 country code.',
  'resources[].coordinates': 'Position of the place (WGS 84).',
  'resources[].coordinates.lat': 'Latitude, -90 to 90.',
  'resources[].coordinates.lng': 'Longitude, -180 to 180.',
  'resources[].phones': 'Phone numbers.',
  'resources[].phones[]': 'One phone number.',
  'resources[].phones[].number': 'The number as people dial it, e.g. "+33 1 23 45 67 89".',
  'resources[].phones[].label': 'What the number is for, e.g. "Hotline" or "SMS".',
  'resources[].email': 'Contact email address.',
  'resources[].website': 'Website (http or https).',
  'resources[].hours': 'Weekly opening hours.',
  'resources[].hours.timezone': 'IANA time zone of the opening times, e.g. "Europe/Paris".',
  'resources[].hours.weekly':
    'Opening periods; a period whose closing time is not after its opening time ends the next day.',
  'resources[].hours.weekly[]': 'One opening period.',
  'resources[].hours.weekly[].day': 'Day of the week: mo, tu, we, th, fr, sa or su.',
  'resources[].hours.weekly[].opens': 'Opening time, HH:MM.',
  'resources[].hours.weekly[].closes': 'Closing time, HH:MM (24:00 for midnight).',
  'resources[].hours.notes': 'Free text about hours, e.g. "closed on public holidays".',
  'resources[].serviceArea': 'Area served, e.g. "Lyon and suburbs".',
  'resources[].delivery': 'How the service is delivered: in-person, online, phone.',
  'resources[].delivery[]': 'One delivery mode.',
  'resources[].lastVerified': 'When the information was last checked (YYYY-MM-DD).',
  'resources[].status': 'active (default) or temporarily-closed (shown with a badge).',
  'resources[].alert':
    'A short, important notice shown prominently, e.g. "Moved online until March".',
  'resources[].applicationProcess':
    'How to get the service: walk in, call first, referral needed...',
  'resources[].referral': 'Whether and how the service takes referral requests.',
  'resources[].referral.accepts': 'True when the service accepts referral requests.',
  'resources[].referral.endpoint': 'URL that receives referral requests as JSON (POST).',
  'resources[].referral.email': 'Email address that receives referral requests.',
  'resources[].confidential':
    'True for a confidential place (a shelter, for example): its address is never shown.',
  'resources[].translations':
    'Name and description in other languages, keyed by BCP 47 language tag.',
  'resources[].translations.*': 'The resource in one language.',
  'resources[].translations.*.name': 'Translated name.',
  'resources[].translations.*.description': 'Translated description.',
  'resources[].translations.*.hoursNotes':
    'Translated notes about the opening hours (hours.notes).',
};
