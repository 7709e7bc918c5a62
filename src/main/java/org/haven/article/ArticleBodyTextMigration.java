package org.haven.article;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.haven.content.MarkdownRenderer;
import org.springframework.stereotype.Component;

/**
 * Migration 6.1: fills {@code article.body_text} (added by V6) for articles stored before
 * it existed, by rendering their Markdown once; new saves and imports store it with the
 * HTML. A Spring bean so Flyway finds it next to the SQL migrations.
 */
@Component
class ArticleBodyTextMigration implements JavaMigration {

	private static final int BATCH = 200;

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("6.1");
	}

	@Override
	public String getDescription() {
		return "article body text";
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		fill(context.getConnection());
	}

	static void fill(Connection connection) throws SQLException {
		MarkdownRenderer renderer = new MarkdownRenderer();
		try (Statement select = connection.createStatement();
				ResultSet rows = select.executeQuery("select id, body_markdown from article where body_text = ''");
				PreparedStatement update = connection
					.prepareStatement("update article set body_text = ? where id = ?")) {
			int pending = 0;
			while (rows.next()) {
				update.setString(1, renderer.render(rows.getString(2)).text());
				update.setLong(2, rows.getLong(1));
				update.addBatch();
				if (++pending == BATCH) {
					update.executeBatch();
					pending = 0;
				}
			}
			if (pending > 0) {
				update.executeBatch();
			}
		}
	}

}
