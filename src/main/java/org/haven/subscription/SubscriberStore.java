package org.haven.subscription;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Pending sign-ups and subscribers in plain SQL. Recipients are read in pages by id
 * (keyset), so sending to many never holds them all in memory.
 */
@Repository
class SubscriberStore {

	private final JdbcClient jdbc;

	SubscriberStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Pending> pendingFor(String email) {
		return jdbc.sql("select nonce, email, choices, requested_at from subscription_request where email = ?")
			.param(email)
			.query(SubscriberStore::pending)
			.optional();
	}

	Optional<Pending> pending(String nonce) {
		return jdbc.sql("select nonce, email, choices, requested_at from subscription_request where nonce = ?")
			.param(nonce)
			.query(SubscriberStore::pending)
			.optional();
	}

	void replacePending(Pending pending) {
		jdbc.sql("delete from subscription_request where email = ?").param(pending.email()).update();
		jdbc.sql("insert into subscription_request (nonce, email, choices, requested_at) values (?, ?, ?, ?)")
			.params(pending.nonce(), pending.email(), pending.choices().write(), ts(pending.requestedAt()))
			.update();
	}

	void updatePendingChoices(String email, Choices choices) {
		jdbc.sql("update subscription_request set choices = ? where email = ?").params(choices.write(), email).update();
	}

	boolean deletePending(String nonce) {
		return jdbc.sql("delete from subscription_request where nonce = ?").param(nonce).update() == 1;
	}

	int deletePendingBefore(Instant cutoff) {
		return jdbc.sql("delete from subscription_request where requested_at < ?").param(ts(cutoff)).update();
	}

	/** Creates the subscriber, or gives an existing one the new choices and consent. */
	long upsert(String email, Choices choices, Instant now, String consentVersion) {
		Optional<Long> existing = jdbc.sql("select id from subscriber where email = ?")
			.param(email)
			.query(Long.class)
			.optional();
		long id;
		if (existing.isPresent()) {
			id = existing.get();
			jdbc.sql("""
					update subscriber set whole_site = ?, frequency = ?, paused = false, consent_at = ?,
					    consent_version = ?, updated_at = ? where id = ?""")
				.params(choices.wholeSite(), choices.frequency().name(), ts(now), consentVersion, ts(now), id)
				.update();
		}
		else {
			var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
			jdbc.sql("""
					insert into subscriber (email, token, whole_site, frequency, paused, consent_at, consent_version,
					    created_at, updated_at) values (?, ?, ?, ?, false, ?, ?, ?, ?)""")
				.params(email, NewsletterLinks.randomToken(), choices.wholeSite(), choices.frequency().name(), ts(now),
						consentVersion, ts(now), ts(now))
				.update(keys, "id");
			id = keys.getKeyAs(Number.class).longValue();
		}
		writeTopics(id, choices);
		return id;
	}

	void updateChoices(long id, Choices choices, boolean paused, Instant now) {
		jdbc.sql("update subscriber set whole_site = ?, frequency = ?, paused = ?, updated_at = ? where id = ?")
			.params(choices.wholeSite(), choices.frequency().name(), paused, ts(now), id)
			.update();
		writeTopics(id, choices);
	}

	private void writeTopics(long id, Choices choices) {
		jdbc.sql("delete from subscriber_topic where subscriber_id = ?").param(id).update();
		for (Topic topic : choices.topics()) {
			jdbc.sql("insert into subscriber_topic (subscriber_id, kind, slug) values (?, ?, ?)")
				.params(id, topic.kind().name(), topic.slug())
				.update();
		}
	}

	Optional<Subscriber> byToken(String token) {
		return one("token = ?", token);
	}

	Optional<Subscriber> byId(long id) {
		return one("id = ?", id);
	}

	Optional<String> tokenOf(long id) {
		return jdbc.sql("select token from subscriber where id = ?").param(id).query(String.class).optional();
	}

	boolean delete(long id) {
		return jdbc.sql("delete from subscriber where id = ?").param(id).update() == 1;
	}

