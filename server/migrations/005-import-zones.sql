-- The time zones of each import's services' hours, so that the server learns the directory's zones from its imports
-- (as it learns its stemming configurations) instead of reading every service at start: at 1,000,000 services that
-- read took 49 s with a cold cache, and the first visitor waited for it. The last full import is given the zones of
-- the services already there.
alter table imports add column zones text[] not null default '{}';
update imports set zones = array(
    select distinct hours_zone from services where hours_zone is not null order by 1)
  where id = (select max(id) from imports where finished is not null and since is null);
