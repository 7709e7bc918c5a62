-- Failed sign-ins, counted here when several nodes share the database (haven.cluster.enabled), so that the limits
-- hold for the whole site and not per node; a single node counts them in memory and leaves this table empty.
create table login_failure (
    throttle_key  varchar(400) primary key,
    failures      integer not null,
    last_failure  timestamp with time zone not null
);

create index login_failure_last on login_failure (last_failure);
