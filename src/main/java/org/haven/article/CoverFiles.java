package org.haven.article;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import org.haven.content.ImportProblem;
import org.haven.content.ParsedDocument;

/**
 * Whether an article's cover names a file of this site that is not in
 * {@code content/media}: a Hugo site moved without its {@code static/} folder, or a
 * theme's placeholder left in the front matter. Readers would see no picture and a static
 * export would report the address as failed, so the import says so with the line of the
 * key; the article still imports.
 */
final class CoverFiles {

	private static final String[] COVER_KEYS = { "cover", "images", "image", "featured_image", "featuredImage",
			"thumbnail" };

	private CoverFiles() {
	}

	/**
	 * A warning if {@code doc}'s cover is a site path (Haven's {@code /media/...}, a path
	 * from Hugo's {@code static/} such as {@code /images/calm.jpg}, or a name relative to
	 * the media library) with no file under {@code contentRoot/media}.
	 */
	static Optional<ImportProblem> missing(Path contentRoot, ParsedDocument doc) {
		String cover = doc.frontMatter().cover();
		if (cover == null || cover.isBlank()) {
			return Optional.empty();
		}
		String path = cover.strip();
		if (path.contains("://") || path.startsWith("//") || path.startsWith("data:")) {
			return Optional.empty();
		}
		path = path.split("[?#]", 2)[0];
		String relative = path.startsWith("/media/") ? path.substring("/media/".length())
				: path.startsWith("/") ? path.substring(1) : path;
		relative = decoded(relative);
		Path media = contentRoot.resolve("media").toAbsolutePath().normalize();
		try {
			Path file = media.resolve(relative).normalize();
			if (file.startsWith(media) && Files.isRegularFile(file)) {
				return Optional.empty();
			}
		}
		catch (InvalidPathException ex) {
			// a name no file can have here: missing like any other
		}
		return Optional.of(new ImportProblem(doc.path(), doc.frontMatter().lineOf(COVER_KEYS), "cover image '" + cover
				+ "' is not in content/media (looked for media/" + relative
				+ "): the article shows no cover until that file is there (from a Hugo site: copy static/ into media/)"));
	}

	/**
	 * {@code %20} and other escapes as the file name has them; a bad escape is kept as
	 * written.
	 */
	private static String decoded(String path) {
		try {
			return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return path;
		}
	}

}
