package org.haven.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.haven.content.ContentException;

/**
 * A Hugo page bundle's images ({@code articles/<slug>/index.md} with {@code cover.jpg}
 * beside it, or in a folder of the bundle such as {@code images/}) and its documents,
 * audio and video (a PDF worksheet) join the media library: each is copied to
 * {@code content/media/<folder>-<name>} ({@code <folder>-images-<name>} from a
 * subfolder), where {@code /media/} serves it, an image with its smaller copies, and the
 * article's references to it (Markdown images and links, HTML {@code src} and
 * {@code href}, the cover in the front matter) are rewritten to that address as the file
 * is read. The bundle stays as it was; a copy with the same bytes is left alone, so a
 * second import changes nothing.
 */
final class BundleMedia {

	/**
	 * What a bundle may hold for a page: images, and files a reader opens or plays. Not
	 * SVG, which a browser would run as a page of the site.
	 */
	private static final Pattern RESOURCE = Pattern
		.compile("(?i).+\\.(jpe?g|png|gif|webp|avif|pdf|mp3|m4a|ogg|mp4|webm)");

	/** How deep in a bundle's folders its resources are looked for. */
	private static final int DEPTH = 4;

	private BundleMedia() {
	}

	/**
	 * The file's text with its bundle's images and other files copied and referred to in
	 * the media library; {@code bytes} unchanged when the file is not a bundle or has
	 * none.
	 */
	static byte[] adopt(Path file, String path, byte[] bytes) {
		if (!isBundle(path)) {
			return bytes;
		}
		Path folder = file.getParent();
		List<Path> resources = resources(folder, path);
		if (resources.isEmpty()) {
			return bytes;
		}
		Path media = contentRoot(file, path).resolve("media");
		String text = new String(bytes, StandardCharsets.UTF_8);
		for (Path resource : resources) {
			String name = folder.relativize(resource).toString().replace('\\', '/');
			String stored = mediaName(folder.getFileName().toString(), name);
			copy(resource, media.resolve(stored), path);
			text = rewrite(text, name, "/media/" + stored);
		}
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** {@code articles/.../<folder>/index.md}: a leaf bundle. */
	static boolean isBundle(String path) {
		return path.startsWith("articles/") && path.endsWith("/index.md");
	}

	/**
	 * The name in the media library: the bundle's folder, then the image's own name, both
	 * reduced to the characters the library accepts.
	 */
	static String mediaName(String folder, String name) {
		return (folder + "-" + name).replaceAll("[^A-Za-z0-9._-]", "-");
	}

	/**
	 * {@code text} with every reference to {@code name} pointing at {@code url}: as a
	 * Markdown target {@code ](name}, an HTML or shortcode {@code src="name"} (or
	 * {@code href}, or {@code link} as Hugo's figure has it, a link to the full-size
	 * image), or a whole front-matter value ({@code image: name}, {@code "name"}).
	 */
	static String rewrite(String text, String name, String url) {
		String quoted = Pattern.quote(name);
		String replacement = Matcher.quoteReplacement(url);
		return text.replaceAll("(\\]\\(\\s*<?)(?:\\./)?" + quoted + "(?=[\\s>)])", "$1" + replacement)
			.replaceAll("((?:src|\\bhref|\\blink)\\s*=\\s*[\"']?)(?:\\./)?" + quoted + "(?=[\"'\\s>])",
					"$1" + replacement)
			.replaceAll("(?m)([:=\\[,]\\s*[\"']?)(?:\\./)?" + quoted + "(?=[\"']?\\s*[,\\]}]?\\s*$)",
					"$1" + replacement);
	}

	private static List<Path> resources(Path folder, String path) {
		try (Stream<Path> files = Files.walk(folder, DEPTH)) {
			return files
				.filter(f -> Files.isRegularFile(f) && RESOURCE.matcher(f.getFileName().toString()).matches()
						&& !hidden(folder.relativize(f)))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new ContentException(path, 1, "cannot list the bundle's files: " + ex.getMessage());
		}
	}

	private static boolean hidden(Path relative) {
		for (Path part : relative) {
			if (part.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}

	private static void copy(Path image, Path target, String path) {
		try {
			if (Files.isRegularFile(target) && Files.mismatch(image, target) == -1) {
				return;
			}
			Files.createDirectories(target.getParent());
			Path temp = Files.createTempFile(target.getParent(), ".bundle-", ".tmp");
			Files.copy(image, temp, StandardCopyOption.REPLACE_EXISTING);
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new ContentException(path, 1, "cannot copy the bundle's image " + image.getFileName()
					+ " into the media library: " + ex.getMessage());
		}
	}

	/** The {@code content/} folder: {@code file} less the segments of {@code path}. */
	private static Path contentRoot(Path file, String path) {
		Path root = file.toAbsolutePath();
		for (int i = path.split("/").length; i > 0; i--) {
			root = root.getParent();
		}
		return root;
	}

}
