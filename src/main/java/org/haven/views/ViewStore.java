package org.haven.views;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code article_view_day} table: one row per article and day with that day's total.
 * Plain SQL, because adding to a total is an update, not an entity change.
 */
@Repository
class ViewStore {

	private final JdbcClient jdbc;

	ViewStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds views to each (article, day) total in one transaction. Totals only grow, so
	 * nodes sharing the database add without a lock; if the write fails, the caller keeps
	 * the views and tries again.
	 */
	@Transactional
	void add(List<DayViews> additions) {
		for (DayViews addition : additions) {
			jdbc.sql(
					"""
							merge into article_view_day t
							using (select cast(? as bigint) as article_id, cast(? as date) as view_date, cast(? as bigint) as views) s
							on t.article_id = s.article_id and t.view_date = s.view_date
							when matched then update set views = t.views + s.views
							when not matched then insert (article_id, view_date, views) values (s.article_id, s.view_date, s.views)""")
				.params(addition.articleId(), addition.day(), addition.views())
				.update();
		}
	}

	/** Views per day from {@code from} on, of one article or (null) of all. */
	@Transactional(readOnly = true)
	Map<LocalDate, Long> perDay(Long articleId, LocalDate from) {
		String where = articleId == null ? "view_date >= ?" : "view_date >= ? and article_id = ?";
		JdbcClient.StatementSpec spec = jdbc
			.sql("select view_date, sum(views) from article_view_day where " + where + " group by view_date")
			.param(from);
		if (articleId != null) {
			spec = spec.param(articleId);
		}
		return spec.query((rs, n) -> Map.entry(rs.getObject(1, LocalDate.class), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** The most viewed articles from {@code from} on, most first. */
	@Transactional(readOnly = true)
	List<ArticleViews> top(LocalDate from, int limit) {
		return jdbc
			.sql("select article_id, sum(views) as total from article_view_day where view_date >= ?"
					+ " group by article_id order by total desc, article_id fetch first " + limit + " rows only")
			.param(from)
			.query((rs, n) -> new ArticleViews(rs.getLong(1), rs.getLong(2)))
			.list();
	}

	/** Every view of one article so far. */
	@Transactional(readOnly = true)
	long total(long articleId) {
		return jdbc.sql("select coalesce(sum(views), 0) from article_view_day where article_id = ?")
			.param(articleId)
			.query(Long.class)
			.single();
	}

	/** Views to add to one article's total for one day. */
	record DayViews(long articleId, LocalDate day, long views) {
	}

	/** An article's views over a period. */
	record ArticleViews(long articleId, long views) {
	}

}
