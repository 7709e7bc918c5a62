package org.haven.editor.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class ImageHeaderUnitTest {

	@Test
	void recognisesImagesByTheirFirstBytesNotTheirName() {
		assertThat(ImageHeader.typeOf(TestImages.image("png", 1, 1))).contains("png");
		assertThat(ImageHeader.typeOf(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 })).contains("jpg");
		assertThat(ImageHeader.typeOf("GIF89a....".getBytes(StandardCharsets.US_ASCII))).contains("gif");
		assertThat(ImageHeader.typeOf("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII))).contains("webp");
		assertThat(ImageHeader.typeOf("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isEmpty();
	}

	@Test
	void readsTheSizeOfPngAndJpegFromTheHeader() {
		assertThat(ImageHeader.of(TestImages.image("png", 640, 360))).contains(new ImageHeader("png", 640, 360));
		assertThat(ImageHeader.of(TestImages.image("jpg", 300, 200))).contains(new ImageHeader("jpg", 300, 200));
	}

	@Test
	void aPhoneJpegTurnedSidewaysByExifReportsTheSizeItIsShownAt() {
		byte[] portrait = TestImages.jpegWithOrientation(400, 300, 6);
		assertThat(ImageHeader.of(portrait)).contains(new ImageHeader("jpg", 300, 400));
		assertThat(ImageHeader.of(TestImages.jpegWithOrientation(400, 300, 1)))
			.contains(new ImageHeader("jpg", 400, 300));
	}

	@Test
	void readsTheCanvasSizeOfEachKindOfWebp() {
		// lossy: frame tag, start code 9d 01 2a, then 14-bit width and height
		// (little-endian)
		byte[] lossy = webp("VP8 ", "000000" + "9d012a" + "2003" + "5802");
		// lossless: signature 2f, then width-1 and height-1 in 14 bits each
		int bits = (800 - 1) | (600 - 1) << 14;
		byte[] lossless = webp("VP8L", "2f" + String.format("%02x%02x%02x%02x", bits & 0xFF, bits >> 8 & 0xFF,
				bits >> 16 & 0xFF, bits >> 24 & 0xFF));
		// extended: flags and reserved (4 bytes), then width-1 and height-1 in 24 bits
		// each
		byte[] extended = webp("VP8X", "10000000" + "ff0700" + "370400");

		assertThat(ImageHeader.webp(lossy)).contains(new ImageHeader("webp", 800, 600));
		assertThat(ImageHeader.webp(lossless)).contains(new ImageHeader("webp", 800, 600));
		assertThat(ImageHeader.webp(extended)).contains(new ImageHeader("webp", 2048, 1080));
	}

	@Test
	void aFileWithAnImageSignatureButABrokenBodyHasNoHeader() {
		byte[] png = TestImages.image("png", 10, 10);
		byte[] broken = java.util.Arrays.copyOf(png, 12);
		assertThat(ImageHeader.of(broken)).isEmpty();
		assertThat(ImageHeader.webp("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII))).isEmpty();
	}

	private static byte[] webp(String chunk, String payloadHex) {
		byte[] payload = HexFormat.of().parseHex(payloadHex);
		byte[] bytes = new byte[Math.max(32, 20 + payload.length)];
		System.arraycopy("RIFF\0\0\0\0WEBP".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 12);
		System.arraycopy(chunk.getBytes(StandardCharsets.US_ASCII), 0, bytes, 12, 4);
		System.arraycopy(payload, 0, bytes, 20, payload.length);
		return bytes;
	}

}
