package org.haven.article;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.haven.content.ContentSlugs;
import org.haven.content.FrontMatter;
import org.jspecify.annotations.Nullable;

/**
 * Files in a Hugo content tree that are not articles of their own: section descriptions
 * ({@code _index.md}) and translations ({@code post.fr.md}), which Haven skips with the
 * reason, since a Haven site is written in one language; and, by their front matter,
 * files Hugo itself does not publish ({@code headless}, {@code build.render: never}) and
 * the empty stand-ins many themes need for their search and archive layouts, which Haven
 * has built in.
 */
final class HugoFiles {

	private HugoFiles() {
	}

	/** Why the file is not imported as an article, or null if it is one. */
	static @Nullable String whySkipped(String path) {
		if (ContentSlugs.isSection(path)) {
			return "skipped: a Hugo section description (_index.md), not an article";
		}
		String language = ContentSlugs.languageOf(path);
		if (language != null) {
			return "skipped: a translation ('" + language
					+ "'); a Haven site has one language, so translations are not imported";
		}
		return null;
	}

	/** Layouts of themes' empty stand-in pages, and Haven's page for each. */
	private static final Map<String, String> BUILT_IN = Map.of("search", "/search", "archives", "/archive", "archive",
			"/archive");

	private static final Set<Object> NEVER = Set.of("never", "false", false);

	/**
	 * Why a parsed file is not imported as an article, by its front matter, or null if it
	 * is one.
	 */
	static @Nullable String whySkipped(FrontMatter fm, String markdown) {
		if (Boolean.TRUE.equals(fm.extra().get("headless"))) {
			return "skipped: a headless Hugo page (headless: true), which Hugo does not publish either";
		}
		for (String key : new String[] { "build", "_build" }) {
			if (fm.extra().get(key) instanceof Map<?, ?> build && NEVER.contains(build.get("render"))) {
				return "skipped: Hugo does not render it (" + key + ".render: " + build.get("render") + ")";
			}
		}
		String layout = fm.extraString("layout");
		String builtIn = layout == null ? null : BUILT_IN.get(layout.strip().toLowerCase(Locale.ROOT));
		if (builtIn != null && markdown.replaceAll("(?s)<!--.*?-->", "").isBlank()) {
			String url = fm.extraString("url");
			return "skipped: the stand-in page of a Hugo theme's '" + layout.strip() + "' layout; Haven has its own at "
					+ builtIn + (url == null || url.isBlank() ? "" : ". To keep its old address, add \"" + url.strip()
							+ "\": \"" + builtIn + "\" to content/redirects.yaml");
		}
		return null;
	}

	/**
	 * The Hugo section folder a file sits in under {@code articles/} ({@code post} for
	 * {@code articles/post/x.md} and {@code articles/post/x/index.md}), or null.
	 */
	static @Nullable String section(String path) {
		if (!path.startsWith("articles/")) {
			return null;
		}
		String inside = path.substring("articles/".length());
		String name = inside.substring(inside.lastIndexOf('/') + 1);
		String folder = inside.lastIndexOf('/') < 0 ? "" : inside.substring(0, inside.lastIndexOf('/'));
		if (name.startsWith("index.") && !folder.isEmpty()) {
			folder = folder.lastIndexOf('/') < 0 ? "" : folder.substring(0, folder.lastIndexOf('/'));
		}
		return folder.isEmpty() ? null : folder;
	}

}
