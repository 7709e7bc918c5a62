package org.haven.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.haven.bench.TextBank.AuthorDef;
import org.haven.bench.TextBank.CategoryDef;
import org.haven.bench.TextBank.Faq;
import org.haven.content.Slugs;

/**
 * Writes a complete, importable content folder with {@code count} generated articles: {@code categories.yaml} (the
 * seven real categories), {@code authors/}, {@code pages/about.md} and {@code articles/*.md}. The same seed gives the
 * same files, byte for byte, and article {@code i} does not depend on how many articles are generated (only its slug
 * can gain a numeric suffix to stay unique).
 *
 * <p>
 * Articles have realistic front matter (dates spread over ten years, one or two categories, 3 to 7 tags drawn from a
 * Zipf-like distribution over about 400 tag names, an author, and sometimes a summary, a clinical review, a content
 * warning, an FAQ and a last-modified date) and 600 to 1,500 words of Markdown: numbered H2 sections, some H3s, bullet
 * and numbered lists, a table in about 30% of articles, footnotes and a references section. The text is assembled from
 * {@link TextBank}; it is load-testing filler, not advice, and the references are fictitious.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.haven.bench.CorpusGenerator &lt;outDir&gt; &lt;count&gt; [seed]
 * </pre>
 */
public final class CorpusGenerator {

	public static final long DEFAULT_SEED = 42L;

	static final int TAG_COUNT = 400;

	private static final double ZIPF_EXPONENT = 1.0;

	private static final LocalDateTime FIRST_DATE = LocalDateTime.of(2016, 1, 1, 0, 0);

	private static final LocalDateTime LAST_DATE = LocalDateTime.of(2026, 10, 31, 23, 59);

	private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

	private final long seed;

	private final List<String> tags = TextBank.tagNames(TAG_COUNT);

	private final double[] tagCumulative;

