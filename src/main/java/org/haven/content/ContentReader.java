package org.haven.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.haven.common.Sha256;
import org.jspecify.annotations.Nullable;

/**
 * Turns the bytes of a content file into a {@link ParsedDocument}, or a
 * {@link ContentException} naming the line.
 */
public final class ContentReader {

	private static final Pattern MORE = Pattern.compile("(?m)^\\s*<!--\\s*more\\s*-->\\s*$");

	private final FrontMatterParser frontMatterParser;

	private final MarkdownRenderer renderer;

	public ContentReader() {
		this(ImageSizes.NONE);
	}

	public ContentReader(ImageSizes images) {
		this(images, ZoneOffset.UTC);
	}

	/**
	 * A reader that takes dates without a time or offset as midnight in {@code zone}.
	 */
	public ContentReader(ImageSizes images, ZoneId zone) {
		this.renderer = new MarkdownRenderer(images);
		this.frontMatterParser = new FrontMatterParser(zone);
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
		HugoShortcodes.Expanded expanded = HugoShortcodes.expand(path, split.body(), split.bodyLine());
		List<ImportProblem> warnings = new ArrayList<>(split.frontMatter().warnings());
		warnings.addAll(expanded.warnings());
		return new ParsedDocument(path, hash, split.frontMatter(), split.body(), renderer.render(expanded.markdown()),
				teaser(expanded.markdown()), List.copyOf(warnings));
	}

	/** Renders a body, shortcodes included, as a save does. */
	public RenderedContent render(String markdown) {
		return renderer.render(HugoShortcodes.expand("", markdown, 1).markdown());
	}

	/** The plain text before a {@code <!--more-->} line, or null without one. */
	private @Nullable String teaser(String markdown) {
		Matcher m = MORE.matcher(markdown);
		if (!m.find()) {
			return null;
		}
		return renderer.render(markdown.substring(0, m.start())).text().strip();
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
