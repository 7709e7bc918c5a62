package org.haven.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.haven.common.Sha256;

/**
 * Turns the bytes of a content file into a {@link ParsedDocument}, or a
 * {@link ContentException} naming the line.
 */
public final class ContentReader {

	private final FrontMatterParser frontMatterParser = new FrontMatterParser();

	private final MarkdownRenderer renderer;

	public ContentReader() {
		this(ImageSizes.NONE);
	}

	public ContentReader(ImageSizes images) {
		this.renderer = new MarkdownRenderer(images);
	}

	public ParsedDocument read(String path, byte[] bytes) {
		return read(path, bytes, hash(bytes));
	}

	/**
	 * Reads a file whose hash the caller has already computed (to decide whether it
	 * changed).
	 */
	public ParsedDocument read(String path, byte[] bytes, String hash) {
		String text = decodeUtf8(path, bytes);
		FrontMatterParser.Split split = frontMatterParser.parse(path, text);
		return new ParsedDocument(path, hash, split.frontMatter(), split.body(), renderer.render(split.body()));
	}

	public RenderedContent render(String markdown) {
		return renderer.render(markdown);
	}

	/** A file's content hash, which import compares to skip unchanged files. */
	public static String hash(byte[] bytes) {
		return Sha256.hex(bytes);
	}

	static String decodeUtf8(String path, byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		try {
			return decoder.decode(buffer).toString();
		}
		catch (CharacterCodingException ex) {
			int badOffset = buffer.position();
			throw new ContentException(path, lineAt(bytes, badOffset),
					"invalid UTF-8 near byte " + badOffset + "; save the file as UTF-8");
		}
	}

	private static int lineAt(byte[] bytes, int offset) {
		int line = 1;
		for (int i = 0; i < Math.min(offset, bytes.length); i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}

}
