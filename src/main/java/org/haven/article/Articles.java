package org.haven.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.haven.content.ContentSlugs;
import org.haven.content.SiteRedirects;
import org.haven.content.Slugs;
import org.haven.taxonomy.CategoryView;
import org.haven.taxonomy.SlugRedirects;
import org.haven.taxonomy.TagCount;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The read side of articles, pages, authors and categories for every other module.
 * Returns read models only.
 */
@Service
@Transactional(readOnly = true)
public class Articles {

	private final ArticleRepository articles;

	private final PageRepository pages;

	private static final int DETAIL_BATCH = 200;

	private final Clock clock;

	private final TransactionTemplate readOnly;

	private final SlugRedirects redirects;

	private final CardLookups lookups;

	private final CardReads cardReads;

	private final SiteCounts counts;

	private final SiteRedirects siteRedirects;

	Articles(ArticleRepository articles, CardReads cardReads, PageRepository pages, Clock clock,
			PlatformTransactionManager transactions, SlugRedirects redirects, SiteCounts counts,
			SiteRedirects siteRedirects) {
		this.siteRedirects = siteRedirects;
		this.counts = counts;
		this.cardReads = cardReads;
		this.redirects = redirects;
		this.articles = articles;
		this.lookups = cardReads.lookups();
		this.pages = pages;
		this.clock = clock;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	public Optional<ArticleDetail> published(String slug) {
		return articles.findVisible(slug, now()).map(article -> detail(article, lookups.lookup()));
	}

	/**
	 * The visible article {@code slug} as a card: one narrow row to find it, and its card
	 * kept or read without the body.
	 */
	public Optional<ArticleCard> publishedCard(String slug) {
		Long id = publishedIds(List.of(slug)).get(slug);
		return id == null ? Optional.empty() : cardReads.cards(List.of(id)).stream().findFirst();
	}

	/**
	 * The ids of the visible articles among {@code slugs}, by slug: for counters that see
	 * only addresses.
	 */
	public Map<String, Long> publishedIds(Collection<String> slugs) {
		if (slugs.isEmpty()) {
			return Map.of();
		}
		return articles.findVisibleIds(slugs, now())
			.stream()
			.collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
	}

	/** The visible article's slug for an old address ({@code aliases}). */
	public Optional<String> slugForAlias(String path) {
		return articles.findVisibleSlugByAlias(path, now());
	}

	/**
	 * The visible article in the file a Hugo {@code ref} shortcode named, when its front
	 * matter gave it another slug: {@code ref "posts/2019-sleep.md"} links to
	 * {@code /articles/2019-sleep}, read from the file name, while the file says
	 * {@code slug: sleep}. Only when one article's file has that name.
	 */
	public Optional<String> slugForFileName(String fileSlug) {
		if (!Slugs.isValid(fileSlug)) {
			return Optional.empty();
		}
		List<String> found = articles
			.findVisibleSlugsByFileEnding("%/" + fileSlug + ".%", "%/" + fileSlug + "/index.%", now())
			.stream()
			.filter(row -> ContentSlugs.fromPath((String) row[1]).equals(fileSlug))
			.map(row -> (String) row[0])
			.distinct()
			.toList();
		return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
	}

	/**
	 * Where an old address of a visible article or a published page lives now; an
	 * article's wins when both claim it.
	 */
	public Optional<String> addressForAlias(String path) {
		return slugForAlias(path).map(slug -> "/articles/" + slug)
			.or(() -> pages.findPublishedSlugByAlias(path).map(slug -> "/" + slug));
	}

	/**
	 * Every old address of a visible article or a published page, and the site's own
	 * redirects ({@code content/redirects.yaml}, which win), with where each lives now.
	 */
	public Map<String, String> aliases() {
		Map<String, String> moved = new TreeMap<>();
		pages.findPublishedAliases().forEach(row -> moved.put((String) row[0], "/" + row[1]));
		articles.findVisibleAliases(now()).forEach(row -> moved.put((String) row[0], "/articles/" + row[1]));
		moved.putAll(siteRedirects.all());
		return moved;
	}

	public Slice<ArticleCard> latest(int page, int size) {
		CountSnapshot counted = counts.current();
		return slice(counted.order().newest(page, size), page, size, counted.total());
	}

	/**
	 * Featured (pinned) articles: those with a Hugo {@code weight} first, lower first,
	 * then the newest; never one with a content note.
	 */
	public List<ArticleCard> featured(int limit) {
		return cardReads.cards(counts.current().order().featuredWithoutNotes(limit));
	}

	/** The newest articles without a content note, for a lead story. */
	public List<ArticleCard> latestWithoutNotes(int limit) {
		return cardReads.cards(counts.current().order().newestWithoutNotes(limit));
	}

	public Slice<ArticleCard> inCategory(String category, int page, int size) {
		CountSnapshot counted = counts.current();
		return slice(counted.order().inCategory(category, page, size), page, size, counted.inCategory(category));
	}

	public Slice<ArticleCard> taggedWith(String tag, int page, int size) {
		CountSnapshot counted = counts.current();
		return slice(counted.order().tagged(tag, page, size), page, size,
				counted.tag(tag).map(TagCount::count).orElse(0L));
	}

	/** Articles written or clinically reviewed by the author. */
	public Slice<ArticleCard> byAuthor(String author, int page, int size) {
		CountSnapshot counted = counts.current();
		return slice(counted.order().byPerson(author, page, size), page, size, counted.byPerson(author));
	}

	public Slice<ArticleCard> inMonth(YearMonth month, int page, int size) {
		CountSnapshot counted = counts.current();
		return slice(counted.order().inMonth(month, page, size), page, size, counted.inMonth(month));
	}

	/**
	 * The older and the newer article in the same primary category, from the kept list
	 * order; from the database for an article the counts do not hold (not visible yet).
	 */
	public Neighbours neighbours(ArticleCard card) {
		Optional<ListingOrder.Beside> kept = counts.current()
			.order()
			.besideInPrimaryCategory(card.id(), card.categorySlug());
		if (kept.isPresent()) {
			Long older = kept.get().older();
			Long newer = kept.get().newer();
			Map<Long, ArticleCard> cards = cardReads.cards(Stream.of(older, newer).filter(Objects::nonNull).toList())
				.stream()
				.collect(Collectors.toMap(ArticleCard::id, c -> c));
			return new Neighbours(older == null ? null : cards.get(older), newer == null ? null : cards.get(newer));
		}
		Instant now = now();
		PageRequest one = PageRequest.of(0, 1);
		List<Long> before = articles.findVisibleIdBefore(card.categorySlug(), card.publishedAt(), card.slug(), now,
				one);
		List<Long> after = articles.findVisibleIdAfter(card.categorySlug(), card.publishedAt(), card.slug(), now, one);
		return new Neighbours(first(cardReads.cards(before)), first(cardReads.cards(after)));
	}

	private static @Nullable ArticleCard first(List<ArticleCard> cards) {
		return cards.isEmpty() ? null : cards.get(0);
	}

	/**
	 * The lists a visible article is on now (categories, tags, people, month), from the
	 * kept order; empty when it is not visible.
	 */
	public Optional<ListMembership> listsOf(String slug) {
		return counts.current().order().membership(slug);
	}

	/** Months with published articles, newest first. */
	public List<MonthCount> archiveMonths() {
		return counts.current().months();
	}

	/**
	 * All declared categories in their declared order, each with its count of visible
	 * articles.
	 */
	public List<CategoryView> categories() {
		return lookups.lookup().categories(counts.current().categories());
	}

	/** The disclaimer a category's articles show instead of the site's, if it has one. */
	public Optional<String> categoryDisclaimer(@Nullable String slug) {
		return lookups.lookup().disclaimer(slug);
	}

	public Optional<CategoryView> category(String slug) {
		return categories().stream().filter(c -> c.slug().equals(slug)).findFirst();
	}

	/**
	 * The slug of the category called {@code name} (in any case), else of the one whose
	 * slug is {@code slug}: how an import finds the category an article of another system
	 * went to.
	 */
	public Optional<String> categorySlugFor(String name, String slug) {
		List<CategoryView> all = categories();
		return all.stream()
			.filter(c -> c.name().equalsIgnoreCase(name))
			.findFirst()
			.or(() -> all.stream().filter(c -> c.slug().equals(slug)).findFirst())
			.map(CategoryView::slug);
	}

	/**
	 * Where a renamed or merged category lives now, if {@code slug} is an old category
	 * slug.
	 */
	public Optional<String> categoryRedirect(String slug) {
		return redirects.category(slug);
	}

	/** Every tag on a visible article with its count, alphabetical by slug. */
	public List<TagCount> tags() {
		return counts.current().tags();
	}

	/** Where a renamed or merged tag lives now, if {@code slug} is an old tag slug. */
	public Optional<String> tagRedirect(String slug) {
		return redirects.tag(slug);
	}

	/** One tag with its count of visible articles. */
	public Optional<TagCount> tag(String slug) {
		return counts.current().tag(slug);
	}

	public List<AuthorView> authors() {
		return lookups.authors();
	}

	public Optional<AuthorView> author(String slug) {
		return lookups.author(slug);
	}

	public Optional<PageView> page(String slug) {
		return pages.findBySlugAndPublishedTrue(slug).map(CardLookup::view);
	}

	public List<PageView> pages() {
		return lookups.lookup().pages();
	}

	/**
	 * Every visible article as a card, newest first: the input of the derived indexes
	 * (related, feeds, search).
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public List<ArticleCard> allPublished() {
		return cardReads.inBatches(readOnly.execute(status -> articles.findVisibleIds(now())), readOnly);
	}

	/**
	 * Every visible article's address with what the sitemap dates it by, newest first:
	 * from the kept list order, so it reads nothing from the database at any size.
	 */
	public List<ArticleAddress> publishedAddresses() {
		return counts.current().order().addresses();
	}

	/**
	 * Every visible article as a card with its body's plain text, newest first, for the
	 * full-text index: read lazily, one short transaction per batch, and never the
	 * Markdown or the HTML, so a full re-index reads a third of the body data and never
	 * holds every body at once.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Stream<ArticleText> allPublishedTexts() {
		List<Long> ids = readOnly.execute(status -> articles.findVisibleIds(now()));
		int batches = (ids.size() + DETAIL_BATCH - 1) / DETAIL_BATCH;
		return IntStream.range(0, batches)
			.mapToObj(b -> ids.subList(b * DETAIL_BATCH, Math.min(ids.size(), (b + 1) * DETAIL_BATCH)))
			.flatMap(batch -> readOnly.execute(status -> publishedTexts(batch)).stream());
	}

	/**
	 * The visible articles among {@code ids} as cards with their bodies' plain text, in
	 * the order of {@code ids}.
	 */
	public List<ArticleText> publishedTexts(List<Long> ids) {
		CardLookup lookup = lookups.lookup();
		Map<Long, String> texts = new HashMap<>();
		for (Object[] row : articles.findBodyTexts(ids)) {
			texts.put(((Number) row[0]).longValue(), (String) row[1]);
		}
		return cardReads.visibleById(ids, now())
			.values()
			.stream()
			.map(article -> new ArticleText(lookup.card(article), texts.getOrDefault(article.getId(), ""),
					article.getVersion()))
			.toList();
	}

	/**
	 * Article {@code id} as a card with its body's plain text, if it is visible: for an
	 * index brought up to date after one change, with the card kept for the next reader.
	 */
	public Optional<ArticleText> publishedText(long id) {
		List<Object[]> rows = articles.findVisibleBodyText(id, now());
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		long version = ((Number) rows.get(0)[0]).longValue();
		String text = Objects.requireNonNullElse((String) rows.get(0)[1], "");
		return cardReads.cards(List.of(id)).stream().findFirst().map(card -> new ArticleText(card, text, version));
	}

	/** The covers of those of these articles that have one, without reading a body. */
	public List<ArticleCover> covers(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : articles.findCovers(ids);
	}

	/** What readers see, as a text that changes with every visible article's change. */
	public String publishedState() {
		Object[] row = articles.summariseVisible(now()).get(0);
		return row[0] + "-" + row[1] + "-" + row[2];
	}

	/**
	 * Every category of the article with this id, the primary first (an article keeps all
	 * those its front matter names; a card shows only the primary); empty for an unknown
	 * id.
	 */
	public List<String> categorySlugs(long id) {
		return articles.findById(id).map(article -> {
			List<String> all = new ArrayList<>();
			if (!article.getCategorySlug().isEmpty()) {
				all.add(article.getCategorySlug());
			}
			all.addAll(article.secondaryCategories());
			return List.copyOf(all);
		}).orElse(List.of());
	}

	/**
	 * Each visible article's slug with its id, version and publication time: changes with
	 * every save, publication or withdrawal of that article alone.
	 */
	public Map<String, ArticleVersion> publishedVersions() {
		Map<String, ArticleVersion> versions = new HashMap<>();
		for (Object[] row : articles.findVisibleVersions(now())) {
			versions.put((String) row[0],
					new ArticleVersion(((Number) row[1]).longValue(), ((Number) row[2]).longValue(), (Instant) row[3]));
		}
		return versions;
	}

	/** Each visible article's version, by id. */
	public Map<Long, Long> publishedVersionsById() {
		Map<Long, Long> versions = new HashMap<>();
		publishedVersions().values().forEach(version -> versions.put(version.id(), version.version()));
		return versions;
	}

	/**
	 * A text that changes whenever what every page shows besides articles changes: the
	 * pages, the authors, and the categories' names, descriptions and order (not their
	 * counts, which follow the articles).
	 */
	public String siteState() {
		StringBuilder state = new StringBuilder();
		pages().forEach(page -> state.append(page).append('\n'));
		authors().forEach(author -> state.append(author).append('\n'));
		categories().forEach(category -> state.append(category.slug())
			.append(category.name())
			.append(category.description())
			.append(category.order())
			.append('\n'));
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(state.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("no SHA-256", ex);
		}
	}

	/**
	 * The article with this id as a card, if readers can see it now: for indexes
	 * refreshed by {@link ArticleEvent}s.
	 */
	public Optional<ArticleCard> publishedCard(long id) {
		return publishedCards(List.of(id)).stream().findFirst();
	}

	/**
	 * When the article with this id was published, if readers can see it now: one narrow
	 * row, for a check that usually ends there.
	 */
	public Optional<Instant> publishedAt(long id) {
		return articles.findVisiblePublishedAt(id, now());
	}

	/**
	 * The visible articles among {@code ids} as cards, in the order of {@code ids}: never
	 * reads a body.
	 */
	public List<ArticleCard> publishedCards(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Set<Long> visible = new HashSet<>(articles.findVisibleIdsIn(ids, now()));
		return cardReads.cards(ids.stream().filter(visible::contains).toList());
	}

	/**
	 * The visible articles among {@code ids}, with their bodies, in the order of
	 * {@code ids}.
	 */
	public List<ArticleDetail> publishedDetails(List<Long> ids) {
		CardLookup lookup = lookups.lookup();
		return cardReads.visibleById(ids, now()).values().stream().map(article -> detail(article, lookup)).toList();
	}

	/**
	 * The article's page, with its kept card when there is one: no reads of its tags and
	 * notes.
	 */
	private ArticleDetail detail(Article article, CardLookup lookup) {
		ArticleCard kept = cardReads.kept(article.getId(), lookup);
		return lookup.detail(article, kept != null ? kept : lookup.card(article));
	}

	private Instant now() {
		return clock.instant();
	}

	/**
	 * A page of cards for the ids a list query found, with the list's total from the kept
	 * counts rather than from a count query.
	 */
	private Slice<ArticleCard> slice(List<Long> ids, int page, int size, long total) {
		int pageSize = Math.max(1, size);
		int totalPages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
		return new Slice<>(cardReads.cards(ids), Math.max(1, page), totalPages, total);
	}

}
