-- Every filter option a service has, as its group, U+001F, then the option ('categories' || chr(31) || 'food'),
-- "open now" aside (it depends on the instant): a search counts its facets in one pass over one array a service.
create function rf_facet_keys(categories text[], places text[], languages text[], audiences text[],
  accessibility text[], delivery text[], free boolean) returns text[]
  language sql immutable parallel safe
  return array(
    select 'categories' || chr(31) || v from unnest(categories) v
    union all select 'places' || chr(31) || v from unnest(places) v
    union all select 'languages' || chr(31) || v from unnest(languages) v
    union all select 'audiences' || chr(31) || v from unnest(audiences) v
    union all select 'accessibility' || chr(31) || v from unnest(accessibility) v
    union all select 'delivery' || chr(31) || v from unnest(delivery) v
    union all select 'cost' || chr(31) || 'free' where free
  );

alter table services add column facet_keys text[] generated always as
  (rf_facet_keys(categories, places, languages, audiences, accessibility, delivery, free)) stored;
