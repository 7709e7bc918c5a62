-- Renamed or merged tags and categories keep their old address: /tags/<from_slug> and /categories/<from_slug>
-- (and their feeds) answer 301 to the same address with <to_slug>. Replaces tag_redirect, whose rows move here.
create table slug_redirect (
    kind       varchar(20)  not null,
    from_slug  varchar(120) not null,
    to_slug    varchar(120) not null,
    created_at timestamp with time zone not null,
    primary key (kind, from_slug)
);

insert into slug_redirect (kind, from_slug, to_slug, created_at)
    select 'TAG', from_slug, to_slug, created_at from tag_redirect;

drop table tag_redirect;
