package org.haven.content;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Where a content file's slug comes from when its front matter names none: the file name,
 * or for a page bundle ({@code articles/<slug>/index.md}) the folder. A name Hugo accepts
 * as it is (lowercase, digits, hyphens, also doubled) is kept so old links still match;
 * anything else becomes a slug by {@link Slugs#of}.
 */
public final class ContentSlugs {

	/** {@code post.fr.md}: a translation in Hugo's file-name convention. */
	private static final Pattern LANGUAGE_SUFFIX = Pattern.compile("\\.([a-z]{2}(?:-[a-zA-Z]{2,4})?)$");

	private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

	private ContentSlugs() {
	}

	/** The slug a file path gives, for files without a declared slug. */
	public static String fromPath(String path) {
		String name = path.substring(path.lastIndexOf('/') + 1);
		String stem = stem(name);
		if ((stem.equals("index") || stem.equals("_index")) && path.lastIndexOf('/') > 0) {
			String folder = path.substring(0, path.lastIndexOf('/'));
			return fromFileName(folder.substring(folder.lastIndexOf('/') + 1));
		}
		return fromFileName(stem);
	}

	/** A file or folder name as a slug. */
	public static String fromFileName(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return Slugs.isValid(lower) ? lower : Slugs.of(name);
	}

	/**
	 * The language of a translation file ({@code fr} for {@code post.fr.md}), or null.
	 */
	public static @Nullable String languageOf(String path) {
		String stem = stem(path.substring(path.lastIndexOf('/') + 1));
		var m = LANGUAGE_SUFFIX.matcher(stem);
		if (!m.find()) {
			return null;
		}
		String language = m.group(1).substring(0, 2);
		return LANGUAGES.contains(language) ? m.group(1) : null;
	}

	/** Whether the file is a Hugo section description ({@code _index.md}). */
	public static boolean isSection(String path) {
		String name = path.substring(path.lastIndexOf('/') + 1);
		return name.startsWith("_index.");
	}

	private static String stem(String name) {
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

}
