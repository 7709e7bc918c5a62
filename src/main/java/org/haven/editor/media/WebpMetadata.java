package org.haven.editor.media;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A WebP without its {@code EXIF} and {@code XMP } chunks (where phones put the GPS
 * position), with the extended header's flags saying so, and without anything after the
 * RIFF container.
 */
final class WebpMetadata {

	private static final int EXIF_FLAG = 0x08;

	private static final int XMP_FLAG = 0x04;

	private WebpMetadata() {
	}

	static byte[] strip(byte[] in) {
		long declared = le32(in, 4) + 8L;
		if (declared > in.length || declared < 20) {
			return in;
		}
		int end = (int) declared;
		ByteArrayOutputStream out = new ByteArrayOutputStream(end);
		out.write(in, 0, 12); // RIFF, size (fixed below), WEBP
		int at = 12;
		while (at + 8 <= end) {
			String chunk = new String(in, at, 4, StandardCharsets.US_ASCII);
			long size = le32(in, at + 4);
			long next = at + 8 + size + (size & 1);
			if (next > end + (size & 1)) {
				return in;
			}
			int stop = (int) Math.min(next, end);
			if (!chunk.equals("EXIF") && !chunk.equals("XMP ")) {
				int from = out.size();
				out.write(in, at, stop - at);
				if (chunk.equals("VP8X")) {
					byte[] sofar = out.toByteArray();
					sofar[from + 8] &= (byte) ~(EXIF_FLAG | XMP_FLAG);
					out.reset();
					out.writeBytes(sofar);
				}
			}
			at = stop;
		}
		byte[] result = out.toByteArray();
		int riff = result.length - 8;
		result[4] = (byte) riff;
		result[5] = (byte) (riff >> 8);
		result[6] = (byte) (riff >> 16);
		result[7] = (byte) (riff >> 24);
		return result;
	}

	private static long le32(byte[] b, int at) {
		return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
	}

}
