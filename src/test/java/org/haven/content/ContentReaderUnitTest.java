package org.haven.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ContentReaderUnitTest {

	private final ContentReader reader = new ContentReader();

	@Test
	void readsAndRendersADocument() {
		byte[] bytes = "---\ntitle: Calm\n---\nHello *there*.\n".getBytes(StandardCharsets.UTF_8);
		ParsedDocument doc = reader.read("articles/breathing-space.md", bytes);
		assertThat(doc.slug()).isEqualTo("breathing-space");
		assertThat(doc.summary()).isEqualTo("Hello there.");
		assertThat(doc.rendered().html()).contains("<em>there</em>");
		assertThat(doc.contentHash()).hasSize(64).isEqualTo(ContentReader.hash(bytes));
	}

	@Test
	void namesTheLineOfInvalidUtf8() {
		byte[] head = "---\ntitle: T\n---\nfine\n".getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[head.length + 3];
		System.arraycopy(head, 0, bytes, 0, head.length);
		bytes[head.length] = 'x';
		bytes[head.length + 1] = (byte) 0xC3;
		bytes[head.length + 2] = (byte) 0x28;
		assertThatThrownBy(() -> reader.read("articles/latin1.md", bytes))
			.isInstanceOfSatisfying(ContentException.class, ex -> {
				assertThat(ex.line()).isEqualTo(5);
				assertThat(ex.reason()).startsWith("invalid UTF-8");
			});
	}

	@Test
	void ignoresAByteOrderMark() {
		byte[] bytes = "\uFEFF---\ntitle: T\n---\nx".getBytes(StandardCharsets.UTF_8);
		assertThat(reader.read("a.md", bytes).frontMatter().title()).isEqualTo("T");
	}

}
