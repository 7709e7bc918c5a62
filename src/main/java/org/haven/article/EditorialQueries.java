package org.haven.article;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;

import org.haven.content.ContentException;
import org.haven.content.ContentReader;
import org.haven.taxonomy.Categories;
import org.haven.taxonomy.CategoryView;
import org.haven.taxonomy.TagCount;
import org.haven.taxonomy.TagRef;
import org.haven.taxonomy.VocabularyNotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editor's read side: every article whatever its status, its revisions, and the
 * dashboard's numbers.
 */
@Service
@Transactional(readOnly = true)
public class EditorialQueries {

	private final ArticleRepository articles;

	private final RevisionRepository revisions;

	private final Categories categories;

	private final Clock clock;

	private final SafeMessagingChecks safeMessaging;

	private final ContentReader reader = new ContentReader();

	EditorialQueries(ArticleRepository articles, RevisionRepository revisions, Categories categories, Clock clock,
			SafeMessagingChecks safeMessaging) {
		this.safeMessaging = safeMessaging;
		this.categories = categories;
		this.articles = articles;
		this.revisions = revisions;
		this.clock = clock;
	}

	public EditableArticle editable(long id) {
		return editable(articles.findById(id).orElseThrow(() -> new ArticleNotFound("article " + id)));
	}

	/** Who signed an article off, and when: what a save must leave as it is. */
	public record SignedOff(@Nullable String reviewer, @Nullable LocalDate lastReviewed) {
	}

	/**
	 * The reviewer and review date of article {@code id} as its file states them, without
	 * reading and parsing the file: the article row holds what its latest file declared.
	 */
	public SignedOff signedOff(long id) {
		ArticleReview review = articles.findById(id)
			.orElseThrow(() -> new ArticleNotFound("article " + id))
			.getReview();
		return new SignedOff(review.reviewer(), review.lastReviewed());
	}

