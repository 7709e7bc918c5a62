-- The sender asks for due rows "order by status, next_attempt_at, id". With id in the index the rows come out of it in
-- that order and the query stops at its limit; without it, each batch sorted every queued row (10,000 for a batch of 100).
drop index ix_mail_outbox_due;
create index ix_mail_outbox_due on mail_outbox (status, next_attempt_at, id);
