package org.haven.editor.media;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class ImageMetadataUnitTest {

	static final byte[] HOME = "Taken at 12 Hawthorn Road".getBytes(StandardCharsets.US_ASCII);

	static final byte[] XMP = "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><exif:GPSLatitude>51,30.1N</exif:GPSLatitude>"
		.getBytes(StandardCharsets.US_ASCII);

	@Test
	void aJpegLosesItsCommentsAndXmpButKeepsItsOrientationAndPixels() throws Exception {
		byte[] photo = TestImages.jpegWithOrientation(400, 300, 6);
		photo = TestImages.withJpegSegment(photo, 0xFE, HOME);
		photo = TestImages.withJpegSegment(photo, 0xE1, XMP);

		byte[] stored = ImageMetadata.strip("jpg", photo);

		assertThat(text(stored)).doesNotContain("Hawthorn", "GPSLatitude", "xmpmeta");
		assertThat(ImageHeader.of(stored)).contains(new ImageHeader("jpg", 300, 400)); // still
																						// upright
		BufferedImage before = ImageIO.read(new ByteArrayInputStream(photo));
		BufferedImage after = ImageIO.read(new ByteArrayInputStream(stored));
		assertThat(after.getRGB(0, 0, 400, 300, null, 0, 400)).isEqualTo(before.getRGB(0, 0, 400, 300, null, 0, 400));
	}

	@Test
	void aJpegWithoutExifGetsNoneAdded() {
		byte[] plain = TestImages.withJpegSegment(TestImages.image("jpg", 50, 40), 0xFE, HOME);

		byte[] stored = ImageMetadata.strip("jpg", plain);

		assertThat(text(stored)).doesNotContain("Hawthorn", "Exif");
		assertThat(stored.length).isEqualTo(plain.length - HOME.length - 4);
	}

	@Test
	void aPngLosesItsTextChunks() throws Exception {
		byte[] png = TestImages.withPngText(TestImages.image("png", 60, 40), "Location", "51.5074 N, 0.1278 W");

		byte[] stored = ImageMetadata.strip("png", png);

		assertThat(text(png)).contains("51.5074");
		assertThat(text(stored)).doesNotContain("51.5074", "Location");
		assertThat(ImageIO.read(new ByteArrayInputStream(stored)).getWidth()).isEqualTo(60);
	}

	@Test
	void somethingMalformedIsLeftAsItIsForTheChecksToRefuse() {
		byte[] truncated = Arrays.copyOf(TestImages.image("jpg", 50, 40), 30);
		assertThat(ImageMetadata.strip("jpg", truncated)).isEqualTo(truncated);
		byte[] gif = "GIF89a....".getBytes(StandardCharsets.US_ASCII);
		assertThat(ImageMetadata.strip("gif", gif)).isSameAs(gif);
	}

	@Test
	void aJpegLosesEverythingAfterItsImageAndItsMpfAndApp15Segments() throws Exception {
		byte[] photo = TestImages.image("jpg", 120, 80);
		byte[] withMpf = TestImages.withJpegSegment(photo, 0xE2, "MPF\0MM\0*secondary image index".getBytes(US_ASCII));
		byte[] withApp15 = TestImages.withJpegSegment(withMpf, 0xEF, HOME);
		byte[] trailer = "\0\0\0\u0018ftypmp42 motion photo video at 12 Hawthorn Road".getBytes(US_ASCII);
		byte[] secondImage = TestImages.image("jpg", 40, 30);
		byte[] phone = concat(withApp15, secondImage, trailer);

		byte[] stored = ImageMetadata.strip("jpg", phone);

		assertThat(text(stored)).doesNotContain("Hawthorn", "MPF", "ftypmp42");
		assertThat(stored).hasSize(photo.length);
		assertThat(Arrays.copyOfRange(stored, stored.length - 2, stored.length)).containsExactly((byte) 0xFF,
				(byte) 0xD9);
		assertThat(ImageIO.read(new ByteArrayInputStream(stored)).getWidth()).isEqualTo(120);
	}

	@Test
	void aJpegKeepsItsColourProfile() {
		byte[] icc = "ICC_PROFILE\0\u0001\u0001 profile bytes".getBytes(US_ASCII);
		byte[] photo = TestImages.withJpegSegment(TestImages.image("jpg", 40, 30), 0xE2, icc);

		assertThat(text(ImageMetadata.strip("jpg", photo))).contains("ICC_PROFILE");
	}

	@Test
	void aTruncatedExifBlockIsDroppedWithoutAnError() {
		byte[] cut = "Exif\0\0MM\0*\0\0\0\u0008\0\u0005\u0001\u0012".getBytes(US_ASCII);
		byte[] photo = TestImages.withJpegSegment(TestImages.image("jpg", 40, 30), 0xE1, cut);

		byte[] stored = ImageMetadata.strip("jpg", photo);

		assertThat(text(stored)).doesNotContain("Exif");
		assertThat(ImageHeader.of(stored)).contains(new ImageHeader("jpg", 40, 30));
	}

	@Test
	void aWebpLosesItsExifAndXmpChunksAndSaysSoInItsHeader() throws Exception {
		byte[] gps = "Exif\0\0MM\0*GPSLatitude 51.5074 N at 12 Hawthorn Road".getBytes(US_ASCII);
		byte[] webp = TestImages.withWebpChunk(TestImages.webp("photo-1200x600.webp"), "EXIF", gps, 0x08);
		webp = TestImages.withWebpChunk(webp, "XMP ", XMP, 0x04);

		byte[] stored = ImageMetadata.strip("webp", concat(webp, HOME));

		assertThat(text(webp)).contains("Hawthorn", "GPSLatitude");
		assertThat(text(stored)).doesNotContain("Hawthorn", "GPSLatitude", "xmpmeta", "EXIF", "XMP ");
		assertThat(stored[20] & 0x0C).as("EXIF and XMP flags").isZero();
		assertThat(ByteBuffer.wrap(stored, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt()).isEqualTo(stored.length - 8);
		assertThat(stored).hasSize(TestImages.webp("photo-1200x600.webp").length);
		assertThat(ImageIO.read(new ByteArrayInputStream(stored)).getWidth()).isEqualTo(1200);
	}

	@Test
	void aGifLosesCommentsXmpAndTrailingBytesButKeepsItsFrames() throws Exception {
		byte[] gif = TestImages.image("gif", 60, 40);
		byte[] tagged = TestImages.withGifExtension(gif, 0xFE, HOME);
		tagged = TestImages.withGifExtension(tagged, 0xFF, concat("XMP DataXMP".getBytes(US_ASCII), XMP));

		byte[] stored = ImageMetadata.strip("gif", concat(tagged, HOME));

		assertThat(text(tagged)).contains("Hawthorn", "xmpmeta");
		assertThat(text(stored)).doesNotContain("Hawthorn", "xmpmeta", "XMP DataXMP");
		assertThat(stored).isEqualTo(gif);
		assertThat(ImageIO.read(new ByteArrayInputStream(stored)).getWidth()).isEqualTo(60);
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	private static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.ISO_8859_1);
	}

}