	/**
	 * The next page of people to mail about an article in these categories, with these
	 * tags and this author: subscribed to each article, not paused, following the whole
	 * site or any of those. Each person is one row however many of their topics match.
	 */
	List<MailingRow> followersAfter(long afterId, int limit, Set<String> categories, Set<String> tags, String author) {
		return jdbc.sql("""
				select s.id, s.email, s.token from subscriber s
				where s.id > :after and s.paused = false and s.frequency = 'EACH' and (s.whole_site = true or exists (
				    select 1 from subscriber_topic t where t.subscriber_id = s.id and (
				        (t.kind = 'CATEGORY' and t.slug in (:categories)) or (t.kind = 'AUTHOR' and t.slug = :author)
				        or (t.kind = 'TAG' and t.slug in (:tags)))))
				order by s.id fetch first :limit rows only""")
			.param("after", afterId)
			.param("categories", orNone(categories))
			.param("author", author)
			.param("tags", orNone(tags))
			.param("limit", limit)
			.query((rs, n) -> new MailingRow(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/** An {@code in (...)} list needs one value: one no slug can be. */
	private static Set<String> orNone(Set<String> slugs) {
		return slugs.isEmpty() ? Set.of("\u0000") : slugs;
	}

	/** The next page of weekly subscribers, with their topics. */
	List<Map.Entry<MailingRow, Set<Topic>>> weeklyAfter(long afterId, int limit) {
		List<MailingRow> rows = jdbc.sql("""
				select id, email, token from subscriber where id > ? and paused = false and frequency = 'WEEKLY'
				order by id fetch first ? rows only""")
			.params(afterId, limit)
			.query((rs, n) -> new MailingRow(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
		Map<Long, Set<Topic>> topics = topicsOf(rows.stream().map(MailingRow::id).toList());
		List<Map.Entry<MailingRow, Set<Topic>>> page = new ArrayList<>();
		rows.forEach(row -> page.add(Map.entry(row, topics.getOrDefault(row.id(), Set.of()))));
		return page;
	}

	/**
	 * A page of subscribers for the admin, newest first, filtered by part of the address.
	 */
	List<Subscriber> search(String query, int offset, int limit) {
		return withTopics(jdbc.sql("""
				select id, email, whole_site, frequency, paused, consent_at, consent_version from subscriber
				where lower(email) like ? order by id desc offset ? rows fetch first ? rows only""")
			.params(like(query), offset, limit));
	}

	/** Every subscriber in id order, a page at a time (the CSV export). */
	List<Subscriber> pageAfter(long afterId, int limit) {
		return withTopics(jdbc.sql("""
				select id, email, whole_site, frequency, paused, consent_at, consent_version from subscriber
				where id > ? order by id fetch first ? rows only""").params(afterId, limit));
	}

	long count(String query) {
		return jdbc.sql("select count(*) from subscriber where lower(email) like ?")
			.param(like(query))
			.query(Long.class)
			.single();
	}

	/**
	 * Counts by choice: {@code frequency:EACH}, {@code paused}, {@code site},
	 * {@code tag:sleep}...
	 */
	Map<String, Long> countsByChoice() {
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("all", jdbc.sql("select count(*) from subscriber").query(Long.class).single());
		counts.put("paused",
				jdbc.sql("select count(*) from subscriber where paused = true").query(Long.class).single());
		jdbc.sql("select frequency, count(*) from subscriber group by frequency order by frequency").query(rs -> {
			counts.put("frequency:" + rs.getString(1), rs.getLong(2));
		});
		counts.put("site",
				jdbc.sql("select count(*) from subscriber where whole_site = true").query(Long.class).single());
		jdbc.sql("select kind, slug, count(*) from subscriber_topic group by kind, slug order by kind, slug")
			.query(rs -> {
				counts.put(rs.getString(1).toLowerCase(Locale.ROOT) + ":" + rs.getString(2), rs.getLong(3));
			});
		return counts;
	}

	private List<Subscriber> withTopics(JdbcClient.StatementSpec statement) {
		List<Object[]> rows = statement
			.query((rs,
					n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getString(4),
							rs.getBoolean(5), rs.getTimestamp(6).toInstant(), rs.getString(7) })
			.list();
		Map<Long, Set<Topic>> topics = topicsOf(rows.stream().map(r -> (Long) r[0]).toList());
		return rows.stream()
			.map(r -> new Subscriber((Long) r[0], (String) r[1],
					new Choices(topics.getOrDefault((Long) r[0], Set.of()), Frequency.valueOf((String) r[3])),
					(Boolean) r[4], (Instant) r[5], (String) r[6]))
			.toList();
	}

	private Optional<Subscriber> one(String where, Object value) {
		return withTopics(jdbc.sql("""
				select id, email, whole_site, frequency, paused, consent_at, consent_version from subscriber
				where """ + " " + where).param(value)).stream().findFirst();
	}

	private Map<Long, Set<Topic>> topicsOf(List<Long> ids) {
		Map<Long, Set<Topic>> topics = new HashMap<>();
		if (ids.isEmpty()) {
			return topics;
		}
		jdbc.sql("select subscriber_id, kind, slug from subscriber_topic where subscriber_id in (:ids)")
			.param("ids", ids)
			.query(rs -> {
				topics.computeIfAbsent(rs.getLong(1), id -> new HashSet<>())
					.add(new Topic(Topic.Kind.valueOf(rs.getString(2)), rs.getString(3)));
			});
		return topics;
	}

	private static Pending pending(ResultSet rs, int row) throws SQLException {
		return new Pending(rs.getString(1), rs.getString(2), Choices.read(rs.getString(3)),
				rs.getTimestamp(4).toInstant());
	}

	private static String like(String query) {
		String escaped = query.toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "");
		return "%" + escaped + "%";
	}

	private static Timestamp ts(Instant instant) {
		return Timestamp.from(instant);
	}

}