	public Slice<ArticleRow> list(ArticleFilter filter, int page, int size) {
		Instant now = clock.instant();
		var result = articles.findAll(matching(filter, now), PageRequest.of(Math.max(0, page - 1), Math.max(1, size),
				Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.asc("slug"))));
		return new Slice<>(result.getContent().stream().map(a -> row(a, now)).toList(), result.getNumber() + 1,
				Math.max(1, result.getTotalPages()), result.getTotalElements());
	}

	/** Articles per stage ({@link ArticleRow#stage()}), every stage present. */
	public Map<String, Long> countsByStage() {
		Map<ArticleStatus, Long> byStatus = new EnumMap<>(ArticleStatus.class);
		for (StatusCount row : articles.countByStatus()) {
			byStatus.put(row.status(), row.count());
		}
		long scheduled = articles.findScheduled(clock.instant()).size();
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("draft", byStatus.getOrDefault(ArticleStatus.DRAFT, 0L));
		counts.put("in-review", byStatus.getOrDefault(ArticleStatus.IN_REVIEW, 0L));
		counts.put("scheduled", scheduled);
		counts.put("published", byStatus.getOrDefault(ArticleStatus.PUBLISHED, 0L) - scheduled);
		counts.put("unpublished", byStatus.getOrDefault(ArticleStatus.UNPUBLISHED, 0L));
		counts.put("archived", byStatus.getOrDefault(ArticleStatus.ARCHIVED, 0L));
		return counts;
	}

	/** Published articles whose time has not come, soonest first. */
	public List<ArticleRow> scheduled() {
		Instant now = clock.instant();
		return articles.findScheduled(now).stream().map(a -> row(a, now)).toList();
	}

	/**
	 * Articles published, or scheduled to be, from {@code from} (inclusive) to
	 * {@code to}, in publish order: the editorial calendar's month.
	 */
	public List<ArticleRow> publishedBetween(Instant from, Instant to) {
		Instant now = clock.instant();
		return articles.findPublishedBetween(from, to).stream().map(a -> row(a, now)).toList();
	}

	/**
	 * Drafts and articles in review, which have no publish date yet, last changed first.
	 */
	public List<ArticleRow> undated(int limit) {
		Instant now = clock.instant();
		return articles.findUndated(PageRequest.of(0, limit)).stream().map(a -> row(a, now)).toList();
	}

	/** The last ten saves, newest first. */
	public List<RecentEdit> recentEdits() {
		List<Revision> recent = revisions.findTop10ByOrderByCreatedAtDescIdDesc();
		Map<Long, String> titles = articles.findAllById(recent.stream().map(Revision::getArticleId).toList())
			.stream()
			.collect(Collectors.toMap(Article::getId, Article::getTitle));
		return recent.stream()
			.map(r -> new RecentEdit(r.getArticleId(), titles.getOrDefault(r.getArticleId(), ""), r.getNumber(),
					r.getCreatedBy(), r.getCreatedAt()))
			.toList();
	}

	public List<RevisionView> revisions(long articleId) {
		return revisions.findByArticleIdOrderByNumberDesc(articleId).stream().map(EditorialQueries::view).toList();
	}

	public Optional<RevisionView> revision(long articleId, int number) {
		return revisions.findByArticleIdAndNumber(articleId, number).map(EditorialQueries::view);
	}

	/** Every tag on any article, whatever its status, with its count, by slug. */
	public List<TagCount> allTags() {
		return articles.countAllByTag();
	}

	/**
	 * Every declared category in its order, with the number of articles in it in any
	 * stage.
	 */
	public List<CategoryView> categories() {
		return categories.withCounts(articles.countAllByCategory());
	}

	public CategoryView category(String slug) {
		return categories.find(slug, articles.countByCategorySlug(slug))
			.orElseThrow(() -> new VocabularyNotFound("category '" + slug + "'"));
	}

	/** Every tag label in use, for autocompletion. */
	public List<String> tagLabels() {
		return articles.findTagLabels();
	}

	EditableArticle editable(Article article) {
		String source = revisions.findFirstByArticleIdOrderByNumberDesc(article.getId())
			.map(Revision::getSource)
			.orElse("");
		return editable(article, source);
	}

	EditableArticle editable(Article article, String source) {
		return editable(article, source, draftOf(article, source));
	}

	EditableArticle editable(Article article, String source, ArticleDraft draft) {
		return editable(article, source, draft, safeMessaging.review(article.getId(), source, draft));
	}

	/**
	 * For a save, which has just parsed {@code source} into {@code draft} and checked it
	 * ({@code findings}).
	 */
	EditableArticle editable(Article article, String source, ArticleDraft draft, List<FindingView> findings) {
		return new EditableArticle(article.getId(), article.getVersion(), article.getStatus(), article.getPublishedAt(),
				article.getUpdatedAt(), article.getOwner(), draft, source, article.getReview().status(), findings);
	}

	/**
	 * The draft as last written: from the latest revision's file (declared summary, not
	 * the derived one).
	 */
	ArticleDraft currentDraft(Article article) {
		return editable(article).draft();
	}

	private ArticleDraft draftOf(Article article, String source) {
		if (!source.isBlank()) {
			try {
				return ArticleSource.draftOf(
						reader.read(ArticleSource.pathFor(article.getSlug()), source.getBytes(StandardCharsets.UTF_8)));
			}
			catch (ContentException ex) {
				// an imported revision the parser no longer accepts: fall back to the
				// stored fields
			}
		}
		return draftOf(article);
	}

	private static ArticleDraft draftOf(Article a) {
		return new ArticleDraft(a.getTitle(), a.getSlug(), a.getSummary(), a.getCategorySlug(),
				a.getTags().stream().map(TagRef::label).toList(), a.getAuthorSlug(), a.getReview().reviewer(),
				a.getReview().lastReviewed(), a.getContentWarning(), List.copyOf(a.getContentNotes()), a.isFeatured(),
				a.getBody().faq(), a.getCover().image(), a.getCover().description(), a.getBody().markdown().strip());
	}

	private static RevisionView view(Revision r) {
		return new RevisionView(r.getArticleId(), r.getNumber(), r.getCreatedAt(), r.getCreatedBy(), r.getSource());
	}

	private static ArticleRow row(Article a, Instant now) {
		boolean scheduled = a.getStatus() == ArticleStatus.PUBLISHED && a.getPublishedAt() != null
				&& a.getPublishedAt().isAfter(now);
		return new ArticleRow(a.getId(), a.getSlug(), a.getTitle(), a.getStatus(), scheduled, a.getCategorySlug(),
				a.getAuthorSlug(), a.getOwner(), a.getPublishedAt(), a.getUpdatedAt());
	}

	private static Specification<Article> matching(ArticleFilter f, Instant now) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			String stage = blankToNull(f.stage());
			if (stage != null) {
				switch (stage) {
					case "scheduled" -> {
						where.add(cb.equal(root.get("status"), ArticleStatus.PUBLISHED));
						where.add(cb.greaterThan(root.get("publishedAt"), now));
					}
					case "published" -> {
						where.add(cb.equal(root.get("status"), ArticleStatus.PUBLISHED));
						where.add(cb.lessThanOrEqualTo(root.get("publishedAt"), now));
					}
					default -> where.add(cb.equal(root.get("status"), statusOf(stage)));
				}
			}
			Function<String, String> lower = s -> s.toLowerCase(Locale.ROOT);
			if (blankToNull(f.category()) != null) {
				where.add(cb.equal(root.get("categorySlug"), f.category()));
			}
			if (blankToNull(f.author()) != null) {
				where.add(cb.equal(root.get("authorSlug"), f.author()));
			}
			if (blankToNull(f.tag()) != null) {
				where.add(cb.equal(root.join("tags").get("slug"), f.tag()));
			}
			if (blankToNull(f.contentNote()) != null) {
				where.add(cb.equal(root.join("contentNotes"), f.contentNote()));
			}
			if (blankToNull(f.text()) != null) {
				String like = "%" + lower.apply(f.text().strip()).replace("%", "").replace("_", "") + "%";
				where.add(cb.or(cb.like(cb.lower(root.get("title")), like), cb.like(cb.lower(root.get("slug")), like),
						cb.like(cb.lower(root.get("summary")), like)));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private static ArticleStatus statusOf(String stage) {
		try {
			return ArticleStatus.valueOf(stage.toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			return ArticleStatus.DRAFT;
		}
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s;
	}

}
