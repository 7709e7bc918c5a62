package org.haven.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.haven.article.ArticleCard;
import org.haven.article.ArticleText;
import org.haven.taxonomy.TagRef;
import org.haven.content.ContentReader;
import org.haven.content.ParsedDocument;
import org.haven.content.Slugs;
import org.haven.search.LuceneSearchIndex;
import org.haven.search.SearchQuery;
import org.haven.search.SearchResults;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full-text search on a 10,000-article site: the generated corpus rendered by the real pipeline and indexed by the
 * real Lucene index (in memory), then queries of one to three words with snippets, as the search page runs them.
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar Search
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = "-Xmx2g")
public class SearchBenchmark {

	private static final String[] QUERIES = { "sleep", "panic attack", "burnout at work", "self compassion",
			"worrying", "therapy first session", "breathing", "relationships conflict", "grief", "mindfulness evidence" };

	@Param("10000")
	public int articles;

	private LuceneSearchIndex index;

	private int next;

	@Setup(Level.Trial)
	public void setUp() {
		CorpusGenerator corpus = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED);
		ContentReader reader = new ContentReader();
		List<ArticleText> details = IntStream.range(0, articles).parallel().mapToObj(i -> {
			CorpusGenerator.Article article = corpus.article(i);
			ParsedDocument doc = reader.read("articles/" + article.slug() + ".md",
					article.text().getBytes(StandardCharsets.UTF_8));
			List<TagRef> tags = new ArrayList<>();
			doc.frontMatter().tags().forEach(t -> tags.add(new TagRef(Slugs.of(t), t)));
			String category = doc.frontMatter().primaryCategory();
			Instant published = doc.frontMatter().date() == null ? Instant.EPOCH : doc.frontMatter().date();
			ArticleCard card = new ArticleCard(i + 1, doc.slug(), doc.frontMatter().title(), doc.summary(), category,
					category, null, published, published, doc.rendered().readingMinutes(), List.copyOf(tags), false,
					null, List.of());
			return new ArticleText(card, doc.rendered().text(), 1);
		}).toList();
		index = new LuceneSearchIndex(new ByteBuffersDirectory(), 200);
		index.replaceAll(details.stream());
	}

	/** One query, first page of 10 hits with highlighted snippets. */
	@Benchmark
	public SearchResults query() {
		next = (next + 1) % QUERIES.length;
		return index.search(new SearchQuery(QUERIES[next], null, null, 1, 10));
	}

}
