-- A number that changes whenever an account's rights change (disabled, role, password): a signed-in
-- session that remembers another number is ended on its next request.
alter table editor_user add column security_stamp bigint not null default 0;

-- API tokens: an optional end of validity, and what they may do (read: GET only; write: everything
-- the owner's role allows). Existing tokens keep working as before.
alter table api_token add column expires_at timestamp with time zone;
alter table api_token add column scope varchar(10) not null default 'write';
