package org.haven.editor.media;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;

/**
 * Removes what a photo says about where and when it was taken, and on what: EXIF (GPS
 * position, camera, time), XMP, IPTC and comments in JPEG; {@code eXIf}, text and time
 * chunks in PNG. For readers of a mental-health site, an image must not reveal where a
 * clinician or a client lives. Lossless: the pixels are not decoded or re-encoded, and a
 * JPEG's EXIF orientation is kept (alone, in a minimal EXIF segment) so a portrait photo
 * still stands upright. Files that are not well-formed are returned unchanged; the
 * upload's own checks judge them.
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
				default -> bytes;
			};
		}
		catch (IndexOutOfBoundsException ex) {
			return bytes; // truncated or malformed: left for the decoder to refuse
		}
	}

	/**
	 * Copies every segment up to the image data except APP1 (EXIF, XMP), APP3–APP13
	 * (maker notes, IPTC) and COM; JFIF (APP0), the colour profile (APP2) and Adobe's
	 * colour transform (APP14) stay.
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
			if (marker == 0xDA) { // start of scan: the rest is image data
				break;
			}
			int length = (in[at + 2] & 0xFF) << 8 | (in[at + 3] & 0xFF);
			int end = at + 2 + length;
			if (length < 2 || end > in.length) {
				return in;
			}
			boolean app1 = marker == 0xE1;
			boolean drop = app1 || (marker >= 0xE3 && marker <= 0xED) || marker == 0xFE;
			if (app1 && orientation == null && startsWith(in, at + 4, "Exif\0\0")) {
				orientation = ExifUtils.getOrientationFromExif(java.util.Arrays.copyOfRange(in, at + 4, end));
			}
			if (!drop) {
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
		if (at + 4 > in.length) {
			return in;
		}
		out.write(in, at, in.length - at);
		return out.toByteArray();
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

	private static boolean startsWith(byte[] bytes, int at, String prefix) {
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
