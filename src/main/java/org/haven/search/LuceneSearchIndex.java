package org.haven.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.haven.article.ArticleCard;
import org.haven.article.ArticleText;
import org.haven.taxonomy.TagRef;
import org.springframework.web.util.HtmlUtils;

/**
 * {@link SearchIndex} on plain Lucene 9: English stemming, title and tags boosted over
 * summary and body, category and tag filters, and snippets with matches in
 * {@code <mark>}. One writer; a search refreshes the readers first (near-real-time) if
 * anything changed, so a burst of changes costs one refresh. Only {@link #replaceAll} and
 * {@link #close} commit, each with the {@link #state()} of the articles it reflects: a
 * start with the articles in that state (key {@code STATE}, whose v2 names the document
 * layout) opens the index as it is. Each document also carries its article's version
 * ({@link #versions()}), so a start after a few changes can re-index only those.
 */
public final class LuceneSearchIndex implements SearchIndex, Closeable {

	static final Map<String, Float> BOOSTS = Map.of("title", 4f, "tags", 3f, "summary", 1.5f, "body", 1f);

	private static final String[] FIELDS = { "title", "tags", "summary", "body" };

	/** v2: each document also carries its article's id and version as doc values. */
	private static final String STATE = "haven.articles.v2";

	private static final String ARTICLE = "article";

	private static final String VERSION = "version";

	/** Documents analysed in parallel before the next are read. */
	private static final int PARALLEL_BATCH = 256;

	private final Analyzer analyzer = new EnglishAnalyzer();

	private final int maxQueryLength;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	/** Changes applied to the writer, and how many of them the searchers see. */
	private final AtomicLong changes = new AtomicLong();

	private volatile long seen;

	private final Object refreshing = new Object();

