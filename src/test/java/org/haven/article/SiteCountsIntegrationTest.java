package org.haven.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.haven.support.Drafts;
import org.haven.support.EditorIntegrationTest;
import org.haven.support.MutableClock;
import org.haven.taxonomy.CategoryDraft;
import org.haven.taxonomy.CategoryEditing;
import org.haven.taxonomy.CategoryView;
import org.haven.taxonomy.TagCount;
import org.haven.taxonomy.TaxonomyChanges;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The site-wide counts are kept, not counted per page: after every kind of change they
 * must equal what counting the database gives (the GROUP BYs the pages used to run).
 */
@EditorIntegrationTest
class SiteCountsIntegrationTest {

	static final String WHO = "counts-editor@haven.test";

	static final String VISIBLE = "a.status = 'PUBLISHED' and a.published_at <= ?"
			+ " and (a.expires_at is null or a.expires_at > ?)";

	@Autowired
	ArticleEditing editing;

	@Autowired
	Articles articles;

	@Autowired
	TaxonomyChanges taxonomy;

	@Autowired
	CategoryEditing categories;

	@Autowired
	ScheduledPublisher scheduledPublisher;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@AfterEach
	void reset() {
		clock.set(EditorIntegrationTest.NOW);
	}

	@Test
	void publishingUnpublishingAndArchivingKeepTheCountsExact() {
		String slug = Drafts.uniqueSlug("counted");
		String tag = "Counted " + slug;
		EditableArticle draft = editing.create(Drafts.publishable(slug).withTags(List.of(tag, "Sleep")), WHO);
		assertCountsMatchTheDatabase();
		assertThat(articles.tag(slugOf(tag))).isEmpty();

		EditableArticle published = editing.publish(draft.id(), draft.version(), draft.draft(), null, WHO);
		assertThat(articles.tag(slugOf(tag))).hasValueSatisfying(t -> assertThat(t.count()).isEqualTo(1));
		assertCountsMatchTheDatabase();

		EditableArticle unpublished = editing.unpublish(published.id(), published.version(), WHO);
		assertThat(articles.tag(slugOf(tag))).isEmpty();
		assertCountsMatchTheDatabase();

		EditableArticle again = editing.publish(unpublished.id(), unpublished.version(), unpublished.draft(), null,
				WHO);
		assertCountsMatchTheDatabase();
		editing.archive(again.id(), again.version(), WHO);
		assertThat(articles.tag(slugOf(tag))).isEmpty();
		assertCountsMatchTheDatabase();
	}

	@Test
	void aScheduledArticleIsCountedOnceItGoesLive() {
		String slug = Drafts.uniqueSlug("counted-later");
		String tag = "Later " + slug;
		EditableArticle draft = editing.create(Drafts.publishable(slug).withTags(List.of(tag)), WHO);
		editing.publish(draft.id(), draft.version(), draft.draft(), EditorIntegrationTest.NOW.plus(Duration.ofHours(1)),
				WHO);
		assertThat(articles.tag(slugOf(tag))).isEmpty();
		assertCountsMatchTheDatabase();

		clock.advance(Duration.ofHours(2));
		scheduledPublisher.announceDueArticles();

		assertThat(articles.tag(slugOf(tag))).hasValueSatisfying(t -> assertThat(t.count()).isEqualTo(1));
		assertCountsMatchTheDatabase();
	}

	@Test
	void aScheduledArticleKnownWhenTheCountsWereReadIsCountedWhenItsTimeComes() {
		String slug = Drafts.uniqueSlug("counted-known");
		String tag = "Known " + slug;
		EditableArticle draft = editing.create(Drafts.publishable(slug).withTags(List.of(tag)), WHO);
		editing.publish(draft.id(), draft.version(), draft.draft(), EditorIntegrationTest.NOW.plus(Duration.ofHours(1)),
				WHO);
		categories.create(new CategoryDraft("Known " + Drafts.uniqueSlug("c"), "", "", null));
		assertThat(articles.tag(slugOf(tag))).isEmpty();

		clock.advance(Duration.ofHours(2));

		assertThat(articles.tag(slugOf(tag))).as("counted before any announcement")
			.hasValueSatisfying(t -> assertThat(t.count()).isEqualTo(1));
		assertCountsMatchTheDatabase();
	}

	@Test
	void renamingAndMergingTagsMovesTheirCounts() {
		String slug = Drafts.uniqueSlug("renamed");
		String tag = "Old name " + slug;
		String other = "Other name " + slug;
		publish(Drafts.publishable(slug).withTags(List.of(tag)));
		publish(Drafts.publishable(slug + "-b").withTags(List.of(other)));

		taxonomy.renameTag(slugOf(tag), "New name " + slug, WHO);
		assertThat(articles.tag(slugOf(tag))).isEmpty();
		assertThat(articles.tag(slugOf("New name " + slug)))
			.hasValueSatisfying(t -> assertThat(t.count()).isEqualTo(1));
		assertCountsMatchTheDatabase();

		taxonomy.renameTag(slugOf(other), "New name " + slug, WHO);
		assertThat(articles.tag(slugOf("New name " + slug)))
			.hasValueSatisfying(t -> assertThat(t.count()).isEqualTo(2));
		assertCountsMatchTheDatabase();
	}

