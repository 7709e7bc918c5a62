package org.haven.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One entry of an article's {@code references:} front matter: a cited work. Articles list
 * them as YAML maps with {@code title}, {@code authors} (a list or one string),
 * {@code year}, {@code journal} or {@code publisher}, {@code details} (volume, issue and
 * pages, or the book a chapter is in), {@code url} and {@code doi}; only {@code title} is
 * required. Links are kept only when they are http(s), and a DOI is kept bare
 * ({@code 10.1000/xyz}), whichever form it was written in.
 */
public record Reference(String title, List<String> authors, @Nullable Integer year, @Nullable String journal,
		@Nullable String details, @Nullable String publisher, @Nullable String url, @Nullable String doi) {

	public static final String KEY = "references";

	private static final List<String> DOI_PREFIXES = List.of("https://doi.org/", "http://doi.org/",
			"https://dx.doi.org/", "http://dx.doi.org/", "doi:");

	public Reference {
		authors = List.copyOf(authors);
	}

	/** The DOI as a link readers can follow, or null. */
	public @Nullable String doiUrl() {
		return doi == null ? null : "https://doi.org/" + doi;
	}

	/** The authors as one line: "Beck, A. T., & Rush, A. J." (or "..., et al.") */
	public String authorLine() {
		if (authors.size() <= 1) {
			return authors.isEmpty() ? "" : authors.get(0);
		}
		if ("et al.".equals(authors.get(authors.size() - 1))) {
			return String.join(", ", authors);
		}
		return String.join(", ", authors.subList(0, authors.size() - 1)) + ", & " + authors.get(authors.size() - 1);
	}

	/**
	 * The references in a front-matter value (a list of maps); entries without a title
	 * are left out.
	 */
	public static List<Reference> listOf(@Nullable Object value) {
		if (!(value instanceof List<?> entries)) {
			return List.of();
		}
		List<Reference> references = new ArrayList<>();
		for (Object entry : entries) {
			if (entry instanceof Map<?, ?> map && text(map.get("title")) != null) {
				references.add(new Reference(text(map.get("title")), authors(map.get("authors")),
						map.get("year") instanceof Number n ? n.intValue() : null, text(map.get("journal")),
						text(map.get("details")), text(map.get("publisher")), link(text(map.get("url"))),
						doi(text(map.get("doi")))));
			}
		}
		return List.copyOf(references);
	}

	private static List<String> authors(@Nullable Object value) {
		if (value instanceof List<?> list) {
			return list.stream().map(Reference::text).filter(a -> a != null).toList();
		}
		String one = text(value);
		return one == null ? List.of() : List.of(one);
	}

	private static @Nullable String link(@Nullable String url) {
		if (url == null) {
			return null;
		}
		String lower = url.toLowerCase(Locale.ROOT);
		return lower.startsWith("https://") || lower.startsWith("http://") ? url : null;
	}

	private static @Nullable String doi(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String doi = value;
		for (String prefix : DOI_PREFIXES) {
			if (doi.regionMatches(true, 0, prefix, 0, prefix.length())) {
				doi = doi.substring(prefix.length()).strip();
			}
		}
		return doi.startsWith("10.") && doi.indexOf('/') > 0 && doi.chars().noneMatch(Character::isWhitespace) ? doi
				: null;
	}

	private static @Nullable String text(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		String text = value.toString().strip();
		return text.isEmpty() ? null : text;
	}

}
