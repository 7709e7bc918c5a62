package org.haven.support;

import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.haven.config.SiteKeys;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A private in-memory H2 database with Haven's migrations applied, for tests of code that
 * several nodes (or an old and a new version) share through the database, without a
 * Spring context.
 */
public final class MigratedDatabase {

	private MigratedDatabase() {
	}

	/** Migrated to the latest version. */
	public static DataSource latest() {
		return migrated(null);
	}

	/** Migrated up to and including {@code version}, as an earlier release left it. */
	public static DataSource upTo(String version) {
		return migrated(version);
	}

	/** The installation's signing keys, kept in {@code database}. */
	public static SiteKeys siteKeys(DataSource database) {
		return new SiteKeys(JdbcClient.create(database), new DataSourceTransactionManager(database));
	}

	/** Applies the remaining migrations to a database made by {@link #upTo}. */
	public static void migrate(DataSource database) {
		flyway(database, null).migrate();
	}

	private static DataSource migrated(String version) {
		DataSource database = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
				"sa", "");
		flyway(database, version).migrate();
		return database;
	}

	private static Flyway flyway(DataSource database, String version) {
		var configuration = Flyway.configure().dataSource(database).locations("classpath:db/migration");
		if (version != null) {
			configuration.target(version);
		}
		return configuration.load();
	}

}
