package org.haven.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Articles stored before V6 get their plain text from their Markdown; rows that have one
 * keep it.
 */
class ArticleBodyTextMigrationUnitTest {

	@Test
	void fillsTheTextOfRowsThatHaveNone() throws Exception {
		try (Connection db = DriverManager.getConnection("jdbc:h2:mem:body-text-migration")) {
			try (Statement sql = db.createStatement()) {
				sql.execute("create table article (id bigint primary key, body_markdown varchar(1000000) not null, "
						+ "body_text varchar(1000000) default '' not null)");
				sql.execute("insert into article (id, body_markdown) values (1, 'Some advice is *un*helpful.')");
				sql.execute("insert into article (id, body_markdown, body_text) values (2, 'New *text*', 'New text')");
			}

			ArticleBodyTextMigration.fill(db);

			Map<Long, String> texts = new HashMap<>();
			try (Statement sql = db.createStatement();
					ResultSet rows = sql.executeQuery("select id, body_text from article")) {
				while (rows.next()) {
					texts.put(rows.getLong(1), rows.getString(2));
				}
			}
			assertThat(texts).containsEntry(1L, "Some advice is unhelpful.").containsEntry(2L, "New text");
		}
	}

}
