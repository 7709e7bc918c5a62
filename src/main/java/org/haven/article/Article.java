package org.haven.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import org.haven.content.FrontMatter.Faq;
import org.haven.content.TocEntry;
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

	private String bodyMarkdown = "";

	private String bodyHtml = "";

	/** The body as plain text, for the full-text index; rendered with the HTML. */
	private String bodyText = "";

	@Convert(converter = JsonColumns.TocConverter.class)
	private List<TocEntry> toc = List.of();

	@Convert(converter = JsonColumns.FaqConverter.class)
	private List<Faq> faq = List.of();

	@Convert(converter = JsonColumns.MapConverter.class)
	private Map<String, Object> extra = Map.of();

	private int wordCount;

	private int readingMinutes;

	private String categorySlug = "";

	private @Nullable String authorSlug;

	private @Nullable String reviewerSlug;

	private @Nullable LocalDate lastReviewed;

	private @Nullable String contentWarning;

	private @Nullable LocalDate nextReview;

	private @Nullable Integer reviewedRevision;

	private boolean reviewStale;

	private @Nullable String cover;

	private @Nullable String coverAlt;

	private boolean featured;

	@Enumerated(EnumType.STRING)
	private ArticleStatus status = ArticleStatus.DRAFT;

	private @Nullable Instant publishedAt;

	private Instant updatedAt = Instant.EPOCH;

	private @Nullable String sourcePath;

	private @Nullable String contentHash;

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
	@CollectionTable(name = "article_alias", joinColumns = @JoinColumn(name = "article_id"))
	@Column(name = "path")
	private Set<String> aliases = new LinkedHashSet<>();

	protected Article() {
	}

	Article(String slug) {
		this.slug = slug;
	}

	/** Visible to readers at {@code now}: published and its time has come. */
	boolean isVisibleAt(Instant now) {
		return status == ArticleStatus.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now);
	}

	// Accessors: plain, since the entity stays inside this module and read models leave
	// it.

	@Nullable Long getId() {
		return id;
	}

	String getSlug() {
		return slug;
	}

	void setSlug(String slug) {
		this.slug = slug;
	}

	String getTitle() {
		return title;
	}

	void setTitle(String title) {
		this.title = title;
	}

	String getSummary() {
		return summary;
	}

	void setSummary(String summary) {
		this.summary = summary;
	}

	String getBodyMarkdown() {
		return bodyMarkdown;
	}

	void setBodyMarkdown(String bodyMarkdown) {
		this.bodyMarkdown = bodyMarkdown;
	}

	String getBodyHtml() {
		return bodyHtml;
	}

	void setBodyHtml(String bodyHtml) {
		this.bodyHtml = bodyHtml;
	}

	String getBodyText() {
		return bodyText;
	}

	void setBodyText(String bodyText) {
		this.bodyText = bodyText;
	}

	List<TocEntry> getToc() {
		return toc;
	}

	void setToc(List<TocEntry> toc) {
		this.toc = toc;
	}

	List<Faq> getFaq() {
		return faq;
	}

	void setFaq(List<Faq> faq) {
		this.faq = faq;
	}

	Map<String, Object> getExtra() {
		return extra;
	}

	void setExtra(Map<String, Object> extra) {
		this.extra = extra;
	}

	int getWordCount() {
		return wordCount;
	}

	void setWordCount(int wordCount) {
		this.wordCount = wordCount;
	}

	int getReadingMinutes() {
		return readingMinutes;
	}

	void setReadingMinutes(int readingMinutes) {
		this.readingMinutes = readingMinutes;
	}

	String getCategorySlug() {
		return categorySlug;
	}

	void setCategorySlug(String categorySlug) {
		this.categorySlug = categorySlug;
	}

	@Nullable String getAuthorSlug() {
		return authorSlug;
	}

	void setAuthorSlug(@Nullable String authorSlug) {
		this.authorSlug = authorSlug;
	}

	@Nullable String getReviewerSlug() {
		return reviewerSlug;
	}

	void setReviewerSlug(@Nullable String reviewerSlug) {
		this.reviewerSlug = reviewerSlug;
	}

	@Nullable LocalDate getLastReviewed() {
		return lastReviewed;
	}

	void setLastReviewed(@Nullable LocalDate lastReviewed) {
		this.lastReviewed = lastReviewed;
	}

	@Nullable String getContentWarning() {
		return contentWarning;
	}

	void setContentWarning(@Nullable String contentWarning) {
		this.contentWarning = contentWarning;
	}

	@Nullable String getCover() {
		return cover;
	}

	void setCover(@Nullable String cover) {
		this.cover = cover;
	}

	@Nullable String getCoverAlt() {
		return coverAlt;
	}

	void setCoverAlt(@Nullable String coverAlt) {
		this.coverAlt = coverAlt;
	}

	boolean isFeatured() {
		return featured;
	}

	void setFeatured(boolean featured) {
		this.featured = featured;
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

	@Nullable String getSourcePath() {
		return sourcePath;
	}

	void setSourcePath(@Nullable String sourcePath) {
		this.sourcePath = sourcePath;
	}

	@Nullable String getContentHash() {
		return contentHash;
	}

	void setContentHash(@Nullable String contentHash) {
		this.contentHash = contentHash;
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

	@Nullable LocalDate getNextReview() {
		return nextReview;
	}

	void setNextReview(@Nullable LocalDate nextReview) {
		this.nextReview = nextReview;
	}

	@Nullable Integer getReviewedRevision() {
		return reviewedRevision;
	}

	boolean isReviewStale() {
		return reviewStale;
	}

	/**
	 * Revision {@code revision} is the one a reviewer approved: it is reviewed, and not
	 * stale.
	 */
	void reviewedAt(int revision) {
		this.reviewedRevision = revision;
		this.reviewStale = false;
	}

	/**
	 * An edit changed what the reviewer approved: the review stands as history but needs
	 * doing again.
	 */
	void markReviewStale() {
		this.reviewStale = true;
	}

	List<TagRef> getTags() {
		return tags;
	}

	void setTags(List<TagRef> tags) {
		this.tags.clear();
		this.tags.addAll(tags);
	}

	List<String> getContentNotes() {
		return contentNotes;
	}

	void setContentNotes(List<String> notes) {
		this.contentNotes.clear();
		this.contentNotes.addAll(notes);
	}

	Set<String> getAliases() {
		return aliases;
	}

	void setAliases(Set<String> aliases) {
		this.aliases.clear();
		this.aliases.addAll(aliases);
	}

}
