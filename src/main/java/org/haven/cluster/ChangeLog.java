package org.haven.cluster;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * The event table: appending a change (and notifying every listening node when the
 * transaction commits) and reading what came after a given row.
 */
class ChangeLog {

	/** The PostgreSQL notification channel; the payload is the new row's id. */
	static final String CHANNEL = "haven_changes";

	private final JdbcClient jdbc;

	ChangeLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A change as stored, with the node it started on. */
	record Stored(long id, String node, Change change) {
	}

	long append(String node, Change change, Instant now) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into cluster_event (node, kind, article_id, slug, flag, reason, created_at)"
				+ " values (?, ?, ?, ?, ?, ?, ?)")
			.params(node, change.kind(), change.articleId(), change.slug(), change.flag(), change.reason(),
					Timestamp.from(now))
			.update(key, "id");
		long id = key.getKeyAs(Long.class);
		// delivered when the transaction commits; the payload is a number, so it can be
		// written inline
		jdbc.sql("notify " + CHANNEL + ", '" + id + "'").update();
		return id;
	}

	/** The id of the newest row, 0 for an empty table. */
	long lastId() {
		return jdbc.sql("select coalesce(max(id), 0) from cluster_event").query(Long.class).single();
	}

	List<Stored> after(long id, int limit) {
		return jdbc.sql("select * from cluster_event where id > :id order by id limit :limit")
			.param("id", id)
			.param("limit", limit)
			.query(ChangeLog::row)
			.list();
	}

	List<Stored> withIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from cluster_event where id in (:ids) order by id")
			.param("ids", ids)
			.query(ChangeLog::row)
			.list();
	}

	int deleteBefore(Instant cutoff) {
		return jdbc.sql("delete from cluster_event where created_at < ?").param(Timestamp.from(cutoff)).update();
	}

	private static Stored row(ResultSet rs, int n) throws SQLException {
		long articleId = rs.getLong("article_id");
		Long article = rs.wasNull() ? null : articleId;
		Change change = new Change(rs.getString("kind"), article, rs.getString("slug"), rs.getBoolean("flag"),
				rs.getString("reason"));
		return new Stored(rs.getLong("id"), rs.getString("node"), change);
	}

}
