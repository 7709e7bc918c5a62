-- A renamed or merged tag keeps its old address: /tags/<from_slug> answers 301 to /tags/<to_slug>.
create table tag_redirect (
    from_slug  varchar(120) not null primary key,
    to_slug    varchar(120) not null,
    created_at timestamp with time zone not null
);
