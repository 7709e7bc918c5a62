-- A category's own disclaimer, shown under its articles instead of the site's default (categories.yaml `disclaimer:`).
alter table category add column disclaimer varchar(2000);
