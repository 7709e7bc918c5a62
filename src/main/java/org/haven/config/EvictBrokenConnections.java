package org.haven.config;

import java.sql.SQLException;

import com.zaxxer.hikari.SQLExceptionOverride;

/**
 * Hikari's own test for a dead connection knows SQL states of class 08 and a few vendor
 * codes, not H2's "database is closed": without this, connections to an H2 database that
 * closed itself after a fatal error went back to the pool and failed every later request
 * until a restart. Evicted, they are replaced by new ones, and H2 opens the database
 * again. Set as {@code spring.datasource.hikari.exception-override-class-name}.
 */
public class EvictBrokenConnections implements SQLExceptionOverride {

	@java.lang.Override
	public Override adjudicate(SQLException failure) {
		return DatabaseFailures.isFatal(failure) ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
	}

}
