package org.haven.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * One thread per node that {@code LISTEN}s on its own connection and, whenever a
 * notification arrives or the poll interval passes, applies every event after the last
 * one applied ({@link ChangeCatchUp}). A lost connection is opened again after a pause;
 * notifications missed meanwhile are caught up from the table.
 */
class ChangeListener implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ChangeListener.class);

	private final DirectConnections connections;

	private final ChangeCatchUp catchUp;

	private final Duration poll;

	private volatile Thread thread;

	ChangeListener(DirectConnections connections, ChangeCatchUp catchUp, Duration poll) {
		this.connections = connections;
		this.catchUp = catchUp;
		this.poll = poll;
	}

	@Override
	public void start() {
		Thread listener = new Thread(this::run, "haven-cluster-events");
		listener.setDaemon(true);
		thread = listener;
		listener.start();
	}

	@Override
	public void stop() {
		Thread listener = thread;
		thread = null;
		if (listener != null) {
			listener.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return thread != null;
	}

	private void run() {
		while (thread == Thread.currentThread()) {
			try (Connection connection = connections.open()) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("listen " + ChangeLog.CHANNEL);
				}
				PGConnection pg = connection.unwrap(PGConnection.class);
				log.info("Listening for changes from other nodes");
				while (thread == Thread.currentThread()) {
					catchUp.run();
					// returns at the first notification, or empty once the poll interval
					// has passed
					pg.getNotifications((int) poll.toMillis());
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (thread != Thread.currentThread()) {
					return;
				}
				log.warn("Change events: {}; trying again in {}", ex.getMessage(), poll);
				try {
					Thread.sleep(poll.toMillis());
				}
				catch (InterruptedException stop) {
					return;
				}
			}
		}
	}

}
