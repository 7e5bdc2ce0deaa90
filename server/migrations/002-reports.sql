-- Visitors' reports that a listing is wrong (issue 18): what is wrong and an optional note, nothing about the visitor.
-- One report per idempotency key, whatever the number of server processes or retries. A maintainer resolves a
-- listing's open reports once it is checked.
create table reports (
  reference text primary key,
  idempotency_key text not null unique,
  resource_id text not null,
  resource_name text not null,
  kinds text[] not null,
  note text,
  language text not null,
  received timestamptz not null default now(),
  resolved timestamptz
);
create index reports_open on reports (resource_id, received) where resolved is null;