	public LuceneSearchIndex(Directory directory, int maxQueryLength) {
		this.maxQueryLength = maxQueryLength;
		try {
			this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
			this.searchers = new SearcherManager(writer, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot open the search index", ex);
		}
	}

	@Override
	public void index(ArticleText article) {
		change(false, () -> writer.updateDocument(idTerm(article.card().id()), document(article)));
	}

	@Override
	public void remove(long articleId) {
		change(false, () -> writer.deleteDocuments(idTerm(articleId)));
	}

	/**
	 * Replaces every document. Analysis is most of a full build's work (at 100,000
	 * articles, 700 MB of text), and the writer takes documents from several threads at
	 * once, each into a segment buffer of its own: documents are analysed a batch at a
	 * time on every core, while the stream reads the next batch on this one.
	 */
	@Override
	public void replaceAll(Stream<ArticleText> articles) {
		change(true, () -> {
			writer.deleteAll();
			List<ArticleText> batch = new ArrayList<>(PARALLEL_BATCH);
			for (ArticleText article : (Iterable<ArticleText>) articles::iterator) {
				batch.add(article);
				if (batch.size() == PARALLEL_BATCH) {
					addAll(batch);
					batch.clear();
				}
			}
			addAll(batch);
		});
	}

	private void addAll(List<ArticleText> batch) throws IOException {
		try {
			batch.parallelStream().forEach(article -> {
				try {
					writer.addDocument(document(article));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	@Override
	public SearchResults search(SearchQuery query) {
		Query parsed = parse(query.text());
		if (parsed == null) {
			return SearchResults.none(query.page(), query.pageSize());
		}
		BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(parsed, Occur.MUST);
		if (query.category() != null && !query.category().isBlank()) {
			filtered.add(new TermQuery(new Term("category", query.category())), Occur.FILTER);
		}
		if (query.tag() != null && !query.tag().isBlank()) {
			filtered.add(new TermQuery(new Term("tag", query.tag())), Occur.FILTER);
		}
		Query full = filtered.build();
		try {
			refreshIfBehind();
			IndexSearcher searcher = searchers.acquire();
			try {
				return page(searcher, full, parsed, query);
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException | IndexSearcher.TooManyClauses ex) {
			return SearchResults.none(query.page(), query.pageSize());
		}
	}

	private SearchResults page(IndexSearcher searcher, Query full, Query parsed, SearchQuery query) throws IOException {
		int from = (query.page() - 1) * query.pageSize();
		int total = searcher.count(full);
		if (from >= total) {
			return new SearchResults(List.of(), total, query.page(), query.pageSize());
		}
		TopDocs top = searcher.search(full, from + query.pageSize());
		ScoreDoc[] slice = Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
		TopDocs pageDocs = new TopDocs(top.totalHits, slice);
		UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
			.withMaxLength(100_000)
			.build();
		String[] snippets = highlighter.highlight("body", parsed, pageDocs, 2);
		List<SearchResults.Match> matches = new ArrayList<>();
		for (int i = 0; i < slice.length; i++) {
			Document doc = searcher.storedFields().document(slice[i].doc);
			String snippet = snippets[i] != null ? snippets[i] : HtmlUtils.htmlEscape(doc.get("summary"));
			matches.add(new SearchResults.Match(Long.parseLong(doc.get("id")), snippet));
		}
		return new SearchResults(matches, total, query.page(), query.pageSize());
	}

	/**
	 * Reader input as a query over every field: cut to the maximum length, lower-cased
	 * (so AND, OR and NOT are words, not operators) and escaped (so quotes, wildcards and
	 * brackets are text). Null when nothing searchable is left.
	 */
	Query parse(String text) {
		String cut = text.length() > maxQueryLength ? text.substring(0, maxQueryLength) : text;
		String escaped = QueryParser.escape(cut.toLowerCase(Locale.ROOT)).strip();
		if (escaped.isEmpty()) {
			return null;
		}
		MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, analyzer, BOOSTS);
		try {
			Query query = parser.parse(escaped);
			return query == null || query instanceof BooleanQuery b && b.clauses().isEmpty() ? null : query;
		}
		catch (ParseException | IndexSearcher.TooManyClauses ex) {
			return null;
		}
	}

	private static Document document(ArticleText article) {
		ArticleCard card = article.card();
		Document doc = new Document();
		doc.add(new StringField("id", Long.toString(card.id()), Field.Store.YES));
		doc.add(new NumericDocValuesField(ARTICLE, card.id()));
		doc.add(new NumericDocValuesField(VERSION, article.version()));
		doc.add(new TextField("title", card.title(), Field.Store.YES));
		doc.add(new TextField("summary", card.summary(), Field.Store.YES));
		doc.add(new TextField("body", article.bodyText(), Field.Store.YES));
		doc.add(new TextField("tags", String.join(" ", card.tags().stream().map(TagRef::label).toList()),
				Field.Store.NO));
		doc.add(new StringField("category", card.categorySlug(), Field.Store.NO));
		card.tags().forEach(tag -> doc.add(new StringField("tag", tag.slug(), Field.Store.NO)));
		return doc;
	}

	private static Term idTerm(long id) {
		return new Term("id", Long.toString(id));
	}

	private interface Change {

		void apply() throws IOException;

	}

	private synchronized void change(boolean commit, Change change) {
		try {
			change.apply();
			if (commit) {
				writer.commit();
			}
			changes.incrementAndGet();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot update the search index", ex);
		}
	}

	private void refreshIfBehind() throws IOException {
		if (seen >= changes.get()) {
			return;
		}
		synchronized (refreshing) {
			long applied = changes.get();
			if (seen < applied) {
				searchers.maybeRefreshBlocking();
				seen = applied;
			}
		}
	}

	/** Every document's article id with the version it was indexed at. */
	@Override
	public Map<Long, Long> versions() {
		try {
			refreshIfBehind();
			IndexSearcher searcher = searchers.acquire();
			try {
				Map<Long, Long> versions = new HashMap<>();
				for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
					NumericDocValues ids = DocValues.getNumeric(leaf.reader(), ARTICLE);
					NumericDocValues stamps = DocValues.getNumeric(leaf.reader(), VERSION);
					Bits live = leaf.reader().getLiveDocs();
					for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
						if ((live == null || live.get(doc)) && stamps.advanceExact(doc)) {
							versions.put(ids.longValue(), stamps.longValue());
						}
					}
				}
				return versions;
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the search index", ex);
		}
	}

	@Override
	public String state() {
		for (Map.Entry<String, String> entry : writer.getLiveCommitData()) {
			if (STATE.equals(entry.getKey())) {
				return entry.getValue();
			}
		}
		return "";
	}

	@Override
	public synchronized void recordState(String state) {
		writer.setLiveCommitData(Map.of(STATE, state).entrySet());
	}

	@Override
	public void close() throws IOException {
		searchers.close();
		writer.close();
		writer.getDirectory().close();
	}

}
