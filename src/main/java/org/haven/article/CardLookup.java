package org.haven.article;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.haven.taxonomy.Categories;
import org.haven.taxonomy.CategoryCount;
import org.haven.taxonomy.CategoryView;
import org.haven.taxonomy.ContentNotes;
import org.haven.taxonomy.TagRef;
import org.haven.content.FrontMatter;
import org.haven.content.Reference;
import org.jspecify.annotations.Nullable;

/**
 * Turns articles into read models: category names, authors and content notes for one
 * query's worth of cards, a handful of rows read once per call. It also holds what every
 * reader page's menu shows, the declared categories and the published pages, which change
 * with the same announcements.
 */
final class CardLookup {

	private final Map<String, String> categoryNames;

	private final Map<String, AuthorView> authorsBySlug;

	private final ContentNotes notes;

	private final List<CategoryView> declaredCategories;

	private final List<PageView> pages;

	private final Map<String, String> disclaimers;

	/**
	 * One instance per tag: the related index and the caches hold a card per article, and
	 * at 100,000 articles their half a million tags were as many copies of a few hundred
	 * (11 MB of tags and about twice that in their strings).
	 */
	private final Map<TagRef, TagRef> sharedTags = new ConcurrentHashMap<>();

	CardLookup(Categories categories, AuthorRepository authors, ContentNotes notes, PageRepository pages) {
		this.notes = notes;
		this.declaredCategories = categories.withCounts(List.of());
		this.categoryNames = declaredCategories.stream()
			.collect(Collectors.toMap(CategoryView::slug, CategoryView::name, (a, b) -> a));
		this.authorsBySlug = authors.findAll()
			.stream()
			.collect(Collectors.toMap(Author::getSlug, CardLookup::view, (a, b) -> a));
		this.pages = pages.findAllByPublishedTrueOrderByTitleAsc().stream().map(CardLookup::view).toList();
		this.disclaimers = categories.disclaimers();
	}

	Optional<String> disclaimer(@Nullable String categorySlug) {
		return categorySlug == null ? Optional.empty() : Optional.ofNullable(disclaimers.get(categorySlug));
	}

	/**
	 * The declared categories in their declared order, each with its count from
	 * {@code counts}.
	 */
	List<CategoryView> categories(List<CategoryCount> counts) {
		return Categories.counted(declaredCategories, counts);
	}

	/** The published pages, by title. */
	List<PageView> pages() {
		return pages;
	}

	@Nullable AuthorView author(@Nullable String slug) {
		return slug == null ? null : authorsBySlug.get(slug);
	}

	ArticleCard card(Article a) {
		Instant published = a.getPublishedAt() != null ? a.getPublishedAt() : a.getUpdatedAt();
		return new ArticleCard(a.getId(), a.getSlug(), a.getTitle(), a.getSummary(), a.getCategorySlug(),
				categoryNames.getOrDefault(a.getCategorySlug(), a.getCategorySlug()), author(a.getAuthorSlug()),
				published, a.getUpdatedAt(), a.getReadingMinutes(), shared(a.getTags()), a.isFeatured(),
				a.getContentWarning(), notes.resolve(a.getContentNotes()));
	}

	/**
	 * {@code a}'s page with {@code card}, which must be {@code a}'s card as it stands.
	 */
	ArticleDetail detail(Article a, ArticleCard card) {
		return new ArticleDetail(card, a.getBody().html(), a.getBody().text(), a.getBody().toc(), a.getBody().faq(),
				a.getWordCount(), author(a.getReview().reviewer()), a.getReview().lastReviewed(), a.getCover().image(),
				a.getCover().description(), string(a, FrontMatter.COVER_CAPTION), a.getReview().status(),
				Reference.listOf(a.getSource().extra().get(Reference.KEY)), strings(a, "keywords"),
				strings(a, "series"));
	}

	private List<TagRef> shared(List<TagRef> tags) {
		TagRef[] shared = new TagRef[tags.size()];
		for (int i = 0; i < shared.length; i++) {
			TagRef tag = tags.get(i);
			TagRef known = sharedTags.putIfAbsent(tag, tag);
			shared[i] = known != null ? known : tag;
		}
		return List.of(shared);
	}

	/** A kept front-matter key as one string, or null when it is absent or blank. */
	private static @Nullable String string(Article a, String key) {
		Object value = a.getSource().extra().get(key);
		return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value).strip();
	}

	/**
	 * A kept front-matter key as a list of words: Hugo allows one string or a list.
	 */
	private static List<String> strings(Article a, String key) {
		Object value = a.getSource().extra().get(key);
		List<?> values = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
		return values.stream().map(v -> String.valueOf(v).strip()).filter(v -> !v.isEmpty()).distinct().toList();
	}

	static AuthorView view(Author a) {
		return new AuthorView(a.getSlug(), a.getName(), a.getCredentials(), a.getRole(), a.getBioHtml());
	}

	static PageView view(Page p) {
		return new PageView(p.getSlug(), p.getTitle(), p.getSummary(), p.getBodyHtml(), p.getUpdatedAt());
	}

}
