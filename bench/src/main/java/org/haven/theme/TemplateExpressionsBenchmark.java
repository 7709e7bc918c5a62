package org.haven.theme;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.haven.article.ArticleCard;
import org.haven.site.Formats;
import org.haven.taxonomy.ContentNote;
import org.haven.taxonomy.TagRef;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.expression.MethodResolver;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * What Haven's template expression helpers save on an uncached render: the calm theme's
 * card fragment (property reads, {@code fmt.date(...)}, {@code #lists.isEmpty(...)},
 * {@code #strings.listJoin(...)}) for a page of 10 cards, rendered with Spring's SpEL
 * accessors alone ({@code spring}), with {@link ViewPropertyAccessor} ({@code properties})
 * and with {@link ViewMethodResolver} too ({@code haven}, as the site renders). Each render
 * gets a fresh evaluation context, as each page does.
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar TemplateExpressions
 * </pre>
 *
 * Run from the repository's root (it reads {@code themes/calm/templates}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TemplateExpressionsBenchmark {

	/** One line: a template name that the string resolver's pattern matches. */
	private static final String PAGE = "<div class=\"card-list\"><th:block th:each=\"card : ${cards}\">"
			+ "<article th:replace=\"~{fragments/card :: card(${card}, 2)}\"></article></th:block></div>";

	@Param({ "spring", "properties", "haven" })
	public String helpers;

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final StaticApplicationContext application = new StaticApplicationContext();

	private List<ArticleCard> cards;

	private Formats formats;

	private Map<String, Object> site;

	@Setup
	public void setUp() {
		Path templates = Path.of("themes/calm/templates");
		if (!Files.isDirectory(templates)) {
			throw new IllegalStateException("run from the repository's root: no " + templates.toAbsolutePath());
		}
		// the page itself is the template's name; its fragments come from the theme
		StringTemplateResolver page = new StringTemplateResolver();
		page.setResolvablePatterns(Set.of("<div*"));
		page.setOrder(1);
		FileTemplateResolver theme = new FileTemplateResolver();
		theme.setPrefix(templates.toAbsolutePath() + "/");
		theme.setSuffix(".html");
		theme.setTemplateMode(TemplateMode.HTML);
		theme.setCacheable(true);
		theme.setOrder(2);
		engine.setTemplateResolvers(Set.of(page, theme));
		engine.setLinkBuilder(new StandardLinkBuilder() {
			@Override
			protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
				return ""; // links as at the site's root, without a servlet request
			}
		});
		// the theme's words the card uses, so no lookup fails
		application.getStaticMessageSource().addMessage("reading.time", Locale.UK, "{0} min read");
		application.getStaticMessageSource().addMessage("content-note.badge", Locale.UK, "Content note: {0}");
		application.getStaticMessageSource().addMessage("content-note.label", Locale.UK, "Content note");
		application.refresh();
		engine.setTemplateEngineMessageSource(application);
		formats = new Formats(Locale.UK, ZoneOffset.UTC);
		site = Map.of("settings", Map.of("show_reading_time", true));
		Instant published = Instant.parse("2026-02-12T09:00:00Z");
		List<ArticleCard> page10 = new ArrayList<>();
		for (int id = 1; id <= 10; id++) {
			List<ContentNote> notes = id % 3 == 0 ? List.of(new ContentNote("grief", "Grief", "Talks about loss."))
					: List.of();
			page10.add(new ArticleCard(id, "article-" + id, "Article " + id, "What article " + id + " is about.",
					"anxiety", "Anxiety", null, published.minusSeconds(86_400L * id), published, 4 + id % 5,
					List.of(new TagRef("sleep", "Sleep"), new TagRef("cbt", "CBT")), false,
					id == 5 ? "Mentions self-harm." : null, notes));
		}
		cards = List.copyOf(page10);
	}

	@Benchmark
	public String renderTenCards() {
		ThymeleafEvaluationContext evaluation = new ThymeleafEvaluationContext(application, null);
		if (!helpers.equals("spring")) {
			evaluation.addPropertyAccessor(ViewPropertyAccessor.INSTANCE);
		}
		if (helpers.equals("haven")) {
			List<MethodResolver> resolvers = new ArrayList<>();
			resolvers.add(ViewMethodResolver.INSTANCE);
			resolvers.addAll(evaluation.getMethodResolvers());
			evaluation.setMethodResolvers(resolvers);
		}
		Context context = new Context(Locale.UK);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME, evaluation);
		context.setVariable("cards", cards);
		context.setVariable("fmt", formats);
		context.setVariable("site", site);
		return engine.process(PAGE, context);
	}

}
