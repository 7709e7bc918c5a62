-- Old addresses of standing pages (Hugo's `aliases`, WordPress's /?page_id=N and the page's permalink), as articles
-- have had since V1. Pages imported before this have unchanged files that the import would skip: forgetting their
-- hashes makes the next import read each page file once and pick up its aliases.
create table page_alias (
    page_id bigint       not null references page (id) on delete cascade,
    path    varchar(500) not null primary key
);

update page set content_hash = null where source_path is not null;
