package org.haven.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.haven.article.ArticleCard;
import org.haven.related.RelatedIndex;
import org.haven.related.RelatedProperties;
import org.haven.related.Suggestion;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The tag-overlap related index on a large site: building it from every published article, each article's top 5
 * included (what start-up and each import do); answering top-5 for one article (what an uncached article page does: a
 * lookup of the stored list); and publishing one new article (what a publish does: its own list, and the lists of the
 * articles sharing a tag with it). 400 tags, Zipf-like use.
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar RelatedIndex
 * </pre>
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = "-Xmx2g")
public class RelatedIndexBenchmark {

	@Param("100000")
	public int articles;

	/**
	 * {@code false} computes only the lists {@link #topFive} reads (every 100th article) and leaves the rest to the
	 * first read: the same lookup, without the minutes a full precompute of 100,000 lists takes on a loaded machine.
	 * {@link #publishOne} then updates only those lists, so measure it with {@code true}.
	 */
	@Param("true")
	public boolean precomputeAll;

	private List<ArticleCard> readers;

	private List<ArticleCard> cards;

	private RelatedIndex index;

	private int next;

	private long nextId;

	private ArticleCard published;

	@Setup(Level.Trial)
	public void setUp() {
		cards = SyntheticCards.generate(articles, 400, 42L);
		index = new RelatedIndex(RelatedProperties.defaults());
		long started = System.nanoTime();
		index.rebuild(cards);
		long laidOut = System.nanoTime();
		// every list, on all cores (as the first readers would compute them)
		readers = precomputeAll ? cards : IntStream.range(0, cards.size() / 100).mapToObj(i -> cards.get(i * 100)).toList();
		readers.parallelStream().forEach(card -> index.topFor(card.slug(), 5));
		System.out.printf("%nlaid out in %d ms, every top 5 computed in %d ms%n", (laidOut - started) / 1_000_000,
				(System.nanoTime() - laidOut) / 1_000_000);
		nextId = articles + 1;
	}

	/** Takes the article {@link #publishOne} added out again, so every call starts from the same index. */
	@TearDown(Level.Invocation)
	public void withdraw() {
		if (published != null) {
			index.remove(published.id());
			published = null;
		}
	}

	/** Builds the whole index from scratch. */
	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	@Warmup(iterations = 3)
	@Measurement(iterations = 7)
	public RelatedIndex build() {
		RelatedIndex fresh = new RelatedIndex(RelatedProperties.defaults());
		fresh.rebuild(cards);
		fresh.precomputeAll();
		return fresh;
	}

	/**
	 * Publishes one new article, with the tags, category and date of an existing one (a different one each call):
	 * its own top 5 and the stored lists of every article sharing a tag with it.
	 */
	@Benchmark
	@BenchmarkMode(Mode.SampleTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	@Warmup(iterations = 3, time = 2)
	@Measurement(iterations = 5, time = 2)
	public RelatedIndex publishOne() {
		next = (next + 7919) % cards.size();
		ArticleCard like = cards.get(next);
		long id = nextId++;
		published = new ArticleCard(id, "new-" + id, "New " + id, "Summary", like.categorySlug(), like.categoryName(),
				null, like.publishedAt(), like.updatedAt(), 5, like.tags(), false, like.contentWarning(),
				like.contentNotes());
		index.put(published);
		return index;
	}

	/** Top 5 for one article, a different one each call. */
	@Benchmark
	@BenchmarkMode(Mode.SampleTime)
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	@Warmup(iterations = 3, time = 2)
	@Measurement(iterations = 5, time = 2)
	public List<Suggestion> topFive() {
		next = (next + 7919) % readers.size();
		return index.topFor(readers.get(next).slug(), 5);
	}

}