	@Test
	void movingACategorysArticlesMovesItsCount() {
		String name = "Counted " + Drafts.uniqueSlug("c");
		String category = categories.create(new CategoryDraft(name, "", "", null)).slug();
		String slug = Drafts.uniqueSlug("moved");
		publish(Drafts.publishable(slug).withCategory(category));
		assertThat(count(category)).isEqualTo(1);
		assertCountsMatchTheDatabase();

		categories.merge(category, "anxiety", WHO);

		assertThat(articles.category(category)).isEmpty();
		assertCountsMatchTheDatabase();
	}

	@Test
	void featuredArticlesComeByPinWeightLowerFirstThenTheNewest() {
		String slug = Drafts.uniqueSlug("pinned");
		// the same publication time: without pin weights they would come a, b, c
		publishFeatured(slug + "-a-unpinned", null);
		publishFeatured(slug + "-b", 2);
		publishFeatured(slug + "-c", 1);

		assertThat(articles.featured(100).stream().map(ArticleCard::slug).filter(s -> s.startsWith(slug)))
			.containsExactly(slug + "-c", slug + "-b", slug + "-a-unpinned");
		assertCountsMatchTheDatabase();
	}

	/** Pinned as an import from Hugo pins it (the editor has no pin weight field). */
	private void publishFeatured(String slug, Integer pinWeight) {
		ArticleDraft d = Drafts.publishable(slug);
		EditableArticle draft = editing.create(new ArticleDraft(d.title(), d.slug(), d.summary(), d.category(),
				d.tags(), d.author(), d.reviewer(), d.lastReviewed(), d.contentWarning(), d.contentNotes(), true,
				d.faq(), d.cover(), d.coverAlt(), d.body()), WHO);
		editing.publish(draft.id(), draft.version(), draft.draft(), null, WHO);
		jdbc.update("update article set pin_weight = ? where id = ?", pinWeight, draft.id());
		events.publishEvent(new SiteContentChanged("pin weights set", true)); // as an
																				// import
																				// ends
	}

	private void publish(ArticleDraft d) {
		EditableArticle draft = editing.create(d, WHO);
		editing.publish(draft.id(), draft.version(), draft.draft(), null, WHO);
	}

	private long count(String category) {
		return articles.category(category).map(CategoryView::count).orElseThrow();
	}

	private static String slugOf(String label) {
		return org.haven.content.Slugs.ofTag(label);
	}

	private void assertCountsMatchTheDatabase() {
		Instant now = clock.instant();
		java.sql.Timestamp at = java.sql.Timestamp.from(now);
		Map<String, Long> byCategory = jdbc
			.query("select c.slug, count(*) from article a join article_category c on c.article_id = a.id where "
					+ VISIBLE + " group by c.slug", (rs, i) -> Map.entry(rs.getString(1), rs.getLong(2)), at, at)
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		List<TagCount> byTag = jdbc.query(
				"select t.slug, min(t.label), count(*) from article a join article_tag t on t.article_id = a.id where "
						+ VISIBLE + " group by t.slug order by t.slug",
				(rs, i) -> new TagCount(rs.getString(1), rs.getString(2), rs.getLong(3)), at, at);
		Map<YearMonth, Long> byMonth = jdbc
			.queryForList("select a.published_at from article a where " + VISIBLE, java.time.OffsetDateTime.class, at,
					at)
			.stream()
			.collect(Collectors.groupingBy(t -> YearMonth.from(t.withOffsetSameInstant(ZoneOffset.UTC)), TreeMap::new,
					Collectors.counting()));

		assertThat(articles.categories().stream().filter(c -> c.count() > 0))
			.extracting(c -> Map.entry(c.slug(), c.count()))
			.containsExactlyInAnyOrderElementsOf(byCategory.entrySet());
		assertThat(articles.tags()).containsExactlyInAnyOrderElementsOf(byTag);
		assertThat(articles.archiveMonths()).extracting(m -> Map.entry(m.month(), m.count()))
			.containsExactlyInAnyOrderElementsOf(byMonth.entrySet());
		assertThat(articles.latest(1, 1).totalItems())
			.isEqualTo(byMonth.values().stream().mapToLong(Long::longValue).sum());
		assertListsMatchTheDatabase(at, byCategory.keySet(), byTag, byMonth.keySet());
	}

