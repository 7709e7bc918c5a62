package org.haven.editor.media;

import java.util.Arrays;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The image readers on uploaded bytes: type sniffing, the header reader and metadata
 * stripping never throw, whatever the bytes (a throw here is a 500 on upload). The first
 * byte picks the type the bytes claim to be. Fuzzed with {@code -Pfuzz}.
 */
class ImageMetadataFuzzTest {

	private static final String[] TYPES = { "jpg", "png", "gif", "webp" };

	@FuzzTest(maxDuration = "60s")
	void anyBytesAreReadOrRefusedWithoutAnException(byte[] input) {
		if (input == null || input.length == 0) {
			return;
		}
		String type = TYPES[(input[0] & 0xFF) % TYPES.length];
		byte[] bytes = Arrays.copyOfRange(input, 1, input.length);

		ImageHeader.typeOf(bytes);
		byte[] stripped = ImageMetadata.strip(type, bytes);
		ImageHeader.of(stripped);
		ImageHeader.webp(bytes);
	}

}
