package org.haven.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.persistence.QueryHint;

import org.haven.taxonomy.CategoryCount;
import org.hibernate.jpa.HibernateHints;
import org.haven.taxonomy.TagCount;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

/**
 * Article queries. "Visible" always means published with a publish time not after
 * {@code now}.
 */
interface ArticleRepository extends JpaRepository<Article, Long>, JpaSpecificationExecutor<Article> {

	String VISIBLE = "a.status = org.haven.article.ArticleStatus.PUBLISHED and a.publishedAt <= :now"
			+ " and (a.expiresAt is null or a.expiresAt > :now)";

	String PUBLISHED = "a.status = org.haven.article.ArticleStatus.PUBLISHED";

	Optional<Article> findBySlug(String slug);

	/** Slug and id pairs of the visible articles among {@code slugs}. */
	@Query("select a.slug, a.id from Article a where " + VISIBLE + " and a.slug in :slugs")
	List<Object[]> findVisibleIds(Collection<String> slugs, Instant now);

	/** Slug, id, version and publication time of every visible article. */
	@Query("select a.slug, a.id, a.version, a.publishedAt from Article a where " + VISIBLE)
	List<Object[]> findVisibleVersions(Instant now);

	/** The visible article {@code slug} with its body, in one statement. */
	@Query("select a from Article a join fetch a.body where " + VISIBLE + " and a.slug = :slug")
	Optional<Article> findVisible(String slug, Instant now);

	@Query("select a.slug from Article a join a.aliases alias where " + VISIBLE + " and alias = :path")
	Optional<String> findVisibleSlugByAlias(String path, Instant now);

	/** Slugs and files of the visible articles whose file's path ends as given. */
	@Query("select a.slug, a.source.sourcePath from Article a where " + VISIBLE
			+ " and (a.source.sourcePath like :file or a.source.sourcePath like :bundle)")
	List<Object[]> findVisibleSlugsByFileEnding(String file, String bundle, Instant now);

	@Query("select a.publishedAt from Article a where " + VISIBLE + " and a.id = :id")
	Optional<Instant> findVisiblePublishedAt(long id, Instant now);

	@Query("select alias, a.slug from Article a join a.aliases alias where " + VISIBLE)
	List<Object[]> findVisibleAliases(Instant now);

	// Every list of visible articles comes from the kept order (ListingOrder); the
	// neighbours of an article that is not visible yet (a preview) still ask here.

	@Query("select a.id from Article a where " + VISIBLE + " and a.categorySlug = :category"
			+ " and (a.publishedAt < :at or (a.publishedAt = :at and a.slug > :slug))"
			+ " order by a.publishedAt desc, a.slug")
	List<Long> findVisibleIdBefore(String category, Instant at, String slug, Instant now, Pageable pageable);

	@Query("select a.id from Article a where " + VISIBLE + " and a.categorySlug = :category"
			+ " and (a.publishedAt > :at or (a.publishedAt = :at and a.slug < :slug))"
			+ " order by a.publishedAt asc, a.slug desc")
	List<Long> findVisibleIdAfter(String category, Instant at, String slug, Instant now, Pageable pageable);

	@Query("select a.id from Article a where " + VISIBLE + " order by a.publishedAt desc, a.slug")
	List<Long> findVisibleIds(Instant now);

	/**
	 * The plain text of these articles' bodies by id: one narrow column, never the
	 * Markdown or the HTML.
	 */
	@Query("select a.id, b.bodyText from Article a join a.body b where a.id in :ids")
	List<Object[]> findBodyTexts(Collection<Long> ids);

	/** The visible articles among {@code ids}: one narrow column. */
	@Query("select a.id from Article a where " + VISIBLE + " and a.id in :ids")
	List<Long> findVisibleIdsIn(Collection<Long> ids, Instant now);

	/**
	 * The version and the plain text of the body of article {@code id}, if it is visible:
	 * never the Markdown or the HTML.
	 */
	@Query("select a.version, b.bodyText from Article a join a.body b where " + VISIBLE + " and a.id = :id")
	List<Object[]> findVisibleBodyText(long id, Instant now);

	/** Articles by id with their tags and notes; never their bodies. */
	@Query("select a from Article a where a.id in :ids")
	List<Article> findAllByIdIn(Collection<Long> ids);

	@Query("select count(a), coalesce(sum(a.id), 0), coalesce(sum(a.version), 0) from Article a where " + VISIBLE)
	List<Object[]> summariseVisible(Instant now);

	// What the site-wide counts are kept from (SiteCounts): every published article's
	// placement, read once at start-up and after an import, then by id as articles
	// change.
	// Scheduled and expired ones are read too: their times say when the counts change.

	String PLACEMENTS = "select a.id, a.publishedAt, a.expiresAt, a.authorSlug, a.review.reviewerSlug, a.slug,"
			+ " a.categorySlug, a.featured, a.pinWeight, case when a.contentNotes is empty then false else true end,"
			+ " a.updatedAt from Article a where " + PUBLISHED;

