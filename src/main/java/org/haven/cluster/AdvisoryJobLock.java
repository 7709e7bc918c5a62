package org.haven.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.haven.config.JobLock;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The cluster's job lock: a PostgreSQL session-level advisory lock held on a connection
 * of its own. Whoever holds it runs the site-wide jobs. It goes with its connection, so
 * when the holding node stops or dies (even {@code kill -9}: the server sees the socket
 * close) the lock is free, and another node takes it at its next check.
 */
class AdvisoryJobLock implements JobLock, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(AdvisoryJobLock.class);

	/** The lock's key: any constant the site uses for nothing else ("haven" in ASCII). */
	static final long KEY = 0x686176656EL;

	private final DirectConnections connections;

	private @Nullable Connection connection;

	private volatile boolean held;

	AdvisoryJobLock(DirectConnections connections) {
		this.connections = connections;
		check();
	}

	@Override
	public boolean held() {
		return held;
	}

	/** Takes the lock if it is free, and makes sure a lock held is still held. */
	@Scheduled(fixedDelayString = "${haven.cluster.poll-interval:PT2S}")
	synchronized void check() {
		try {
			if (connection == null || !connection.isValid(2)) {
				release();
				connection = connections.open();
			}
			if (!held) {
				held = tryLock(connection);
				if (held) {
					log.info("This node now runs the site-wide jobs (scheduled publishing, mail)");
				}
			}
		}
		catch (SQLException ex) {
			log.warn("Job lock: {}", ex.getMessage());
			release();
		}
	}

	private static boolean tryLock(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
			statement.setLong(1, KEY);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
	}

	private void release() {
		held = false;
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				// closing ends the session, which releases the lock either way
			}
			connection = null;
		}
	}

	@Override
	public synchronized void destroy() {
		release();
	}

}
