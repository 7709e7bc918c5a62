package org.haven.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;

/**
 * Connections of their own, outside the pool, for what holds one for as long as the node
 * runs: the {@code LISTEN} connection and the job lock's. A pooled connection would be
 * taken from requests for good, and the pool may retire it.
 */
class DirectConnections {

	private final DataSourceProperties properties;

	DirectConnections(DataSourceProperties properties) {
		this.properties = properties;
	}

	Connection open() throws SQLException {
		Connection connection = DriverManager.getConnection(properties.determineUrl(), properties.determineUsername(),
				properties.determinePassword());
		connection.setAutoCommit(true);
		return connection;
	}

}
