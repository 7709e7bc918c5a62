package org.haven.editor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.haven.config.SiteProperties;
import org.haven.content.Readability;
import org.haven.content.Readability.Scores;
import org.haven.taxonomy.Categories;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The plain-language panel's findings for a draft, in the site's language: reading ease
 * and grade, sentences over {@value #LONG_SENTENCE_WORDS} words, passive constructions,
 * clinical terms with plainer words, and the category's reading-grade target. Advice
 * only: nothing here stops a save or a publish.
 */
@Component
class PlainLanguage {

	static final int LONG_SENTENCE_WORDS = 25;

	/** A clinical term found in the text, with what to say instead. */
	record Jargon(String found, String plain, @Nullable String explain) {
	}

	/** The panel's content. {@code target} is the category's reading grade, if any. */
	record Report(String language, Scores scores, List<String> longSentences, List<String> passive, List<Jargon> jargon,
			@Nullable Integer target) {

		public boolean aboveTarget() {
			return target != null && scores.words() > 0 && scores.grade() > target;
		}

		public long grade() {
			return Math.round(Math.max(0, scores.grade()));
		}

		public long ease() {
			return Math.round(scores.readingEase());
		}

	}

	private static final Pattern PASSIVE_EN = Pattern
		.compile("\\b(?:am|is|are|was|were|be|been|being)\\s+(?:\\w+ly\\s+)?(?:\\w+ed|born|brought|caught|chosen|done|"
				+ "drawn|driven|felt|found|given|held|hidden|kept|known|left|made|meant|seen|shown|spoken|taken|"
				+ "taught|thought|told|understood|written)\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern PASSIVE_DE = Pattern.compile(
			"\\b(?:wird|werden|wurde|wurden|worden|wirst|werde)\\b(?:\\s+[\\p{L}\\p{N}]+){0,6}?\\s+ge\\p{L}+(?:t|en)\\b",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern MARKUP = Pattern.compile(
			"!\\[[^\\]]*\\]\\([^)]*\\)|\\[\\^[^\\]]+\\]:?|(?m)^\\s{0,3}(?:#{1,6}|>|[-*+]|\\d+\\.)\\s+|[*_`|~]|(?m)^\\s*-{3,}\\s*$");

	private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");

	private final SiteProperties site;

	private final Categories categories;

	private final PlainLanguageTerms terms;

	PlainLanguage(SiteProperties site, Categories categories, PlainLanguageTerms terms) {
		this.site = site;
		this.categories = categories;
		this.terms = terms;
	}

	Report check(String markdown, String category) {
		Locale language = site.locale();
		String text = plain(markdown);
		Scores scores = Readability.score(text, language, LONG_SENTENCE_WORDS);
		List<String> longOnes = scores.longSentences().stream().map(s -> shorten(s.text())).toList();
		Pattern passive = "de".equals(language.getLanguage()) ? PASSIVE_DE : PASSIVE_EN;
		Set<String> passives = new LinkedHashSet<>();
		Matcher m = passive.matcher(text);
		while (m.find() && passives.size() < 10) {
			passives.add(m.group());
		}
		List<Jargon> jargon = new ArrayList<>();
		for (PlainLanguageTerms.Term term : terms.of(language)) {
			Matcher found = term.pattern().matcher(text);
			if (found.find()) {
				jargon.add(new Jargon(found.group(), term.plain(), term.explain()));
			}
		}
		Integer target = category.isBlank() ? null : categories.readingGrade(category).orElse(null);
		return new Report(language.getLanguage(), scores, longOnes, List.copyOf(passives), jargon, target);
	}

	/** The words a reader reads: Markdown's marks, images and link targets removed. */
	static String plain(String markdown) {
		String text = LINK.matcher(markdown).replaceAll("$1");
		return MARKUP.matcher(text).replaceAll("");
	}

	private static String shorten(String sentence) {
		String[] words = sentence.split("\\s+");
		return words.length <= 12 ? sentence : String.join(" ", List.of(words).subList(0, 12)) + " …";
	}

}
