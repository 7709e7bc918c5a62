package org.haven.editor.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;

import net.coobird.thumbnailator.Thumbnails;
import org.haven.config.SiteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Smaller copies of JPEG, PNG and WebP images, at the configured widths below each
 * image's own, kept in {@code <data-dir>/media-variants/<width>w/<name>}. They are made
 * when an image is uploaded and again whenever one is missing or older than its original
 * (a fresh clone, an image added through Git), so they never need committing. WebP is
 * decoded by the TwelveMonkeys ImageIO plugin and its copies are written as JPEG (PNG
 * when it has transparency), since nothing in the JDK writes WebP. GIFs (maybe animated)
 * are served as they are, and so is an original over the upload limit of 50 megapixels
 * that was put in the folder by hand: it is never decoded.
 */
@Component
public class ImageVariants {

	private static final Logger log = LoggerFactory.getLogger(ImageVariants.class);

	private static final List<String> RESIZABLE = List.of("jpg", "png", "webp");

	private final MediaProperties properties;

	private final Path dir;

	/**
	 * One image decoded at a time: a 50-megapixel photo takes 200 MB of memory while it
	 * is.
	 */
	private final Object decoding = new Object();

	private final ImageHeaders headers;

	ImageVariants(MediaProperties properties, SiteProperties site, ImageHeaders headers) {
		this.properties = properties;
		this.headers = headers;
		this.dir = properties.variantsDir() != null ? properties.variantsDir()
				: site.dataDir().resolve("media-variants");
	}

	/**
	 * The widths copies are made at for this image: none for GIF and WebP, only those
	 * narrower than the image.
	 */
	List<Integer> widthsFor(ImageHeader header) {
		if (!RESIZABLE.contains(header.type()) || header.pixels() > MediaLibrary.MAX_PIXELS) {
			return List.of();
		}
		return properties.widths().stream().filter(w -> w < header.width()).toList();
	}

	/**
	 * The copy of {@code original} at {@code width}, made now if it is missing or stale;
	 * empty if there is none.
	 */
	Optional<Path> variant(Path original, int width) {
		Optional<ImageHeader> header = headers.of(original);
		if (header.isEmpty() || !widthsFor(header.get()).contains(width)) {
			return Optional.empty();
		}
		Path copy = copyOf(original, width);
		if (!isFresh(copy, original)) {
			synchronized (decoding) {
				if (!isFresh(copy, original)) {
					make(original, header.get());
				}
			}
		}
		return isFresh(copy, original) ? Optional.of(copy) : Optional.empty();
	}

	/**
	 * Makes every copy of a new image now, so its first reader does not wait for them.
	 */
	void prepare(Path original) {
		headers.of(original).filter(header -> !widthsFor(header).isEmpty()).ifPresent(header -> {
			synchronized (decoding) {
				make(original, header);
			}
		});
	}

	private Path copyOf(Path original, int width) {
		return dir.resolve(width + "w").resolve(original.getFileName().toString());
	}

	private static boolean isFresh(Path copy, Path original) {
		try {
			return Files.isRegularFile(copy)
					&& Files.getLastModifiedTime(copy).compareTo(Files.getLastModifiedTime(original)) >= 0;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Decodes the original once, straight to the widest copy (EXIF orientation applied),
	 * and scales each narrower copy from the one before. A file that cannot be decoded is
	 * logged and left without copies: readers get the original.
	 */
	private void make(Path original, ImageHeader header) {
		List<Integer> widths = widthsFor(header);
		try {
			BufferedImage source = Thumbnails.of(original.toFile())
				.width(widths.get(widths.size() - 1))
				.asBufferedImage();
			FileTime originalTime = Files.getLastModifiedTime(original);
			for (int i = widths.size() - 1; i >= 0; i--) {
				int width = widths.get(i);
				BufferedImage copy = source.getWidth() == width ? source
						: Thumbnails.of(source).width(width).asBufferedImage();
				write(copy, header.type(), copyOf(original, width), originalTime);
				source = copy;
			}
		}
		catch (IOException | RuntimeException ex) {
			log.warn("No smaller copies of {}: {}", original.getFileName(), ex.toString());
		}
	}

	/**
	 * Writes a copy under a temporary name and renames it, so a reader never gets half a
	 * file.
	 */
	private void write(BufferedImage image, String type, Path target, FileTime originalTime) throws IOException {
		Files.createDirectories(target.getParent());
		Path temp = Files.createTempFile(target.getParent(), ".variant", ".tmp");
		try {
			try (OutputStream out = Files.newOutputStream(temp)) {
				String format = !type.equals("webp") ? type : image.getColorModel().hasAlpha() ? "png" : "jpg";
				Thumbnails.Builder<BufferedImage> builder = Thumbnails.of(image).scale(1.0).outputFormat(format);
				if (format.equals("jpg")) {
					builder.outputQuality(properties.jpegQuality());
				}
				builder.toOutputStream(out);
			}
			// never older than the original, even on file systems with coarse timestamps
			Files.setLastModifiedTime(temp,
					FileTime.fromMillis(Math.max(System.currentTimeMillis(), originalTime.toMillis())));
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

}
