package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A sequence for sign-off ids, handed out fifty at a time like the article's and the
 * revision's. With the identity column alone, each sign-off an import records (one per
 * reviewed file) was inserted on its own as soon as it was saved, which flushed the
 * chunk's other inserts unbatched, and H2 wrote its whole store to disk each time the
 * identity advanced: a third of the save time of a 10,000-file import. The sequence
 * starts after the highest id already used, which SQL alone cannot say in both H2 and
 * PostgreSQL. Here, beside the SQL migrations, so every Flyway run finds it.
 */
public class V107__Review_signoff_sequence extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		create(context.getConnection());
	}

	public static void create(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			long next;
			try (ResultSet max = statement.executeQuery("select coalesce(max(id), 0) + 1 from review_signoff")) {
				max.next();
				next = max.getLong(1);
			}
			statement.execute("create sequence review_signoff_seq start with " + next + " increment by 50");
		}
	}

}