	/**
	 * The kept list order gives what the ORDER BY the list pages used to run gives, page
	 * by page, and each article's neighbours in its primary category.
	 */
	private void assertListsMatchTheDatabase(java.sql.Timestamp at, java.util.Set<String> categorySlugs,
			List<TagCount> tags, java.util.Set<YearMonth> months) {
		String newest = " order by a.published_at desc, a.slug";
		List<Long> all = jdbc.queryForList("select a.id from article a where " + VISIBLE + newest, Long.class, at, at);
		Map<Long, List<String>> tagsById = new java.util.HashMap<>();
		jdbc.query("select t.article_id, t.slug from article_tag t order by t.article_id, t.position",
				(java.sql.ResultSet rs) -> {
					tagsById.computeIfAbsent(rs.getLong(1), id -> new java.util.ArrayList<>()).add(rs.getString(2));
				});
		assertThat(articles.publishedAddresses()).as("the sitemap's rows")
			.isEqualTo(jdbc.query(
					"select a.id, a.slug, a.updated_at, a.category_slug, a.author_slug from article a where " + VISIBLE
							+ newest,
					(rs, i) -> new ArticleAddress(rs.getString(2),
							rs.getObject(3, java.time.OffsetDateTime.class).toInstant(), rs.getString(4),
							rs.getString(5), tagsById.getOrDefault(rs.getLong(1), List.of())),
					at, at));
		assertThat(ids(size -> articles.latest(1, size), all.size())).isEqualTo(all);
		assertThat(ids(size -> articles.latest(2, size), 3))
			.isEqualTo(all.subList(Math.min(3, all.size()), Math.min(6, all.size())));
		for (String category : categorySlugs) {
			assertThat(ids(size -> articles.inCategory(category, 1, size), all.size())).as(category)
				.isEqualTo(jdbc.queryForList("select a.id from article a where " + VISIBLE
						+ " and a.id in (select c.article_id from article_category c where c.slug = ?)" + newest,
						Long.class, at, at, category));
		}
		for (TagCount tag : tags) {
			assertThat(ids(size -> articles.taggedWith(tag.slug(), 1, size), all.size())).as(tag.slug())
				.isEqualTo(jdbc.queryForList(
						"select a.id from article a where " + VISIBLE
								+ " and a.id in (select t.article_id from article_tag t where t.slug = ?)" + newest,
						Long.class, at, at, tag.slug()));
		}
		for (YearMonth month : months) {
			java.sql.Timestamp from = java.sql.Timestamp.from(month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant());
			java.sql.Timestamp to = java.sql.Timestamp
				.from(month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant());
			assertThat(ids(size -> articles.inMonth(month, 1, size), all.size())).as(month.toString())
				.isEqualTo(jdbc.queryForList(
						"select a.id from article a where " + VISIBLE
								+ " and a.published_at >= ? and a.published_at < ?" + newest,
						Long.class, at, at, from, to));
		}
		for (String person : jdbc.queryForList(
				"select distinct a.author_slug from article a where a.author_slug is not null and " + VISIBLE,
				String.class, at, at)) {
			assertThat(ids(size -> articles.byAuthor(person, 1, size), all.size())).as(person)
				.isEqualTo(jdbc.queryForList(
						"select a.id from article a where " + VISIBLE
								+ " and (a.author_slug = ? or a.reviewer_slug = ?)" + newest,
						Long.class, at, at, person, person));
		}
		assertThat(articles.featured(all.size()).stream().map(ArticleCard::id).toList())
			.isEqualTo(jdbc.queryForList("select a.id from article a where " + VISIBLE
					+ " and a.featured and not exists (select 1 from article_content_note n where n.article_id = a.id)"
					+ " order by case when a.pin_weight is null then 1 else 0 end, a.pin_weight, a.published_at desc,"
					+ " a.slug", Long.class, at, at));
		assertThat(articles.latestWithoutNotes(all.size()).stream().map(ArticleCard::id).toList())
			.isEqualTo(jdbc.queryForList("select a.id from article a where " + VISIBLE
					+ " and not exists (select 1 from article_content_note n where n.article_id = a.id)" + newest,
					Long.class, at, at));
		for (ArticleCard card : articles.latest(1, 40).items()) {
			List<Long> inPrimary = jdbc.queryForList(
					"select a.id from article a where " + VISIBLE + " and a.category_slug = ?" + newest, Long.class, at,
					at, card.categorySlug());
			int i = inPrimary.indexOf(card.id());
			Neighbours neighbours = articles.neighbours(card);
			assertThat(neighbours.previous() == null ? null : neighbours.previous().id()).as(card.slug())
				.isEqualTo(i + 1 < inPrimary.size() ? inPrimary.get(i + 1) : null);
			assertThat(neighbours.next() == null ? null : neighbours.next().id()).as(card.slug())
				.isEqualTo(i > 0 ? inPrimary.get(i - 1) : null);
		}
	}

	private static List<Long> ids(java.util.function.IntFunction<Slice<ArticleCard>> page, int size) {
		return page.apply(Math.max(1, size)).items().stream().map(ArticleCard::id).toList();
	}

}
