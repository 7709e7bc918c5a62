-- How far a site-wide job has got, by job name, so that a restart or another node taking over the job lock carries on
-- from there instead of from its own start time. First user: the moderators' comment digest.
create table job_watermark (
    name  varchar(80) not null primary key,
    up_to timestamp with time zone not null
);
