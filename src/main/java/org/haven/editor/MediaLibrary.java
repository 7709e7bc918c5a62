package org.haven.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.haven.article.ContentProperties;
import org.haven.article.DraftProblem;
import org.haven.article.DraftRejected;
import org.haven.content.Slugs;
import org.springframework.stereotype.Service;

/**
 * Images in {@code content/media/}, served at {@code /media/<name>}. An upload is accepted only if its bytes are a
 * JPEG, PNG, GIF or WebP (the name and the browser's content type are not trusted), it is within the size limit, and
 * (for the formats Java can read) its dimensions are sane. Files are named from the upload's name as a slug and never
 * overwritten.
 */
@Service
class MediaLibrary {

	static final long MAX_BYTES = 8L * 1024 * 1024;

	static final long MAX_PIXELS = 50_000_000L;

	/** One stored image. */
	record MediaFile(String name, long bytes, Instant modified) {

		public String url() {
			return "/media/" + name;
		}

		public String markdown() {
			return "![Describe the image](" + url() + ")";
		}

	}

	private final ContentProperties content;

	MediaLibrary(ContentProperties content) {
		this.content = content;
	}

	Path folder() {
		return content.dir().resolve("media");
	}

	List<MediaFile> list() {
		if (!Files.isDirectory(folder())) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder())) {
			return files.filter(Files::isRegularFile)
				.filter(p -> !p.getFileName().toString().startsWith("."))
				.map(MediaLibrary::describe)
				.sorted(Comparator.comparing(MediaFile::modified).reversed().thenComparing(MediaFile::name))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	MediaFile store(String originalName, byte[] bytes) {
		if (bytes.length == 0) {
			throw rejected("Choose an image file to upload.");
		}
		if (bytes.length > MAX_BYTES) {
			throw rejected("The image is larger than " + MAX_BYTES / (1024 * 1024) + " MB. Save it smaller and try again.");
		}
		String type = typeOf(bytes)
			.orElseThrow(() -> rejected("Only JPEG, PNG, GIF and WebP images can be uploaded."));
		checkDimensions(type, bytes);
		try {
			Files.createDirectories(folder());
			Path target = freeName(baseName(originalName), type);
			Path temp = Files.createTempFile(folder(), ".upload", ".tmp");
			try {
				Files.write(temp, bytes, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC);
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
			}
			finally {
				Files.deleteIfExists(temp);
			}
			return describe(target);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot store " + originalName, ex);
		}
	}

	/** The image type from the file's first bytes, as its extension. */
	static Optional<String> typeOf(byte[] b) {
		if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
			return Optional.of("jpg");
		}
		if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D
				&& b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
			return Optional.of("png");
		}
		if (b.length >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8' && (b[4] == '7' || b[4] == '9')
				&& b[5] == 'a') {
			return Optional.of("gif");
		}
		if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
				&& b[10] == 'B' && b[11] == 'P') {
			return Optional.of("webp");
		}
		return Optional.empty();
	}

	/** Reads only the header (no full decode) of the formats Java supports, refusing broken or huge images. */
	private static void checkDimensions(String type, byte[] bytes) {
		if (type.equals("webp")) {
			return;
		}
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw rejected("The file looks like an image but cannot be read. Save it again and retry.");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels > MAX_PIXELS) {
					throw rejected("The image is too large in pixels. Resize it to under 50 megapixels.");
				}
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException ex) {
			throw rejected("The file looks like an image but cannot be read. Save it again and retry.");
		}
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
		return slug.isEmpty() ? "image" : slug.length() > 80 ? slug.substring(0, 80) : slug;
	}

	private static MediaFile describe(Path file) {
		try {
			return new MediaFile(file.getFileName().toString(), Files.size(file),
					Files.getLastModifiedTime(file).toInstant());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static DraftRejected rejected(String message) {
		return new DraftRejected(List.of(new DraftProblem("file", message)));
	}

}
