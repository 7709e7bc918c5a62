-- V1 named an index article_category; PostgreSQL keeps tables and indexes in one namespace, so it moves aside.
alter index article_category rename to article_primary_category;

-- An article keeps all its categories (the first is primary and stays in article.category_slug),
-- and may leave the site at a set time (Hugo's expiryDate).

create table article_category (
    article_id bigint       not null references article (id) on delete cascade,
    position   integer      not null,
    slug       varchar(120) not null,
    primary key (article_id, position)
);

create index article_category_slug on article_category (slug);

insert into article_category (article_id, position, slug)
    select id, 0, category_slug from article where category_slug <> '';

alter table article add column expires_at timestamp with time zone;
