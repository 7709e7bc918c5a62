-- Hugo's front-matter weight orders pinned (featured) articles: lower first, unset last.
alter table article add column pin_weight integer;
