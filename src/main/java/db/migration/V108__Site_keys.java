package db.migration;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * One table for the installation's signing keys, by name. The newsletter's key moves in
 * from {@code subscription_key}, byte for byte (it signed with the ASCII bytes of its
 * text), so preference and unsubscribe links in mails already sent keep working. The form
 * key, until now a file in each node's data directory, is stored by the first node that
 * needs it ({@code SiteKeys}). Java, because the key's bytes are re-encoded.
 */
public class V108__Site_keys extends BaseJavaMigration {

	/**
	 * The name the newsletter's key has in {@code site_key} (its links are signed under
	 * it).
	 */
	public static final String NEWSLETTER_KEY = "newsletter-links";

	@Override
	public void migrate(Context context) throws SQLException {
		migrate(context.getConnection());
	}

	public static void migrate(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("create table site_key (name varchar(40) primary key, secret varchar(200) not null)");
			try (ResultSet old = statement.executeQuery("select secret from subscription_key where id = 1");
					PreparedStatement insert = connection
						.prepareStatement("insert into site_key (name, secret) values (?, ?)")) {
				if (old.next()) {
					insert.setString(1, NEWSLETTER_KEY);
					insert.setString(2,
							Base64.getEncoder().encodeToString(old.getString(1).getBytes(StandardCharsets.US_ASCII)));
					insert.executeUpdate();
				}
			}
			statement.execute("drop table subscription_key");
		}
	}

}
