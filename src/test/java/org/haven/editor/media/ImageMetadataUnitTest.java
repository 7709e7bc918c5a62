package org.haven.editor.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
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

	private static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.ISO_8859_1);
	}

}
