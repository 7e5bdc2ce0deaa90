-- A service's words in its name, categories, tags and audiences (weights A and B) on their own, with their own index:
-- a need's widened words are looked for there. Asked for with a weight in the whole vector ('legal':AB), they made
-- PostgreSQL read every service holding the word anywhere, to check where; here the index finds them itself.
alter table services add column search_ab tsvector generated always as (ts_filter(search, '{a,b}')) stored;
create index services_search_ab on services using gin (search_ab);
