package org.haven.editor.media;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;
import org.jspecify.annotations.Nullable;

/**
 * Removes what a photo says about where and when it was taken, and on what: EXIF (GPS
 * position, camera, time), XMP, IPTC, MPF, comments and anything after the image (second
 * images, phone motion-photo videos) in JPEG; {@code eXIf}, text and time chunks in PNG;
 * comments and XMP in GIF ({@link GifMetadata}); EXIF and XMP chunks in WebP
 * ({@link WebpMetadata}). For readers of a mental-health site, an image must not reveal
 * where a clinician or a client lives. Lossless: the pixels are not decoded or
 * re-encoded, and a JPEG's EXIF orientation is kept (alone, in a minimal EXIF segment) so
 * a portrait photo still stands upright. Files that are not well-formed are returned
 * unchanged; the upload's own checks judge them.
 */
final class ImageMetadata {

	private static final Set<String> PNG_PRIVATE_CHUNKS = Set.of("eXIf", "tEXt", "iTXt", "zTXt", "tIME");

	private ImageMetadata() {
	}

	static byte[] strip(String type, byte[] bytes) {
		try {
			return switch (type) {
				case "jpg" -> jpeg(bytes);
				case "png" -> png(bytes);
				case "gif" -> GifMetadata.strip(bytes);
				case "webp" -> WebpMetadata.strip(bytes);
				default -> bytes;
			};
		}
		catch (RuntimeException ex) {
			return bytes; // truncated or malformed: left for the decoder to refuse
		}
	}

	/**
	 * Copies the segments and scans of the first image except APP1 (EXIF, XMP), APP2
	 * other than the colour profile (MPF, FlashPix), APP3–APP13 (maker notes, IPTC),
	 * APP15 and COM; JFIF (APP0), the colour profile and Adobe's colour transform (APP14)
	 * stay. Everything after the image's end marker goes.
	 */
	private static byte[] jpeg(byte[] in) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
		out.write(in, 0, 2); // SOI
		Orientation orientation = null;
		boolean orientationWritten = false;
		int at = 2;
		while (at + 4 <= in.length) {
			if ((in[at] & 0xFF) != 0xFF) {
				return in;
			}
			int marker = in[at + 1] & 0xFF;
			if (marker == 0xDA) { // start of scan: image data and scans from here
				break;
			}
			int length = (in[at + 2] & 0xFF) << 8 | (in[at + 3] & 0xFF);
			int end = at + 2 + length;
			if (length < 2 || end > in.length) {
				return in;
			}
			boolean app1 = marker == 0xE1;
			if (app1 && orientation == null && startsWith(in, at + 4, "Exif\0\0")) {
				orientation = orientation(Arrays.copyOfRange(in, at + 4, end));
			}
			if (!dropped(in, at, marker)) {
				out.write(in, at, end - at);
			}
			at = end;
			// the orientation goes straight after JFIF (the JDK's reader insists on JFIF
			// first), or first if none
			if (!orientationWritten && orientation != null && orientation != Orientation.TOP_LEFT
					&& !(at + 1 < in.length && (in[at + 1] & 0xFF) == 0xE0)) {
				writeOrientation(out, orientation);
				orientationWritten = true;
			}
		}
		return scans(in, at, out) ? out.toByteArray() : in;
	}

	/**
	 * Copies the scans from {@code at} (a start-of-scan marker) to the end-of-image
	 * marker, with the tables between them (progressive JPEG) but without metadata
	 * segments; false if the image ends before its end marker.
	 */
	private static boolean scans(byte[] in, int at, ByteArrayOutputStream out) {
		while (at + 2 <= in.length && (in[at] & 0xFF) == 0xFF) {
			int marker = in[at + 1] & 0xFF;
			if (marker == 0xD9) {
				out.write(in, at, 2);
				return true;
			}
			if (at + 4 > in.length) {
				return false;
			}
			int end = at + 2 + ((in[at + 2] & 0xFF) << 8 | (in[at + 3] & 0xFF));
			if (end > in.length || end < at + 4) {
				return false;
			}
			if (!dropped(in, at, marker)) {
				out.write(in, at, end - at);
			}
			at = end;
			if (marker == 0xDA) {
				int next = nextMarker(in, at);
				out.write(in, at, next - at);
				at = next;
			}
		}
		return false;
	}

	/**
	 * Where entropy-coded data ends: the first marker that is not a stuffed byte, a
	 * restart marker or fill.
	 */
	private static int nextMarker(byte[] in, int at) {
		int p = at;
		while (p + 1 < in.length) {
			if ((in[p] & 0xFF) == 0xFF) {
				int m = in[p + 1] & 0xFF;
				if (m != 0x00 && m != 0xFF && (m < 0xD0 || m > 0xD7)) {
					return p;
				}
				p += m == 0xFF ? 1 : 2;
			}
			else {
				p++;
			}
		}
		return in.length;
	}

	private static boolean dropped(byte[] in, int at, int marker) {
		boolean app2 = marker == 0xE2 && !startsWith(in, at + 4, "ICC_PROFILE\0");
		return marker == 0xE1 || app2 || (marker >= 0xE3 && marker <= 0xED) || marker == 0xEF || marker == 0xFE;
	}

	/** The orientation in an EXIF block; none if the block is cut short or malformed. */
	private static @Nullable Orientation orientation(byte[] exif) {
		try {
			return ExifUtils.getOrientationFromExif(exif);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/** A minimal EXIF segment holding only the orientation tag. */
	private static void writeOrientation(ByteArrayOutputStream out, Orientation orientation) {
		int value = switch (orientation) {
			case TOP_RIGHT -> 2;
			case BOTTOM_RIGHT -> 3;
			case BOTTOM_LEFT -> 4;
			case LEFT_TOP -> 5;
			case RIGHT_TOP -> 6;
			case RIGHT_BOTTOM -> 7;
			case LEFT_BOTTOM -> 8;
			default -> 1;
		};
		ByteBuffer tiff = ByteBuffer.allocate(26).order(ByteOrder.BIG_ENDIAN);
		tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8); // header;
																				// first
																				// directory
																				// at 8
		tiff.putShort((short) 1); // one entry: orientation, SHORT, count 1
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) value).putShort((short) 0);
		tiff.putInt(0); // no further directory
		int length = 2 + 6 + tiff.capacity();
		out.write(0xFF);
		out.write(0xE1);
		out.write(length >> 8);
		out.write(length & 0xFF);
		out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(tiff.array());
	}

	/** Copies the signature and every chunk but the ones that carry metadata. */
	private static byte[] png(byte[] in) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
		out.write(in, 0, 8);
		int at = 8;
		while (at + 12 <= in.length) {
			long length = ByteBuffer.wrap(in, at, 4).getInt() & 0xFFFFFFFFL;
			long end = at + 12 + length;
			if (end > in.length) {
				return in;
			}
			String chunk = new String(in, at + 4, 4, StandardCharsets.US_ASCII);
			if (!PNG_PRIVATE_CHUNKS.contains(chunk)) {
				out.write(in, at, (int) (end - at));
			}
			at = (int) end;
			if (chunk.equals("IEND")) {
				return out.toByteArray();
			}
		}
		return in;
	}

	static boolean startsWith(byte[] bytes, int at, String prefix) {
		byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
		if (at + p.length > bytes.length) {
			return false;
		}
		for (int i = 0; i < p.length; i++) {
			if (bytes[at + i] != p[i]) {
				return false;
			}
		}
		return true;
	}

}
