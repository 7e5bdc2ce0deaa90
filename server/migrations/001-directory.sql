-- The directory: services (each kept whole as the finder's record, with the columns that filters, facets, search
-- and distance read), their organizations and taxonomy terms, the words that typos are corrected to, and referrals.

create extension if not exists pg_trgm;
create extension if not exists unaccent;
create extension if not exists cube;
create extension if not exists earthdistance;

-- Lower case without accents, immutable so that it can be indexed ("Hébergement" -> "hebergement").
create function rf_fold(text) returns text
  language sql immutable parallel safe strict
  return lower(public.unaccent('public.unaccent'::regdictionary, $1));

-- The minute of the week (Monday 00:00 = 0) of an instant in a time zone, as weekly opening ranges are kept.
create function rf_minute_of_week(at timestamptz, zone text) returns int
  language sql stable parallel safe strict
  return ((extract(isodow from at at time zone zone)::int - 1) * 1440
    + extract(hour from at at time zone zone)::int * 60
    + extract(minute from at at time zone zone)::int);

create table organizations (
  id text primary key,
  name text not null
);

create table taxonomy_terms (
  id text primary key,
  parent_id text,
  name text not null,
  -- The term's name per language, from the feed's taxonomy.
  labels jsonb not null default '{}'
);

create table services (
  id text primary key,
  organization_id text,
  name text not null,
  -- The finder's record, as checked at import.
  resource jsonb not null,
  -- Filter options, as the finder's facets name them (categories with their ancestors).
  categories text[] not null default '{}',
  -- Taxonomy term ids of its categories and their ancestors (HSDS taxonomy_term_id).
  terms text[] not null default '{}',
  places text[] not null default '{}',
  languages text[] not null default '{}',
  audiences text[] not null default '{}',
  accessibility text[] not null default '{}',
  delivery text[] not null default '{}',
  free boolean not null default false,
  min_age int,
  max_age int,
  lat double precision,
  lng double precision,
  hours_zone text,
  open_minutes int4multirange,
  name_key text not null,
  -- Its place in the source: browsing shows the directory in the order its publisher gave.
  position int not null default 0,
  verified date,
  modified timestamptz not null default now(),
  -- Weighted words: name (A), categories, tags and audiences (B), organization and place (C), the rest (D), each as
  -- written and stemmed in the languages the record has.
  search tsvector not null,
  -- The import that last saw it (a full import removes what it did not see).
  seen_by bigint not null default 0
);

create index services_search on services using gin (search);
create index services_categories on services using gin (categories);
create index services_terms on services using gin (terms);
create index services_languages on services using gin (languages);
create index services_places on services using gin (places);
create index services_organization on services (organization_id);
create index services_modified on services (modified);
create index services_name on services (name_key, id);
create index services_position on services (position, id);
create index services_earth on services using gist (ll_to_earth(lat, lng)) where lat is not null;

-- Every word of the directory as written (folded), with how many services have it: typos are corrected to these.
create table words (
  word text primary key,
  documents int not null
);
create index words_trigrams on words using gin (word gin_trgm_ops);

-- What each import did.
create table imports (
  id bigserial primary key,
  source text not null,
  started timestamptz not null default now(),
  finished timestamptz,
  accepted int,
  rejected int,
  removed int,
  -- Set for an incremental import (HSDS modified_after).
  since timestamptz,
  meta jsonb,
  -- The stemming configurations of the languages its services are written in: queries are stemmed in these.
  configs text[] not null default '{}'
);

create table referrals (
  reference text primary key,
  -- One referral per key, whatever the number of server processes or retries.
  idempotency_key text not null unique,
  resource_id text,
  body jsonb not null,
  received timestamptz not null default now(),
  handled timestamptz
);
create index referrals_received on referrals (received);

-- A service's weighted words: each part folded, as written ('simple') and stemmed in each of `configs`.
create function rf_document(a text, b text, c text, d text, configs regconfig[]) returns tsvector
  language plpgsql immutable parallel safe as $$
declare
  doc tsvector := setweight(to_tsvector('simple', rf_fold(coalesce(a, ''))), 'A')
    || setweight(to_tsvector('simple', rf_fold(coalesce(b, ''))), 'B')
    || setweight(to_tsvector('simple', rf_fold(coalesce(c, ''))), 'C')
    || setweight(to_tsvector('simple', rf_fold(coalesce(d, ''))), 'D');
  config regconfig;
begin
  foreach config in array coalesce(configs, '{}') loop
    doc := doc
      || setweight(to_tsvector(config, rf_fold(coalesce(a, ''))), 'A')
      || setweight(to_tsvector(config, rf_fold(coalesce(b, ''))), 'B')
      || setweight(to_tsvector(config, rf_fold(coalesce(c, ''))), 'C')
      || setweight(to_tsvector(config, rf_fold(coalesce(d, ''))), 'D');
  end loop;
  return doc;
end $$;

-- What one part of a query looks for: each word as written and stemmed in each of `configs` (each lexeme once: fewer
-- alternatives are faster, and PostgreSQL estimates them better), and the word being typed as a prefix. With
-- `weights` ('AB'), only the words of those parts count (a need's words widen a query towards names and categories).
create function rf_query(words text[], prefix text, configs regconfig[], weights text default '') returns tsquery
  language sql immutable parallel safe
  return (
    select to_tsquery('simple', coalesce(string_agg(term, ' | '), ''))
    from (
      select distinct quote_literal(lexeme) || case when weights <> '' then ':' || weights else '' end as term
      from unnest(coalesce(words, '{}')) as word,
        unnest('simple'::regconfig || coalesce(configs, '{}')) as config,
        unnest(tsvector_to_array(to_tsvector(config, word))) as lexeme
      union
      select quote_literal(prefix) || ':*' || weights where prefix is not null and prefix <> ''
    ) terms
  );
