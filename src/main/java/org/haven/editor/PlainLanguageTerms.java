package org.haven.editor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.haven.content.ContentProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Clinical terms and their plain alternatives: built in
 * ({@code plain-language/terms.yaml}) and extended or changed by the publisher in
 * {@code content/plain-language.yaml}, read again when that file changes.
 */
@Component
class PlainLanguageTerms {

	/** A term, its plain alternative, and an optional first-use explanation. */
	record Term(String term, String plain, @Nullable String explain, Pattern pattern) {
	}

	static final String FILE = "plain-language.yaml";

	private final Path publisherFile;

	private final Map<String, List<Term>> builtIn;

	private volatile @Nullable FileTime loadedAt;

	private volatile Map<String, List<Term>> terms;

	PlainLanguageTerms(ContentProperties content) {
		this.publisherFile = content.dir().resolve(FILE);
		try (InputStream in = getClass().getResourceAsStream("/plain-language/terms.yaml")) {
			this.builtIn = parse(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.terms = builtIn;
	}

	List<Term> of(Locale language) {
		return current().getOrDefault(language.getLanguage(), List.of());
	}

	private Map<String, List<Term>> current() {
		try {
			FileTime modified = Files.isRegularFile(publisherFile) ? Files.getLastModifiedTime(publisherFile) : null;
			if (modified == null) {
				return builtIn;
			}
			if (!modified.equals(loadedAt)) {
				try (InputStream in = Files.newInputStream(publisherFile)) {
					terms = merge(builtIn, parse(in));
				}
				loadedAt = modified;
			}
			return terms;
		}
		catch (IOException | RuntimeException ex) {
			return builtIn; // a broken publisher file leaves the built-in terms working
		}
	}

	private static Map<String, List<Term>> merge(Map<String, List<Term>> base, Map<String, List<Term>> extra) {
		Map<String, List<Term>> merged = new LinkedHashMap<>();
		base.forEach((language, list) -> merged.put(language, new ArrayList<>(list)));
		extra.forEach((language, list) -> {
			List<Term> into = merged.computeIfAbsent(language, l -> new ArrayList<>());
			for (Term term : list) {
				into.removeIf(t -> t.term().equalsIgnoreCase(term.term()));
				into.add(term);
			}
		});
		return merged;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, List<Term>> parse(@Nullable InputStream in) {
		Map<String, List<Term>> result = new LinkedHashMap<>();
		if (in == null) {
			return result;
		}
		Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		if (!(root instanceof Map<?, ?> byLanguage)) {
			return result;
		}
		byLanguage.forEach((language, entries) -> {
			List<Term> list = new ArrayList<>();
			if (entries instanceof List<?> items) {
				for (Object item : items) {
					if (item instanceof Map<?, ?> map && map.get("term") != null && map.get("plain") != null) {
						String term = map.get("term").toString();
						Object explain = map.get("explain");
						list.add(
								new Term(term, map.get("plain").toString(), explain == null ? null : explain.toString(),
										Pattern.compile("(?<![\\p{L}])" + Pattern.quote(term) + "(?![\\p{L}])",
												Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
					}
				}
			}
			result.put(language.toString().toLowerCase(Locale.ROOT), list);
		});
		return result;
	}

}
