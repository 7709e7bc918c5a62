-- An article's body (Markdown, HTML, plain text, table of contents, FAQ) moves to a table of its own, so that the
-- article table holds only what cards, lists, feeds and the sitemap show: scanning, sorting and grouping articles
-- never reads or sorts tens of kilobytes a row. Bodies share the article sequence, so migrated bodies keep their
-- article's id and later ones never clash with them.
create table article_body (
    id            bigint           not null primary key,
    body_markdown varchar(1000000) not null,
    body_html     varchar(1000000) not null,
    body_text     varchar(1000000) not null,
    toc           varchar(1000000) not null,
    faq           varchar(1000000) not null
);

insert into article_body (id, body_markdown, body_html, body_text, toc, faq)
    select id, body_markdown, body_html, body_text, toc, faq from article;

alter table article add column body_id bigint;
update article set body_id = id;
alter table article alter column body_id set not null;
alter table article add constraint article_body_ref foreign key (body_id) references article_body (id);
alter table article add constraint article_body_once unique (body_id);

alter table article drop column body_markdown;
alter table article drop column body_html;
alter table article drop column body_text;
alter table article drop column toc;
alter table article drop column faq;

-- Lists are newest first within what readers see: the sort keys and the id from one index.
drop index article_listing;
create index article_visible_order on article (status, published_at, slug);
