-- The body as plain text for the full-text index, rendered with body_html from the same parse. Existing rows are
-- filled by the Java migration 6.1 (ArticleBodyTextMigration), which renders their Markdown once.
alter table article add column body_text varchar(1000000) default '' not null;
