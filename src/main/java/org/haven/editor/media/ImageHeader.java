package org.haven.editor.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;

/**
 * An image's type and displayed size, read from its header only (no pixels are decoded).
 * JPEG, PNG and GIF through ImageIO, with the EXIF orientation of a JPEG applied (a
 * portrait phone photo is stored landscape); WebP from its own header, since the JDK has
 * no WebP reader.
 */
record ImageHeader(String type, int width, int height) {

	/** The image type from the file's first bytes, as its usual extension. */
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

	/**
	 * The header of an image's bytes; empty if it is not one of the four types or cannot
	 * be read.
	 */
	static Optional<ImageHeader> of(byte[] bytes) {
		return typeOf(bytes).flatMap(type -> {
			if (type.equals("webp")) {
				return webp(bytes);
			}
			try (InputStream in = new ByteArrayInputStream(bytes)) {
				return imageIo(type, in);
			}
			catch (IOException ex) {
				return Optional.empty();
			}
		});
	}

	/** The header of an image file, reading only its first bytes where that is enough. */
	static Optional<ImageHeader> of(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] start = in.readNBytes(32);
			Optional<String> type = typeOf(start);
			if (type.isEmpty()) {
				return Optional.empty();
			}
			if (type.get().equals("webp")) {
				return webp(start);
			}
			try (InputStream whole = Files.newInputStream(file)) {
				return imageIo(type.get(), whole);
			}
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	long pixels() {
		return (long) width * height;
	}

	private static Optional<ImageHeader> imageIo(String type, InputStream source) throws IOException {
		try (ImageInputStream in = ImageIO.createImageInputStream(source)) {
			Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
			if (readers == null || !readers.hasNext()) {
				return Optional.empty();
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, false);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (type.equals("jpg") && turnedSideways(reader)) {
					return Optional.of(new ImageHeader(type, height, width));
				}
				return Optional.of(new ImageHeader(type, width, height));
			}
			catch (RuntimeException ex) {
				// a broken header can make a reader throw anything; it is still just an
				// unreadable image
				return Optional.empty();
			}
			finally {
				reader.dispose();
			}
		}
	}

	private static boolean turnedSideways(ImageReader reader) {
		try {
			Orientation orientation = ExifUtils.getExifOrientation(reader, 0);
			return orientation == Orientation.LEFT_TOP || orientation == Orientation.RIGHT_TOP
					|| orientation == Orientation.RIGHT_BOTTOM || orientation == Orientation.LEFT_BOTTOM;
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	/**
	 * WebP's canvas size: lossy ("VP8 "), lossless ("VP8L") or extended ("VP8X")
	 * bitstream.
	 */
	static Optional<ImageHeader> webp(byte[] b) {
		if (b.length < 30) {
			return Optional.empty();
		}
		String chunk = new String(b, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
		return switch (chunk) {
			case "VP8 " -> (b[23] & 0xFF) == 0x9D && (b[24] & 0xFF) == 0x01 && (b[25] & 0xFF) == 0x2A
					? sized(le16(b, 26) & 0x3FFF, le16(b, 28) & 0x3FFF) : Optional.empty();
			case "VP8L" -> {
				if ((b[20] & 0xFF) != 0x2F) {
					yield Optional.empty();
				}
				int bits = (b[21] & 0xFF) | (b[22] & 0xFF) << 8 | (b[23] & 0xFF) << 16 | (b[24] & 0xFF) << 24;
				yield sized((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
			}
			case "VP8X" -> sized(le24(b, 24) + 1, le24(b, 27) + 1);
			default -> Optional.empty();
		};
	}

	private static Optional<ImageHeader> sized(int width, int height) {
		return width > 0 && height > 0 ? Optional.of(new ImageHeader("webp", width, height)) : Optional.empty();
	}

	private static int le16(byte[] b, int at) {
		return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
	}

	private static int le24(byte[] b, int at) {
		return le16(b, at) | (b[at + 2] & 0xFF) << 16;
	}

}
