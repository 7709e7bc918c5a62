package org.haven.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import org.haven.content.FrontMatter;
import org.haven.content.ParsedDocument;
import org.haven.content.RenderedContent;
import org.haven.taxonomy.TagRef;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/**
 * An article: its source, its rendered body and what readers see about it. Rendered once,
 * on import or save.
 */
@Entity
class Article {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
	@SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 50)
	private @Nullable Long id;

	private String slug = "";

	private String title = "";

	private String summary = "";

	/** Loaded only when asked for: lists and cards never read the body. */
	@OneToOne(fetch = FetchType.LAZY, cascade = CascadeType.ALL, optional = false)
	@JoinColumn(name = "body_id")
	private RenderedBody body = RenderedBody.empty();

	private int wordCount;

	private int readingMinutes;

	private String categorySlug = "";

	private @Nullable String authorSlug;

	private @Nullable String contentWarning;

	@Embedded
	private ArticleReview review = new ArticleReview();

	@Embedded
	private @Nullable Cover cover = Cover.NONE;

	private boolean featured;

	@Enumerated(EnumType.STRING)
	private ArticleStatus status = ArticleStatus.DRAFT;

	private @Nullable Instant publishedAt;

	private Instant updatedAt = Instant.EPOCH;

	@Embedded
	private SourceFile source = new SourceFile();

	private @Nullable String owner;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.LAZY)
	@BatchSize(size = 100)
	@CollectionTable(name = "article_tag", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "position")
	private List<TagRef> tags = new ArrayList<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@BatchSize(size = 100)
	@CollectionTable(name = "article_content_note", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "position")
	@Column(name = "slug")
	private List<String> contentNotes = new ArrayList<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@BatchSize(size = 100)
	@CollectionTable(name = "article_category", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "position")
	@Column(name = "slug")
	private List<String> categories = new ArrayList<>();

	private @Nullable Instant expiresAt;

	/** Hugo's {@code weight}: lower first among pinned articles; unset (or 0) last. */
	private @Nullable Integer pinWeight;

	@ElementCollection(fetch = FetchType.LAZY)
	@BatchSize(size = 100)
	@CollectionTable(name = "article_alias", joinColumns = @JoinColumn(name = "article_id"))
	@Column(name = "path")
	private Set<String> aliases = new LinkedHashSet<>();

	protected Article() {
	}

	Article(String slug) {
		this.slug = slug;
	}

	/**
	 * Takes everything the article's file says: its front matter and rendered body. The
	 * publish time is the file's {@code date}, else the one the article already had, else
	 * {@code now}.
	 */
	void applyFile(ParsedDocument doc, List<TagRef> tags, Set<String> aliases, Map<String, Object> extra, Instant now) {
		FrontMatter fm = doc.frontMatter();
		RenderedContent rendered = doc.rendered();
		this.slug = doc.slug();
		this.title = Objects.requireNonNullElse(fm.title(), "");
		this.summary = doc.summary();
		this.body.replace(doc.markdown(), rendered.html(), rendered.text(), rendered.toc(), fm.faq());
		this.wordCount = rendered.wordCount();
		this.readingMinutes = rendered.readingMinutes();
		this.categorySlug = Objects.requireNonNullElse(fm.primaryCategory(), "");
		sameOrReplaced(this.categories, fm.categories());
		this.expiresAt = fm.hugo().expiryDate();
		Integer weight = fm.hugo().weight();
		this.pinWeight = weight == null || weight == 0 ? null : weight;
		this.authorSlug = fm.authors().isEmpty() ? null : fm.authors().get(0);
		this.review.declare(fm.reviewedBy(), fm.lastReviewed(), fm.nextReview());
		this.contentWarning = fm.contentWarning();
		sameOrReplaced(this.contentNotes, fm.contentNotes());
		this.cover = new Cover(fm.cover(), fm.coverAlt());
		this.featured = fm.featured();
		sameOrReplaced(this.tags, tags);
		sameOrReplaced(this.aliases, aliases);
		this.source = new SourceFile(doc.path(), doc.contentHash(), extra);
		this.status = fm.draft() ? ArticleStatus.DRAFT : ArticleStatus.PUBLISHED;
		this.publishedAt = fm.date() != null ? fm.date() : publishedAt != null ? publishedAt : now;
		this.updatedAt = fm.lastmod() != null ? fm.lastmod() : publishedAt;
	}

	/**
	 * Gives {@code current} the elements of {@code wanted} (a list, or a set compared as
	 * one), in place and only if they differ: a new collection in the field makes
	 * Hibernate delete all its rows and insert them again, though most saves change only
	 * the body.
	 */
	private static <T> void sameOrReplaced(Collection<T> current, Collection<T> wanted) {
		if (!current.equals(wanted)) {
			current.clear();
			current.addAll(wanted);
		}
	}

	/** Visible to readers at {@code now}: published, its time come, not expired. */
	boolean isVisibleAt(Instant now) {
		return status == ArticleStatus.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now)
				&& (expiresAt == null || expiresAt.isAfter(now));
	}

	// Accessors: plain, since the entity stays inside this module and read models leave
	// it.

	RenderedBody getBody() {
		return body;
	}

	int getWordCount() {
		return wordCount;
	}

	int getReadingMinutes() {
		return readingMinutes;
	}

	/**
	 * The cover image; {@link Cover#NONE} when there is none (the columns are then all
	 * empty).
	 */
	Cover getCover() {
		return cover == null ? Cover.NONE : cover;
	}

	SourceFile getSource() {
		return source;
	}

	ArticleReview getReview() {
		return review;
	}

	@Nullable Long getId() {
		return id;
	}

	String getSlug() {
		return slug;
	}

	String getTitle() {
		return title;
	}

	String getSummary() {
		return summary;
	}

	String getCategorySlug() {
		return categorySlug;
	}

	/** The categories after the primary one, which the editor's form does not show. */
	List<String> secondaryCategories() {
		return categories.stream().filter(c -> !c.equals(categorySlug)).toList();
	}

	@Nullable String getAuthorSlug() {
		return authorSlug;
	}

	@Nullable String getContentWarning() {
		return contentWarning;
	}

	boolean isFeatured() {
		return featured;
	}

	ArticleStatus getStatus() {
		return status;
	}

	void setStatus(ArticleStatus status) {
		this.status = status;
	}

	@Nullable Instant getPublishedAt() {
		return publishedAt;
	}

	void setPublishedAt(@Nullable Instant publishedAt) {
		this.publishedAt = publishedAt;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	void setUpdatedAt(Instant updatedAt) {
		this.updatedAt = updatedAt;
	}

	@Nullable String getOwner() {
		return owner;
	}

	void setOwner(@Nullable String owner) {
		this.owner = owner;
	}

	long getVersion() {
		return version;
	}

	List<TagRef> getTags() {
		return tags;
	}

	List<String> getContentNotes() {
		return contentNotes;
	}

	Set<String> getAliases() {
		return aliases;
	}

}
