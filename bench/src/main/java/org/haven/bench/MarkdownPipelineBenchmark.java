package org.haven.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.haven.content.ContentProperties;
import org.haven.content.ContentProperties.UnknownCategories;
import org.haven.content.ContentReader;
import org.haven.content.FrontMatterParser;
import org.haven.content.ParsedDocument;
import org.haven.content.RenderedContent;
import org.haven.content.safemessaging.Finding;
import org.haven.content.safemessaging.SafeMessaging;
import org.haven.content.safemessaging.SafeMessagingInput;
import org.haven.content.safemessaging.SafeMessagingRules;
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
 * The per-file cost of an import without the database: {@link ContentReader#read(String, byte[])} (UTF-8 check,
 * SHA-256, front matter, CommonMark, sanitising, TOC) on one generated article, its two main parts on their own, and
 * the safe-messaging checks the importer runs on the same file. Single-threaded; the importer runs these steps on a
 * parallel stream.
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar MarkdownPipeline
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MarkdownPipelineBenchmark {

	/** Which generated article (seed 42): 0 is a file of about 1,300 words with a table. */
	@Param("0")
	public int article;

	private final ContentReader reader = new ContentReader();

	private final FrontMatterParser frontMatter = new FrontMatterParser();

	/** The built-in rules only: the path names no content folder. */
	private final SafeMessaging safeMessaging = new SafeMessaging(new SafeMessagingRules(
			new ContentProperties(Path.of("no-content-folder"), false, false, null, UnknownCategories.CREATE)));

	private String path;

	private byte[] bytes;

	private String text;

	private String body;

	@Setup(Level.Trial)
	public void setUp() {
		CorpusGenerator.Article generated = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED).article(article);
		path = "articles/" + generated.slug() + ".md";
		text = generated.text();
		bytes = text.getBytes(StandardCharsets.UTF_8);
		body = frontMatter.parse(path, text).body();
	}

	/** The whole per-file step of the import: what {@code ArticleImporter} runs in parallel. */
	@Benchmark
	public ParsedDocument read() {
		return reader.read(path, bytes);
	}

	/** Markdown to sanitised HTML, TOC, summary and word count. */
	@Benchmark
	public RenderedContent render() {
		return reader.render(body);
	}

	/** Front matter (SnakeYAML) and the split into front matter and body. */
	@Benchmark
	public FrontMatterParser.Split frontMatter() {
		return frontMatter.parse(path, text);
	}

	/**
	 * The safe-messaging checks over a whole file, as the import runs them on every file
	 * it reads (the generated articles trip none of the rules, like most real ones).
	 */
	@Benchmark
	public List<Finding> safeMessaging() {
		return safeMessaging.check(SafeMessagingInput.ofFile(text, Set.of(), Set.of()));
	}

	/** The content hash that decides whether a file changed. */
	@Benchmark
	public String hash() {
		return ContentReader.hash(bytes);
	}

}
