-- Choices an admin makes in the editor that must outlive a restart: the active theme and its setting values.
create table site_setting (
    name       varchar(200)  not null primary key,
    setting_value varchar(2000) not null,
    updated_at timestamp with time zone not null,
    updated_by varchar(320)  not null
);
