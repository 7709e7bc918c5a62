package org.haven.search;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import org.haven.article.ArticleCard;
import org.haven.article.ArticleText;
import org.haven.article.Articles;
import org.haven.article.DerivedIndex;
import org.haven.common.Sha256;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Search for the reader site: runs a query and returns cards with snippets. Keeps the
 * index current: built once (after the start-up import, or when the application is
 * ready), rebuilt after each import, one article per event otherwise.
 */
@Service
public class Search extends DerivedIndex {

	/** One page of hits, each a card with its snippet, and the totals for pagination. */
	public record Page(List<Hit> hits, long total, int page, int totalPages) {
	}

	/**
	 * An article found, with HTML-escaped text around the matches, which are wrapped in
	 * {@code <mark>}.
	 */
	public record Hit(ArticleCard card, String snippetHtml) {
	}

	private final SearchIndex index;

	private final Articles articles;

	private final SearchProperties properties;

	private static final Timer QUERIES = Timer.builder("haven.search.query")
		.description("a reader's search, index query and cards")
		.register(Metrics.globalRegistry);

	private static final Logger log = LoggerFactory.getLogger(Search.class);

	private volatile boolean builtOnce;

	/** Between the articles' state and the vocabulary's in the recorded state. */
	private static final String VOCABULARY = " words ";

	private static final int CATCH_UP_BATCH = 200;

	Search(SearchIndex index, Articles articles, SearchProperties properties) {
		this.index = index;
		this.articles = articles;
		this.properties = properties;
	}

	/**
	 * Blank text finds nothing; odd text (operators, quotes, any script, any length)
	 * never fails.
	 */
	public Page search(String text, @Nullable String category, @Nullable String tag, int page) {
		return QUERIES.record(() -> searchUntimed(text, category, tag, page));
	}

	private Page searchUntimed(String text, @Nullable String category, @Nullable String tag, int page) {
		SearchResults results = text.isBlank() ? SearchResults.none(page, properties.pageSize())
				: index.search(new SearchQuery(text, category, tag, page, properties.pageSize()));
		Map<Long, ArticleCard> cards = articles
			.publishedCards(results.matches().stream().map(SearchResults.Match::articleId).toList())
			.stream()
			.collect(Collectors.toMap(ArticleCard::id, Function.identity()));
		List<Hit> hits = results.matches()
			.stream()
			.filter(match -> cards.containsKey(match.articleId()))
			.map(match -> new Hit(cards.get(match.articleId()), match.snippetHtml()))
			.toList();
		return new Page(hits, results.total(), results.page(), results.totalPages());
	}

	/**
	 * The first build of a run opens the index as it is when it was committed with the
	 * articles' current state (a clean stop, nothing changed since). When only a few
	 * articles changed since (an import of edited files, a scheduled article gone live)
	 * and the words every card shares did not, it re-indexes just those; otherwise it
	 * reads every published body.
	 */
	@Override
	protected void rebuildAll() {
		if (!properties.index()) {
			log.info("Search index left as it is (haven.search.index=false)");
			return;
		}
		String state = currentState();
		String recorded = index.state();
		if (!builtOnce && !state.isEmpty() && state.equals(recorded)) {
			builtOnce = true;
			log.info("Search index is current ({}), not rebuilt", state);
			return;
		}
		boolean sameWords = recorded.endsWith(state.substring(state.indexOf(VOCABULARY)));
		if (!builtOnce && sameWords && caughtUp()) {
			builtOnce = true;
			index.recordState(state);
			return;
		}
		builtOnce = true;
		index.recordState(state);
		index.replaceAll(articles.allPublishedTexts());
	}

	/**
	 * Re-indexes the visible articles whose version the index does not have and removes
	 * those no longer visible, when they are at most a quarter of the site; false
	 * (nothing done) when a full build is the better way.
	 */
	private boolean caughtUp() {
		Map<Long, Long> indexed = index.versions();
		if (indexed.isEmpty()) {
			return false;
		}
		Map<Long, Long> visible = articles.publishedVersionsById();
		List<Long> stale = visible.entrySet()
			.stream()
			.filter(entry -> !entry.getValue().equals(indexed.get(entry.getKey())))
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
		List<Long> gone = indexed.keySet().stream().filter(id -> !visible.containsKey(id)).toList();
		if (stale.size() + gone.size() > visible.size() / 4) {
			return false;
		}
		gone.forEach(index::remove);
		for (int from = 0; from < stale.size(); from += CATCH_UP_BATCH) {
			List<Long> batch = stale.subList(from, Math.min(stale.size(), from + CATCH_UP_BATCH));
			List<ArticleText> texts = articles.publishedTexts(batch);
			texts.forEach(index::index);
			// withdrawn between the two reads: not visible any more
			Set<Long> found = texts.stream().map(text -> text.card().id()).collect(Collectors.toSet());
			batch.stream().filter(id -> !found.contains(id)).forEach(index::remove);
		}
		log.info("Search index caught up: {} of {} articles re-indexed, {} removed", stale.size(), visible.size(),
				gone.size());
		return true;
	}

	/** What the index reflects when it is current: the articles, then the vocabulary. */
	private String currentState() {
		return articles.publishedState() + VOCABULARY + vocabulary();
	}

	/**
	 * The words a card takes from outside its article (tag labels, category slugs): when
	 * they changed, every document may be stale, whatever the articles' versions say.
	 */
	private String vocabulary() {
		StringBuilder words = new StringBuilder();
		articles.tags().forEach(tag -> words.append(tag.slug()).append('=').append(tag.label()).append('\n'));
		articles.categories().forEach(category -> words.append(category.slug()).append('\n'));
		return Sha256.hex(words.toString()).substring(0, 16);
	}

	/** Stores with the index's last commit which articles it reflects. */
	@PreDestroy
	void recordStateOnStop() {
		if (!builtOnce) {
			return; // never brought up to date in this run: the next one must check it
		}
		String state;
		try {
			state = currentState();
		}
		catch (RuntimeException ex) {
			// The database failed: the next start cannot trust the index, so rebuilds it.
			state = "";
		}
		index.recordState(state);
	}

	@Override
	protected void refresh(long articleId) {
		if (!properties.index()) {
			return;
		}
		articles.publishedText(articleId).ifPresentOrElse(index::index, () -> index.remove(articleId));
	}

	@Override
	protected void remove(long articleId) {
		if (properties.index()) {
			index.remove(articleId);
		}
	}

}
