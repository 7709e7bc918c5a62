package org.haven.editor;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.haven.article.ArticleDraft;
import org.haven.content.DraftProblem;
import org.haven.content.FrontMatter.Faq;
import org.haven.content.Slugs;
import org.jspecify.annotations.Nullable;

/**
 * The editor form as the browser sends it: plain strings, bound by name. Tags are
 * comma-separated, content notes are the slugs of the ticked checkboxes, the FAQ is "Q:
 * ..." / "A: ..." lines, dates are ISO. Converted to and from {@link ArticleDraft}.
 */
class ArticleForm {

	private long version;

	private String title = "";

	private String slug = "";

	private String summary = "";

	private String category = "";

	private String tags = "";

	private String author = "";

	private String contentWarning = "";

	private List<String> contentNotes = new ArrayList<>();

	private boolean featured;

	private String faq = "";

	private String cover = "";

	private String coverAlt = "";

	private String body = "";

	/**
	 * {@code yyyy-MM-ddTHH:mm} in the site's time zone; empty means now (or, if
	 * published, when it was).
	 */
	private String publishAt = "";

	static ArticleForm of(ArticleDraft d, long version) {
		ArticleForm f = new ArticleForm();
		f.version = version;
		f.title = d.title();
		f.slug = d.slug();
		f.summary = d.summary();
		f.category = d.category();
		f.tags = String.join(", ", d.tags());
		f.author = orEmpty(d.author());
		f.contentWarning = orEmpty(d.contentWarning());
		f.contentNotes = new ArrayList<>(d.contentNotes());
		f.featured = d.featured();
		f.faq = FaqText.format(d.faq());
		f.cover = orEmpty(d.cover());
		f.coverAlt = orEmpty(d.coverAlt());
		f.body = d.body();
		return f;
	}

	/**
	 * The draft, with problems in the form's own fields (FAQ pairs) added to
	 * {@code problems}. The reviewer and review date are not the writer's to set: only a
	 * clinical sign-off sets them.
	 */
	ArticleDraft toDraft(List<DraftProblem> problems) {
		List<String> tagList = Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
		String effectiveSlug = slug.isBlank() ? Slugs.of(title) : slug.strip();
		return new ArticleDraft(title, effectiveSlug, summary, category, tagList, blankToNull(author), null, null,
				blankToNull(contentWarning), contentNotes, featured, FaqText.parse(faq, problems), blankToNull(cover),
				blankToNull(coverAlt), body);
	}

	/**
	 * Shows a scheduled article's publish time, so saving the form again keeps the
	 * schedule.
	 */
	void scheduledFor(Instant at, ZoneId zone) {
		publishAt = LocalDateTime.ofInstant(at, zone).truncatedTo(ChronoUnit.MINUTES).toString();
	}

	@Nullable Instant publishTime(ZoneId zone, List<DraftProblem> problems) {
		if (publishAt.isBlank()) {
			return null;
		}
		try {
			// a time skipped by a clock change is moved forward; one that happens twice
			// takes the earlier
			return LocalDateTime.parse(publishAt.strip()).atZone(zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			problems.add(
					new DraftProblem("publishAt", "Enter the publish time as a date and time, like 2026-03-01T09:00."));
			return null;
		}
	}

	private static @Nullable String blankToNull(String s) {
		return s.isBlank() ? null : s;
	}

	private static String orEmpty(@Nullable String s) {
		return s == null ? "" : s;
	}

	// Bean accessors for form binding and templates.

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getTags() {
		return tags;
	}

	public void setTags(String tags) {
		this.tags = tags;
	}

	public String getAuthor() {
		return author;
	}

	public void setAuthor(String author) {
		this.author = author;
	}

	public String getContentWarning() {
		return contentWarning;
	}

	public void setContentWarning(String contentWarning) {
		this.contentWarning = contentWarning;
	}

	public List<String> getContentNotes() {
		return contentNotes;
	}

	public void setContentNotes(@Nullable List<String> contentNotes) {
		this.contentNotes = contentNotes == null ? new ArrayList<>() : new ArrayList<>(contentNotes);
	}

	public boolean isFeatured() {
		return featured;
	}

	public void setFeatured(boolean featured) {
		this.featured = featured;
	}

	public String getFaq() {
		return faq;
	}

	public void setFaq(String faq) {
		this.faq = faq;
	}

	public String getCover() {
		return cover;
	}

	public void setCover(String cover) {
		this.cover = cover;
	}

	public String getCoverAlt() {
		return coverAlt;
	}

	public void setCoverAlt(String coverAlt) {
		this.coverAlt = coverAlt;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getPublishAt() {
		return publishAt;
	}

	public void setPublishAt(String publishAt) {
		this.publishAt = publishAt;
	}

}
