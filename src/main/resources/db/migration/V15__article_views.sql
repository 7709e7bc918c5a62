-- Article views as daily totals: one row per article and day, nothing about who viewed (no address, cookie, agent).
-- One migration set for H2 and PostgreSQL.
create table article_view_day (
    article_id bigint not null references article (id) on delete cascade,
    view_date  date   not null,
    views      bigint not null,
    primary key (article_id, view_date)
);

create index article_view_day_day on article_view_day (view_date);
