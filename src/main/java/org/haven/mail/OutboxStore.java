package org.haven.mail;

import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox tables in plain SQL: claims are conditional updates, so two workers (or two
 * nodes) never take the same row, and inserts skip keys that exist, so enqueueing twice
 * is harmless.
 */
@Repository
class OutboxStore {

	private static final String INSERT = """
			insert into mail_outbox (mail_key, mail_group, recipient, content_id, personal, headers, status,
			    attempts, next_attempt_at, created_at)
			select ?, ?, ?, ?, ?, ?, 'QUEUED', 0, ?, ?
			where not exists (select 1 from mail_outbox where mail_key = ?)
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	OutboxStore(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	long saveContent(MailMessage message, Instant now) {
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("insert into mail_content (subject, text_body, html_body, created_at) values (?, ?, ?, ?)")
			.params(message.subject(), message.text(), message.html(), ts(now))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	Optional<MailMessage> content(long id) {
		return jdbc.sql("select subject, text_body, html_body from mail_content where id = ?")
			.param(id)
			.query((rs, n) -> new MailMessage(rs.getString(1), rs.getString(2), rs.getString(3)))
			.optional();
	}

	/**
	 * Inserts the rows whose keys are new, as one JDBC batch (a page of followers costs
	 * one round of statements, not one per row); answers how many were new.
	 */
	int insert(String group, long contentId, List<Recipient> recipients, Instant now) {
		Timestamp at = ts(now);
		int[] counts = batch.batchUpdate(INSERT,
				recipients.stream()
					.map(r -> new Object[] { r.key(), group, r.address(), contentId, Lines.write(r.values(), "="),
							Lines.write(r.headers(), ": "), at, at, r.key() })
					.toList());
		int added = 0;
		for (int count : counts) {
			// a driver that cannot tell per-row counts in a batch reports SUCCESS_NO_INFO
			added += (count == Statement.SUCCESS_NO_INFO) ? 1 : count;
		}
		return added;
	}

	Optional<Long> nextDue(Instant now) {
		return dueIds(now, 1).stream().findFirst();
	}

	/**
	 * The ids of up to {@code limit} rows due now, oldest due first. The order names
	 * {@code status} (one value here) so that H2 reads the rows in the order of
	 * {@code ix_mail_outbox_due} and stops after {@code limit}, instead of sorting every
	 * queued row for each batch.
	 */
	List<Long> dueIds(Instant now, int limit) {
		return jdbc.sql("""
				select id from mail_outbox where status = 'QUEUED' and next_attempt_at <= ?
				order by status, next_attempt_at, id fetch first ? rows only""")
			.params(ts(now), limit)
			.query(Long.class)
			.list();
	}

	/**
	 * Takes a queued row for sending; false when another worker (or a cancel) was first.
	 */
	boolean claim(long id, Instant now) {
		return jdbc.sql("update mail_outbox set status = 'SENDING', claimed_at = ? where id = ? and status = 'QUEUED'")
			.params(ts(now), id)
			.update() == 1;
	}

	/** The claimed rows among {@code ids}, in the order given. */
	List<OutboxRow> rows(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, OutboxRow> byId = new LinkedHashMap<>();
		jdbc.sql("""
				select id, mail_key, recipient, content_id, attempts, personal, headers
				from mail_outbox where id in (:ids) and status = 'SENDING'""")
			.param("ids", ids)
			.query((rs, n) -> new OutboxRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getInt(5), Lines.read(rs.getString(6), "="), Lines.read(rs.getString(7), ": ")))
			.list()
			.forEach(row -> byId.put(row.id(), row));
		return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
	}

	/** Claimed rows a sender did not get to go back in the queue as they were. */
	void release(List<Long> ids) {
		if (!ids.isEmpty()) {
			jdbc.sql(
					"update mail_outbox set status = 'QUEUED', claimed_at = null where id in (:ids) and status = 'SENDING'")
				.param("ids", ids)
				.update();
		}
	}

	void markSent(long id, Instant now) {
		jdbc.sql("""
				update mail_outbox set status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = null
				where id = ? and status = 'SENDING'""").params(ts(now), id).update();
	}

	void markFailedAttempt(long id, MailStatus status, int attempts, Instant next, String error) {
		jdbc.sql("""
				update mail_outbox set status = ?, attempts = ?, next_attempt_at = ?, last_error = ?
				where id = ? and status = 'SENDING'""")
			.params(status.name(), attempts, ts(next), truncate(error), id)
			.update();
	}

	/**
	 * Rows claimed before {@code claimedBefore} and never finished go back in the queue.
	 */
	int releaseStaleClaims(Instant claimedBefore) {
		return jdbc.sql("update mail_outbox set status = 'QUEUED' where status = 'SENDING' and claimed_at < ?")
			.param(ts(claimedBefore))
			.update();
	}

	int cancelGroup(String group) {
		return jdbc.sql("update mail_outbox set status = 'CANCELLED' where mail_group = ? and status = 'QUEUED'")
			.param(group)
			.update();
	}

	int cancelKey(String key) {
		return jdbc.sql("update mail_outbox set status = 'CANCELLED' where mail_key = ? and status = 'QUEUED'")
			.param(key)
			.update();
	}

	/**
	 * Erasure: unsent mail to the address goes, sent mail keeps its count but not the
	 * address.
	 */
	int forget(String address) {
		int removed = jdbc.sql("delete from mail_outbox where recipient = ? and status in ('QUEUED', 'CANCELLED')")
			.param(address)
			.update();
		jdbc.sql("""
				update mail_outbox set recipient = '', personal = null, headers = null
				where recipient = ? and status <> 'SENDING'""").param(address).update();
		return removed;
	}

	List<MailGroupStats> stats(@Nullable String group) {
		Map<String, long[]> counts = new LinkedHashMap<>();
		String where = (group != null) ? " where mail_group = ?" : "";
		var counting = jdbc.sql("select mail_group, status, count(*) from mail_outbox" + where
				+ " group by mail_group, status order by mail_group");
		if (group != null) {
			counting = counting.param(group);
		}
		counting.query(rs -> {
			long[] row = counts.computeIfAbsent(rs.getString(1), g -> new long[MailStatus.values().length]);
			row[MailStatus.valueOf(rs.getString(2)).ordinal()] = rs.getLong(3);
		});
		Map<String, String> errors = new LinkedHashMap<>();
		var erring = jdbc.sql("""
				select mail_group, last_error from mail_outbox where id in (
				    select max(id) from mail_outbox where last_error is not null group by mail_group)""");
		erring.query(rs -> {
			errors.put(rs.getString(1), rs.getString(2));
		});
		List<MailGroupStats> stats = new ArrayList<>();
		counts
			.forEach((name, c) -> stats.add(new MailGroupStats(name, c[0], c[1], c[2], c[3], c[4], errors.get(name))));
		return stats;
	}

	private static String truncate(String error) {
		return (error.length() > 1000) ? error.substring(0, 1000) : error;
	}

	private static Timestamp ts(Instant instant) {
		return Timestamp.from(instant);
	}

}
