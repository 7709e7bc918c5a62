package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Sequences for comment and comment-action ids, handed out fifty at a time, as the
 * sign-offs got in V107 and for the same reason: with identity columns, H2 wrote its
 * whole store to disk each time an identity advanced, twice per comment, so a WordPress
 * import of 501 comments took 9 s. Each sequence starts after the highest id already
 * used.
 */
public class V110__Comment_sequences extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		create(context.getConnection(), "comment");
		create(context.getConnection(), "comment_action");
	}

	/**
	 * Creates {@code
	 *
	<table>
	 * _seq}, starting after the table's highest id.
	 */
	public static void create(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			long next;
			try (ResultSet max = statement.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
				max.next();
				next = max.getLong(1);
			}
			statement.execute("create sequence " + table + "_seq start with " + next + " increment by 50");
		}
	}

}