	String CATEGORIES = "select a.id, c from Article a join a.categories c where " + PUBLISHED;

	String TAGS = "select a.id, t.slug, t.label from Article a join a.tags t where " + PUBLISHED;

	@Query(PLACEMENTS)
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "1000"))
	Stream<Object[]> streamPublishedPlacements();

	@Query(CATEGORIES)
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "1000"))
	Stream<Object[]> streamPublishedCategories();

	@Query(TAGS)
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "1000"))
	Stream<Object[]> streamPublishedTags();

	@Query(PLACEMENTS + " and a.id in :ids")
	List<Object[]> findPublishedPlacements(Collection<Long> ids);

	@Query(CATEGORIES + " and a.id in :ids")
	List<Object[]> findPublishedCategories(Collection<Long> ids);

	@Query(TAGS + " and a.id in :ids")
	List<Object[]> findPublishedTags(Collection<Long> ids);

	@Query("select a from Article a where a.status = org.haven.article.ArticleStatus.PUBLISHED"
			+ " and a.publishedAt > :after and a.publishedAt <= :now")
	List<Article> findBecameVisible(Instant after, Instant now);

	@Query("select new org.haven.article.ArticleKeys(a.slug, a.id) from Article a")
	List<ArticleKeys> findAllSlugs();

	@Query("select new org.haven.article.SourceEntry(a.source.sourcePath, a.source.contentHash, a.id, a.slug)"
			+ " from Article a where a.source.sourcePath is not null")
	List<SourceEntry> findSourceIndex();

	// The editor's queries: every status, not only what readers see.

	// The review queue.

	@Query("select a from Article a where a.status = org.haven.article.ArticleStatus.IN_REVIEW"
			+ " and (a.review.reviewedRevision is null or a.review.reviewStale = true) order by a.updatedAt, a.slug")
	List<Article> findWaitingForReview();

	@Query("select a from Article a where a.review.reviewStale = true"
			+ " and a.status <> org.haven.article.ArticleStatus.ARCHIVED order by a.updatedAt, a.slug")
	List<Article> findReviewStale();

	@Query("select a from Article a where a.status = org.haven.article.ArticleStatus.PUBLISHED"
			+ " and a.review.nextReview >= :from and a.review.nextReview < :to order by a.review.nextReview, a.slug")
	List<Article> findReviewDueBetween(LocalDate from, LocalDate to);

	boolean existsBySlugAndIdNot(String slug, long id);

	boolean existsBySlug(String slug);

	@Query("select count(a) > 0 from Article a where a.slug = :slug"
			+ " and a.status = org.haven.article.ArticleStatus.PUBLISHED")
	boolean isPublished(String slug);

	@Query("select new org.haven.article.StatusCount(a.status, count(a)) from Article a" + " group by a.status")
	List<StatusCount> countByStatus();

	@Query("select a from Article a where a.status = org.haven.article.ArticleStatus.PUBLISHED"
			+ " and a.publishedAt > :now order by a.publishedAt, a.slug")
	List<Article> findScheduled(Instant now);

	@Query("select a from Article a where a.status = org.haven.article.ArticleStatus.PUBLISHED"
			+ " and a.publishedAt >= :from and a.publishedAt < :to order by a.publishedAt, a.slug")
	List<Article> findPublishedBetween(Instant from, Instant to);

	@Query("select a from Article a where a.status in (org.haven.article.ArticleStatus.DRAFT,"
			+ " org.haven.article.ArticleStatus.IN_REVIEW) order by a.updatedAt desc, a.slug")
	List<Article> findUndated(Pageable page);

	@Query("select min(t.label) from Article a join a.tags t group by t.slug order by t.slug")
	List<String> findTagLabels();

	@Query("select new org.haven.taxonomy.TagCount(t.slug, min(t.label), count(a)) from Article a join a.tags t"
			+ " group by t.slug order by t.slug")
	List<TagCount> countAllByTag();

	@Query("select distinct a.id from Article a join a.tags t where t.slug = :tag")
	List<Long> findIdsTagged(String tag);

	@Query("select a.id from Article a where a.categorySlug = :category order by a.id")
	List<Long> findIdsInCategory(String category);

	@Query("select new org.haven.taxonomy.CategoryCount(c, count(a)) from Article a join a.categories c group by c")
	List<CategoryCount> countAllByCategory();

	@Query("select count(a) from Article a join a.categories c where c = :categorySlug")
	long countByCategorySlug(String categorySlug);

	@Query("select new org.haven.article.ArticleCover(a.id, a.cover.cover, a.cover.coverAlt) from Article a"
			+ " where a.id in :ids and a.cover.cover is not null")
	List<ArticleCover> findCovers(Collection<Long> ids);

}
