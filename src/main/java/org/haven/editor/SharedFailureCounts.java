package org.haven.editor;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Failed sign-ins counted in the shared database ({@code login_failure}), so that on a
 * cluster the limits hold for the whole site: behind a load balancer, counting per node
 * would give each account and address as many tries as there are nodes. Failures are
 * rare, so a row write per failure costs nothing a reader notices.
 */
final class SharedFailureCounts implements FailureCounts {

	private final JdbcClient jdbc;

	SharedFailureCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public @Nullable Failures get(String key) {
		return jdbc.sql("select failures, last_failure from login_failure where throttle_key = ?")
			.param(key)
			.query((rs, n) -> new Failures(rs.getInt(1), rs.getTimestamp(2).toInstant()))
			.optional()
			.orElse(null);
	}

	@Override
	public void record(String key, Instant now, Duration window, Duration keep) {
		if (increment(key, now, window) == 0) {
			try {
				jdbc.sql("insert into login_failure (throttle_key, failures, last_failure) values (?, 1, ?)")
					.params(key, Timestamp.from(now))
					.update();
			}
			catch (DuplicateKeyException ex) {
				increment(key, now, window); // another node counted the first one
												// meanwhile
			}
		}
		jdbc.sql("delete from login_failure where last_failure < ?").param(Timestamp.from(now.minus(keep))).update();
	}

	private int increment(String key, Instant now, Duration window) {
		return jdbc
			.sql("update login_failure set failures = case when last_failure < ? then 1 else failures + 1 end,"
					+ " last_failure = ? where throttle_key = ?")
			.params(Timestamp.from(now.minus(window)), Timestamp.from(now), key)
			.update();
	}

	@Override
	public void forget(String key) {
		jdbc.sql("delete from login_failure where throttle_key = ?").param(key).update();
	}

	@Override
	public void forgetAll() {
		jdbc.sql("delete from login_failure").update();
	}

}
