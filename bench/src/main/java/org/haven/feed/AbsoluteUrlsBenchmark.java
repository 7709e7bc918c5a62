package org.haven.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.haven.bench.CorpusGenerator;
import org.haven.content.ContentReader;
import org.haven.content.FrontMatterParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Making a feed's item bodies absolute: the twenty articles of one tag feed (generated, seed 42, rendered as the import
 * renders them), through {@link AbsoluteUrls} and through the regular expression it replaced, in the same run.
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar AbsoluteUrls
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AbsoluteUrlsBenchmark {

	private static final String BASE = "https://calm.example/";

	private static final Pattern RELATIVE = Pattern.compile("(\\s(?:href|src)\\s*=\\s*)([\"'])/(?![/\\\\])",
			Pattern.CASE_INSENSITIVE);

	private final List<String> bodies = new ArrayList<>();

	@Setup(Level.Trial)
	public void setUp() {
		CorpusGenerator corpus = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED);
		ContentReader reader = new ContentReader();
		FrontMatterParser frontMatter = new FrontMatterParser();
		for (int i = 0; i < 20; i++) {
			CorpusGenerator.Article article = corpus.article(i);
			String body = frontMatter.parse("articles/" + article.slug() + ".md", article.text()).body();
			bodies.add(reader.render(body).html());
		}
	}

	@Benchmark
	public void scanner(Blackhole sink) {
		for (String body : bodies) {
			sink.consume(AbsoluteUrls.in(body, BASE));
		}
	}

	@Benchmark
	public void regex(Blackhole sink) {
		for (String body : bodies) {
			String base = BASE.substring(0, BASE.length() - 1);
			sink.consume(RELATIVE.matcher(body)
				.replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + base + "/")));
		}
	}

}
