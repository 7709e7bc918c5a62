-- Typed content notes (slugs from content-notes.yaml), in the order the article names them, like its tags.

create table article_content_note (
    article_id bigint       not null references article (id) on delete cascade,
    position   integer      not null,
    slug       varchar(120) not null,
    primary key (article_id, position)
);

create index article_content_note_slug on article_content_note (slug);
