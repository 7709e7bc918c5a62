package org.haven.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Hibernate's statement inspector for the shared site context
 * ({@link SiteIntegrationTest}): records the SQL that Hibernate sends while a test asks
 * it to, so a test can check what a page reads from the database.
 */
public final class RecordedSql implements StatementInspector {

	/** A column or table that holds a body. */
	private static final Pattern BODY = Pattern.compile("(?i)\\b(body_markdown|body_html|body_text|article_body)\\b");

	/** Standing pages (about, privacy): a handful, read whole for the navigation. */
	private static final Pattern STANDING_PAGES = Pattern.compile("(?i)\\bfrom page\\b");

	/** A count, sum or grouping: work that grows with the whole site, not with a page. */
	private static final Pattern AGGREGATE = Pattern.compile("(?i)\\b(count|sum|min|max)\\s*\\(|\\bgroup\\s+by\\b");

	/** A statement over articles or their tags and categories. */
	private static final Pattern ARTICLES = Pattern.compile("(?i)\\b(from|join)\\s+article(_tag|_category)?\\b");

	private static final Queue<String> statements = new ConcurrentLinkedQueue<>();

	private static volatile boolean recording;

	@Override
	public String inspect(String sql) {
		if (recording) {
			statements.add(sql);
		}
		return sql;
	}

	/** The statements Hibernate prepared while {@code action} ran. */
	public static synchronized List<String> during(Runnable action) {
		statements.clear();
		recording = true;
		try {
			action.run();
		}
		finally {
			recording = false;
		}
		List<String> recorded = new ArrayList<>(statements);
		statements.clear();
		return recorded;
	}

	/** The statements among {@code sql} that read an article's body. */
	public static List<String> readingBodies(List<String> sql) {
		return sql.stream()
			.filter(statement -> BODY.matcher(statement).find() && !STANDING_PAGES.matcher(statement).find())
			.toList();
	}

	/**
	 * The statements among {@code sql} that count or group articles: at 100,000 articles
	 * each is a scan, so no page render may send one (the counts are kept in memory).
	 */
	public static List<String> countingArticles(List<String> sql) {
		return sql.stream()
			.filter(statement -> AGGREGATE.matcher(statement).find() && ARTICLES.matcher(statement).find())
			.toList();
	}

}
