package org.haven.editor.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.haven.content.ContentProperties;
import org.haven.content.DraftProblem;
import org.haven.content.DraftRejected;
import org.haven.content.Slugs;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Images in {@code content/media/}, served at {@code /media/<name>}. An upload is
 * accepted only if its bytes are a JPEG, PNG, GIF or WebP (the name and the browser's
 * content type are not trusted), it is within the size limit, and its dimensions are
 * sane. Files are named from the upload's name as a slug and never overwritten; smaller
 * copies for {@code srcset} are made straight away.
 */
@Service
public class MediaLibrary {

	public static final long MAX_BYTES = 8L * 1024 * 1024;

	static final long MAX_PIXELS = 50_000_000L;

	/**
	 * Names of images in the folder itself: uploads get a slug and an extension, files
	 * added by hand may use capitals and underscores too. No slash, so nothing outside
	 * the folder can be named.
	 */
	static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,200}\\.(?i:jpe?g|png|gif|webp)");

	/**
	 * One stored image; {@code width} and {@code height} are 0 when its header cannot be
	 * read.
	 */
	public record MediaFile(String name, long bytes, Instant modified, int width, int height) {

		public String url() {
			return "/media/" + name;
		}

		public String markdown() {
			return "![Describe the image](" + url() + ")";
		}

	}

	private final ContentProperties content;

	private final ImageVariants variants;

	private final ImageHeaders headers;

	MediaLibrary(ContentProperties content, ImageVariants variants, ImageHeaders headers) {
		this.content = content;
		this.variants = variants;
		this.headers = headers;
	}

	public Path folder() {
		return content.dir().resolve("media");
	}

	public List<MediaFile> list() {
		if (!Files.isDirectory(folder())) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder())) {
			return files.filter(Files::isRegularFile)
				.filter(p -> !p.getFileName().toString().startsWith("."))
				.map(this::describe)
				.sorted(Comparator.comparing(MediaFile::modified).reversed().thenComparing(MediaFile::name))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The stored file called {@code name}, if that is a name this library could have
	 * given and it exists.
	 */
	Optional<Path> find(@Nullable String name) {
		if (name == null || !NAME.matcher(name).matches()) {
			return Optional.empty();
		}
		Path file = folder().resolve(name);
		return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
	}

	/**
	 * Checks an upload, removes its location and camera metadata (see
	 * {@link ImageMetadata}), stores it, then makes its smaller copies; a refusal says
	 * why in words an editor can act on.
	 */
	public MediaFile store(String originalName, byte[] uploaded) {
		if (uploaded.length == 0) {
			throw rejected("Choose an image file to upload.");
		}
		if (uploaded.length > MAX_BYTES) {
			throw rejected(
					"The image is larger than " + MAX_BYTES / (1024 * 1024) + " MB. Save it smaller and try again.");
		}
		String type = ImageHeader.typeOf(uploaded)
			.orElseThrow(() -> rejected("Only JPEG, PNG, GIF and WebP images can be uploaded."));
		byte[] bytes = ImageMetadata.strip(type, uploaded);
		ImageHeader header = ImageHeader.of(bytes)
			.orElseThrow(() -> rejected("The file looks like an image but cannot be read. Save it again and retry."));
		if (header.pixels() > MAX_PIXELS) {
			throw rejected("The image is too large in pixels. Resize it to under 50 megapixels.");
		}
		Path target;
		try {
			Files.createDirectories(folder());
			target = freeName(baseName(originalName), type);
			Path temp = Files.createTempFile(folder(), ".upload", ".tmp");
			try {
				Files.write(temp, bytes, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC);
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
			}
			finally {
				Files.deleteIfExists(temp);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot store " + originalName, ex);
		}
		variants.prepare(target);
		return describe(target);
	}

	private Path freeName(String base, String extension) {
		Path candidate = folder().resolve(base + "." + extension);
		for (int i = 2; Files.exists(candidate); i++) {
			candidate = folder().resolve(base + "-" + i + "." + extension);
		}
		return candidate;
	}

	private static String baseName(String originalName) {
		String name = originalName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		int dot = name.lastIndexOf('.');
		String slug = Slugs.of(dot > 0 ? name.substring(0, dot) : name);
		return slug.isEmpty() ? "image" : slug.length() > 80 ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
	}

	private MediaFile describe(Path file) {
		try {
			Optional<ImageHeader> header = headers.of(file);
			return new MediaFile(file.getFileName().toString(), Files.size(file),
					Files.getLastModifiedTime(file).toInstant(), header.map(ImageHeader::width).orElse(0),
					header.map(ImageHeader::height).orElse(0));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static DraftRejected rejected(String message) {
		return new DraftRejected(List.of(new DraftProblem("file", message)));
	}

}
