package org.haven.editor.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import javax.imageio.ImageIO;

/** Real image files made in memory, for tests. */
public final class TestImages {

	private TestImages() {
	}

	/**
	 * A PNG or JPEG ({@code format} "png" or "jpg") of this size: a two-colour picture,
	 * so scaling has work to do.
	 */
	public static byte[] image(String format, int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0x2f6f62));
		g.fillRect(0, 0, width, height);
		g.setColor(new Color(0xf0b400));
		g.fillOval(width / 4, height / 4, width / 2, height / 2);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format.equals("jpg") ? "jpeg" : format, out);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * A JPEG stored {@code width} x {@code height} with an EXIF orientation tag, as
	 * phones write portrait photos (orientation 6: shown turned 90° clockwise).
	 */
	static byte[] jpegWithOrientation(int width, int height, int orientation) {
		byte[] jpeg = image("jpg", width, height);
		ByteBuffer tiff = ByteBuffer.allocate(26).order(ByteOrder.LITTLE_ENDIAN);
		tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8); // header,
																				// first
																				// IFD at
																				// 8
		tiff.putShort((short) 1); // one entry
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		tiff.putInt(0); // no next IFD
		byte[] exif = new byte[6 + tiff.capacity()];
		System.arraycopy("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, exif, 0, 6);
		System.arraycopy(tiff.array(), 0, exif, 6, tiff.capacity());
		int length = exif.length + 2;
		// after SOI and the JFIF APP0 segment ImageIO writes first (the JDK reader
		// insists on that order)
		int afterApp0 = 4 + ((jpeg[4] & 0xFF) << 8 | (jpeg[5] & 0xFF));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, afterApp0);
		out.write(0xFF);
		out.write(0xE1); // APP1
		out.write(length >> 8);
		out.write(length & 0xFF);
		out.write(exif, 0, exif.length);
		out.write(jpeg, afterApp0, jpeg.length - afterApp0);
		return out.toByteArray();
	}

	/**
	 * {@code jpeg} with one more segment ({@code marker}, e.g. 0xFE for a comment)
	 * straight after JFIF.
	 */
	static byte[] withJpegSegment(byte[] jpeg, int marker, byte[] payload) {
		int afterApp0 = 4 + ((jpeg[4] & 0xFF) << 8 | (jpeg[5] & 0xFF));
		int length = payload.length + 2;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, afterApp0);
		out.write(0xFF);
		out.write(marker);
		out.write(length >> 8);
		out.write(length & 0xFF);
		out.write(payload, 0, payload.length);
		out.write(jpeg, afterApp0, jpeg.length - afterApp0);
		return out.toByteArray();
	}

	/** {@code png} with a tEXt chunk (keyword, NUL, text) before its image data. */
	static byte[] withPngText(byte[] png, String keyword, String text) {
		byte[] data = (keyword + "\0" + text).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		java.util.zip.CRC32 crc = new java.util.zip.CRC32();
		crc.update("tEXt".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		crc.update(data);
		int ihdrEnd = 8 + 12 + 13; // signature, then IHDR (13 bytes of data)
		ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
		chunk.putInt(data.length)
			.put("tEXt".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
			.put(data)
			.putInt((int) crc.getValue());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(png, 0, ihdrEnd);
		out.write(chunk.array(), 0, chunk.capacity());
		out.write(png, ihdrEnd, png.length - ihdrEnd);
		return out.toByteArray();
	}

	/**
	 * A WebP made by Chromium's encoder ({@code photo-1200x600.webp}, lossy;
	 * {@code alpha-64x48.webp}, with transparency).
	 */
	static byte[] webp(String name) {
		try (var in = TestImages.class.getResourceAsStream("/images/" + name)) {
			return in.readAllBytes();
		}
		catch (IOException | NullPointerException ex) {
			throw new IllegalStateException("no test image " + name, ex);
		}
	}

	/**
	 * {@code webp} with an extra RIFF chunk ({@code EXIF}, {@code XMP }) at the end, the
	 * extended header's flag for it set and the container's size adjusted, as a phone
	 * writes one.
	 */
	static byte[] withWebpChunk(byte[] webp, String fourCc, byte[] payload, int flag) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(webp, 0, webp.length);
		ByteBuffer header = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
		header.put(fourCc.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(payload.length);
		out.write(header.array(), 0, 8);
		out.write(payload, 0, payload.length);
		if (payload.length % 2 == 1) {
			out.write(0);
		}
		byte[] result = out.toByteArray();
		ByteBuffer.wrap(result, 4, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(result.length - 8);
		result[20] |= (byte) flag; // VP8X flags: 0x08 EXIF, 0x04 XMP
		return result;
	}

	/**
	 * {@code gif} with extension blocks ({@code 0x21}, a label, then sub-blocks) straight
	 * after its global colour table.
	 */
	static byte[] withGifExtension(byte[] gif, int label, byte[] data) {
		int flags = gif[10] & 0xFF;
		int at = 13 + ((flags & 0x80) == 0 ? 0 : 3 * (1 << ((flags & 0x07) + 1)));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(gif, 0, at);
		out.write(0x21);
		out.write(label);
		for (int i = 0; i < data.length; i += 255) {
			int n = Math.min(255, data.length - i);
			out.write(n);
			out.write(data, i, n);
		}
		out.write(0);
		out.write(gif, at, gif.length - at);
		return out.toByteArray();
	}

}
