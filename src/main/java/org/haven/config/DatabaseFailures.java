package org.haven.config;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that is gone (closed after a fatal error, out of memory, unreachable)
 * from an ordinary failed statement. Readers then get a calm 503 instead of a 500, and
 * the connection pool drops the connection instead of handing it out again.
 */
public final class DatabaseFailures {

	/**
	 * H2's codes for a database that cannot go on: closed (90098), closing (90121), file
	 * I/O (90028, 90031), out of memory (90108), or locked by another process (90020).
	 */
	private static final Set<Integer> H2_FATAL = Set.of(90098, 90121, 90028, 90031, 90108, 90020);

	private DatabaseFailures() {
	}

	/** Whether {@code failure}, or anything that caused it, says the database is gone. */
	public static boolean isOutage(@Nullable Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof SQLException sql && isFatal(sql) || cause instanceof CannotCreateTransactionException
					|| cause instanceof DataAccessResourceFailureException
					|| cause.getClass().getName().equals("org.h2.mvstore.MVStoreException")) {
				return true;
			}
		}
		return false;
	}

	/** Whether the connection that threw {@code failure} is no use any more. */
	public static boolean isFatal(SQLException failure) {
		String state = failure.getSQLState();
		return H2_FATAL.contains(failure.getErrorCode()) || state != null && state.startsWith("08")
				|| failure instanceof SQLTransientConnectionException
				|| failure instanceof SQLNonTransientConnectionException;
	}

}
