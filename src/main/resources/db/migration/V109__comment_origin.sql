-- Where an imported comment came from (a WordPress export: wordpress:<site>#comment-<id>), so a second import of the
-- same export updates it instead of adding it again. Null for comments written here.
alter table comment add column origin varchar(300);
create unique index ux_comment_origin on comment (origin);