	public CorpusGenerator(long seed) {
		this.seed = seed;
		this.tagCumulative = new double[tags.size()];
		double sum = 0;
		for (int i = 0; i < tags.size(); i++) {
			sum += 1.0 / Math.pow(i + 1, ZIPF_EXPONENT);
			tagCumulative[i] = sum;
		}
		for (int i = 0; i < tagCumulative.length; i++) {
			tagCumulative[i] /= sum;
		}
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 2 || args.length > 3) {
			System.err.println("usage: CorpusGenerator <outDir> <count> [seed]");
			System.exit(2);
		}
		Path out = Path.of(args[0]);
		int count = Integer.parseInt(args[1]);
		long seed = args.length == 3 ? Long.parseLong(args[2]) : DEFAULT_SEED;
		long started = System.nanoTime();
		Stats stats = new CorpusGenerator(seed).generate(out, count);
		System.out.printf(
				"Generated %d articles (%d to %d words, %d in all; %d tags in use; %d with a table) in %s in %d ms%n",
				count, stats.minWords, stats.maxWords, stats.words, stats.tagsUsed.size(), stats.withTable, out,
				(System.nanoTime() - started) / 1_000_000);
	}

	/** Counts reported after generating. */
	static final class Stats {

		long words;

		int minWords = Integer.MAX_VALUE;

		int maxWords;

		int withTable;

		final Set<String> tagsUsed = new HashSet<>();

	}

	/** A generated article file. */
	public record Article(String slug, String text) {
	}

	public Stats generate(Path out, int count) throws IOException {
		Files.createDirectories(out.resolve("articles"));
		Files.createDirectories(out.resolve("authors"));
		Files.createDirectories(out.resolve("pages"));
		write(out.resolve("categories.yaml"), categoriesYaml());
		for (AuthorDef author : TextBank.AUTHORS) {
			write(out.resolve("authors").resolve(author.slug() + ".md"), authorFile(author));
		}
		write(out.resolve("pages").resolve("about.md"), aboutPage());
		Set<String> slugs = new HashSet<>();
		Stats stats = new Stats();
		for (int i = 0; i < count; i++) {
			Article article = article(i, slugs, stats);
			write(out.resolve("articles").resolve(article.slug() + ".md"), article.text());
		}
		return stats;
	}

	/** Article {@code index} as it would be generated, without a corpus around it. */
	public Article article(int index) {
		return article(index, new HashSet<>(), new Stats());
	}

	private Article article(int index, Set<String> usedSlugs, Stats stats) {
		Random rnd = new Random(seed * 1_000_003L + index);
		CategoryDef primary = pick(rnd, TextBank.CATEGORIES);
		String topic = pick(rnd, TextBank.TOPICS.get(primary.slug()));
		String title = String.format(pick(rnd, TextBank.TITLE_PATTERNS), topic);
		if (rnd.nextInt(100) < 55) {
			title = title + " " + pick(rnd, TextBank.AUDIENCES);
		}
		title = Character.toUpperCase(title.charAt(0)) + title.substring(1);
		String slug = unique(Slugs.of(title), usedSlugs);

		List<String> categories = new ArrayList<>(List.of(primary.slug()));
		if (rnd.nextInt(100) < 25) {
			CategoryDef second = pick(rnd, TextBank.CATEGORIES);
			if (!second.slug().equals(primary.slug())) {
				categories.add(second.slug());
			}
		}
		List<String> articleTags = drawTags(rnd, 3 + rnd.nextInt(5));
		stats.tagsUsed.addAll(articleTags);

		long span = java.time.Duration.between(FIRST_DATE, LAST_DATE).toMinutes();
		LocalDateTime date = FIRST_DATE.plusMinutes((long) (rnd.nextDouble() * span));
		AuthorDef author = pickAuthor(rnd);

		Body body = body(rnd, primary, topic);
		stats.words += body.words;
		stats.minWords = Math.min(stats.minWords, body.words);
		stats.maxWords = Math.max(stats.maxWords, body.words);
		if (body.table) {
			stats.withTable++;
		}

		StringBuilder fm = new StringBuilder(512);
		fm.append("---\n");
		fm.append("title: ").append(quote(title)).append('\n');
		fm.append("slug: ").append(slug).append('\n');
		fm.append("date: ").append(INSTANT.format(date)).append('\n');
		if (rnd.nextInt(100) < 20) {
			LocalDateTime lastmod = date.plusDays(1 + rnd.nextInt(400));
			if (lastmod.isBefore(LAST_DATE)) {
				fm.append("lastmod: ").append(INSTANT.format(lastmod)).append('\n');
			}
		}
		fm.append("categories: [").append(String.join(", ", categories)).append("]\n");
		fm.append("tags: [").append(String.join(", ", articleTags)).append("]\n");
		if (rnd.nextInt(100) < 60) {
			fm.append("summary: ")
				.append(quote(sentence(rnd, primary) + " " + pick(rnd, TextBank.GENERAL_SENTENCES)))
				.append('\n');
		}
		fm.append("author: ").append(author.slug()).append('\n');
		if (rnd.nextInt(100) < 35) {
			AuthorDef reviewer = pickReviewer(rnd, author);
			LocalDate reviewed = date.toLocalDate().plusDays(rnd.nextInt(300));
			if (reviewed.isAfter(LAST_DATE.toLocalDate())) {
				reviewed = LAST_DATE.toLocalDate();
			}
			fm.append("reviewed_by: ").append(reviewer.slug()).append('\n');
			fm.append("last_reviewed: ").append(reviewed).append('\n');
		}
		int warningChance = primary.slug().equals("depression") ? 25 : 6;
		if (rnd.nextInt(100) < warningChance) {
			fm.append("content_warning: ").append(quote(pick(rnd, TextBank.CONTENT_WARNINGS))).append('\n');
		}
		if (rnd.nextInt(100) < 25) {
			fm.append("faq:\n");
			int n = 2 + rnd.nextInt(3);
			Set<Faq> faqs = new LinkedHashSet<>();
			while (faqs.size() < n) {
				faqs.add(pick(rnd, TextBank.FAQS));
			}
			for (Faq faq : faqs) {
				fm.append("  - q: ").append(quote(faq.q())).append('\n');
				fm.append("    a: ").append(quote(faq.a())).append('\n');
			}
		}
		fm.append("---\n\n");
		return new Article(slug, fm.append(body.markdown).toString());
	}

	private record Body(String markdown, int words, boolean table) {
	}

	private Body body(Random rnd, CategoryDef category, String topic) {
		int target = 680 + rnd.nextInt(700);
		StringBuilder md = new StringBuilder(target * 8);
		int[] words = { 0 };
		List<String> footnotes = new ArrayList<>();
		Set<String> used = new HashSet<>();

		paragraph(md, words, rnd, category, 3 + rnd.nextInt(3), footnotes, false, used);
		if (rnd.nextBoolean()) {
			paragraph(md, words, rnd, category, 2 + rnd.nextInt(3), footnotes, true, used);
		}

		boolean wantsTable = rnd.nextInt(100) < 30;
		boolean tableWritten = false;
		int tableSection = 1 + rnd.nextInt(3);
		List<String> headings = new ArrayList<>(TextBank.HEADINGS.get(category.slug()));
		headings.addAll(TextBank.GENERAL_HEADINGS);
		java.util.Collections.shuffle(headings, rnd);
		int section = 0;
		int reserved = 100; // crisis section, footnotes and references come after the sections
		while (words[0] < target - reserved && section < headings.size()) {
			section++;
			String heading = headings.get(section - 1);
			md.append("## ").append(section).append(". ").append(heading).append("\n\n");
			words[0] += 1 + heading.split(" ").length;
			paragraph(md, words, rnd, category, 3 + rnd.nextInt(4), footnotes, true, used);
			int kind = rnd.nextInt(100);
			if (kind < 30) {
				bulletList(md, words, rnd);
			}
			else if (kind < 50) {
				numberedList(md, words, rnd);
			}
			if (wantsTable && !tableWritten && section == tableSection) {
				table(md, words, rnd);
				tableWritten = true;
			}
			if (rnd.nextInt(100) < 30) {
				String sub = pick(rnd, TextBank.SUBHEADINGS);
				md.append("### ").append(sub).append("\n\n");
				words[0] += sub.split(" ").length;
				paragraph(md, words, rnd, category, 2 + rnd.nextInt(3), footnotes, true, used);
			}
			else if (rnd.nextInt(100) < 25) {
				paragraph(md, words, rnd, category, 2 + rnd.nextInt(3), footnotes, true, used);
			}
		}
		if (wantsTable && !tableWritten) {
			table(md, words, rnd);
			tableWritten = true;
		}
		if (rnd.nextInt(100) < 50) {
			md.append("## When to seek help\n\n").append(TextBank.CRISIS_PARAGRAPH).append("\n\n");
			words[0] += 4 + TextBank.CRISIS_PARAGRAPH.split(" ").length;
		}
		for (int i = 0; i < footnotes.size(); i++) {
			md.append("[^").append(i + 1).append("]: ").append(footnotes.get(i)).append("\n\n");
			words[0] += footnotes.get(i).split(" ").length;
		}
		md.append("## References\n\n");
		int refs = 2 + rnd.nextInt(5);
		for (int i = 1; i <= refs; i++) {
			String ref = reference(rnd);
			md.append(i).append(". ").append(ref).append('\n');
			words[0] += ref.split(" ").length;
		}
		return new Body(md.toString(), words[0], tableWritten);
	}

	private void paragraph(StringBuilder md, int[] words, Random rnd, CategoryDef category, int sentences,
			List<String> footnotes, boolean allowDecoration, Set<String> used) {
		for (int i = 0; i < sentences; i++) {
			String s = freshSentence(rnd, category, used);
			if (allowDecoration) {
				int d = rnd.nextInt(100);
				if (d < 4) {
					s = emphasise(s, "**");
				}
				else if (d < 7) {
					s = emphasise(s, "*");
				}
				else if (d < 9) {
					// an internal link to a page that exists in every corpus (an article slug
					// here would depend on which titles were drawn, and a broken link fails the
					// static export's crawl)
					s = s.substring(0, s.length() - 1) + " (see [our guides on "
							+ pick(rnd, TextBank.TOPICS.get(category.slug())).toLowerCase(java.util.Locale.ROOT)
							+ "](/categories/" + category.slug() + "))" + ".";
				}
			}
			md.append(i == 0 ? "" : " ").append(s);
			words[0] += s.split(" ").length;
			if (allowDecoration && footnotes.size() < 3 && rnd.nextInt(100) < 6) {
				footnotes.add(pick(rnd, TextBank.FOOTNOTES));
				md.append("[^").append(footnotes.size()).append(']');
			}
		}
		md.append("\n\n");
	}

	/** A sentence not yet used in this article if one can be found quickly, sometimes with an opening phrase. */
	private static String freshSentence(Random rnd, CategoryDef category, Set<String> used) {
		String s = null;
		for (int attempt = 0; attempt < 8; attempt++) {
			s = rnd.nextInt(100) < 60 ? sentence(rnd, category) : pick(rnd, TextBank.GENERAL_SENTENCES);
			if (used.add(s)) {
				break;
			}
		}
		if (rnd.nextInt(100) < 20 && !Character.isUpperCase(s.charAt(1)) && !s.startsWith("I ")) {
			s = pick(rnd, TextBank.OPENERS) + Character.toLowerCase(s.charAt(0)) + s.substring(1);
		}
		return s;
	}

	private static String emphasise(String sentence, String marker) {
		int space = sentence.indexOf(' ', sentence.length() / 3);
		int end = space < 0 ? -1 : sentence.indexOf(' ', space + 1);
		end = end < 0 ? -1 : sentence.indexOf(' ', end + 1);
		if (space < 0 || end < 0) {
			return sentence;
		}
		return sentence.substring(0, space + 1) + marker + sentence.substring(space + 1, end) + marker
				+ sentence.substring(end);
	}

	private static void bulletList(StringBuilder md, int[] words, Random rnd) {
		int n = 3 + rnd.nextInt(4);
		for (String item : distinct(rnd, TextBank.LIST_ITEMS, n)) {
			md.append("- ").append(item).append('\n');
			words[0] += item.split(" ").length;
		}
		md.append('\n');
	}

	private static void numberedList(StringBuilder md, int[] words, Random rnd) {
		int n = 3 + rnd.nextInt(4);
		int i = 1;
		for (String item : distinct(rnd, TextBank.LIST_ITEMS, n)) {
			md.append(i++).append(". ").append(item).append(".\n");
			words[0] += item.split(" ").length;
		}
		md.append('\n');
	}

	private static void table(StringBuilder md, int[] words, Random rnd) {
		String header = pick(rnd, TextBank.TABLE_HEADERS);
		int columns = header.split("\\|").length - 1;
		md.append(header).append('\n').append("|---".repeat(columns)).append("|\n");
		List<String> rows = TextBank.TABLE_ROWS.get(header);
		for (String row : distinct(rnd, rows, 3 + rnd.nextInt(Math.max(1, rows.size() - 2)))) {
			md.append(row).append('\n');
			words[0] += row.split(" ").length - columns - 1;
		}
		md.append('\n');
	}

	private static String reference(Random rnd) {
		String first = pick(rnd, TextBank.SURNAMES);
		String authors = first + ", " + (char) ('A' + rnd.nextInt(26)) + ".";
		if (rnd.nextBoolean()) {
			authors += ", & " + pick(rnd, TextBank.SURNAMES) + ", " + (char) ('A' + rnd.nextInt(26)) + ".";
		}
		int year = 1995 + rnd.nextInt(31);
		int volume = 5 + rnd.nextInt(40);
		int page = 1 + rnd.nextInt(600);
		return authors + " (" + year + "). " + pick(rnd, TextBank.REFERENCE_TITLES) + ". *"
				+ pick(rnd, TextBank.JOURNALS) + "*, " + volume + "(" + (1 + rnd.nextInt(4)) + "), " + page + "–"
				+ (page + 8 + rnd.nextInt(20)) + ".";
	}

	private static String sentence(Random rnd, CategoryDef category) {
		return pick(rnd, TextBank.SENTENCES.get(category.slug()));
	}

	private List<String> drawTags(Random rnd, int n) {
		Set<String> chosen = new LinkedHashSet<>();
		while (chosen.size() < n) {
			double u = rnd.nextDouble();
			int i = java.util.Arrays.binarySearch(tagCumulative, u);
			int index = i >= 0 ? i : Math.min(-i - 1, tags.size() - 1);
			chosen.add(tags.get(index));
		}
		return new ArrayList<>(chosen);
	}

	private static AuthorDef pickAuthor(Random rnd) {
		// the three staff authors write most of the articles
		int r = rnd.nextInt(100);
		List<AuthorDef> authors = TextBank.AUTHORS;
		if (r < 60) {
			return authors.get(r % 3);
		}
		return authors.get(3 + r % (authors.size() - 3));
	}

	private static AuthorDef pickReviewer(Random rnd, AuthorDef author) {
		List<AuthorDef> clinicians = TextBank.AUTHORS.stream()
			.filter(a -> a.clinician() && !a.slug().equals(author.slug()))
			.toList();
		return pick(rnd, clinicians);
	}

	private static String unique(String base, Set<String> used) {
		String slug = base;
		for (int n = 2; !used.add(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	private static <T> T pick(Random rnd, List<T> items) {
		return items.get(rnd.nextInt(items.size()));
	}

	private static <T> List<T> distinct(Random rnd, List<T> items, int n) {
		List<T> copy = new ArrayList<>(items);
		java.util.Collections.shuffle(copy, rnd);
		return copy.subList(0, Math.min(n, copy.size()));
	}

	static String quote(String s) {
		return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}

	private static String categoriesYaml() {
		StringBuilder y = new StringBuilder("# Generated by org.haven.bench.CorpusGenerator: the seven categories of content/categories.yaml.\n");
		for (CategoryDef c : TextBank.CATEGORIES) {
			y.append("- slug: ").append(c.slug()).append('\n');
			y.append("  name: ").append(c.name()).append('\n');
			y.append("  description: ").append(c.description()).append('\n');
			y.append("  order: ").append(c.order()).append('\n');
		}
		return y.toString();
	}

	private static String authorFile(AuthorDef a) {
		return "---\n" + "name: " + quote(a.name()) + "\n" + "slug: " + a.slug() + "\n" + "credentials: "
				+ quote(a.credentials()) + "\n" + "role: " + quote(a.role()) + "\n" + "avatar_alt: \"\"\n---\n\n"
				+ a.bio() + "\n";
	}

	private static String aboutPage() {
		return """
				---
				title: "About Haven Journal"
				slug: about
				summary: "Who we are and how we write and review our articles."
				---

				Haven Journal publishes clear, carefully researched articles about mental health: how therapy works, \
				what anxiety and low mood can feel like, how relationships and work affect our wellbeing, and which \
				everyday practices have evidence behind them.

				## Our editorial standards

				- We describe what the research shows, including where it is limited or uncertain.
				- We avoid sensational language, miracle claims and one-size-fits-all advice.
				- We signpost professional and crisis support wherever it is relevant.

				## Clinical review

				Articles that discuss symptoms, treatments or safety are reviewed by a qualified clinician who did not \
				write them.
				""";
	}

	private static void write(Path file, String text) {
		try {
			Files.writeString(file, text, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
