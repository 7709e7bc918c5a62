package org.haven.content.safemessaging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Text to check, with what readers never see as prose (code, URLs, markup) blanked out as
 * spaces so that every offset is still the writer's offset: a match at an offset maps
 * straight back to the line and column typed. Also knows words and paragraphs, so that
 * {@code near} rules count words and never reach into the next paragraph.
 */
final class Passage {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");

	private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}(?:\\s|$)");

	private final String text;

	private final int firstLine;

	private final List<String> destinations;

	private final int[] lineStarts;

	private final FoldedText lowerText;

	// Worked out only when a rule finds something: most texts never need them.
	private int @Nullable [] lineBlocks;

	private int @Nullable [] wordStarts;

	Passage(String masked, int firstLine, List<String> destinations) {
		this.text = masked;
		this.firstLine = firstLine;
		this.destinations = List.copyOf(destinations);
		List<Integer> starts = new ArrayList<>();
		starts.add(0);
		for (int i = 0; i < masked.length(); i++) {
			if (masked.charAt(i) == '\n') {
				starts.add(i + 1);
			}
		}
		this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
		this.lowerText = FoldedText.of(masked);
	}

	private int[] lineBlocks() {
		if (lineBlocks != null) {
			return lineBlocks;
		}
		int[] blocks = new int[lineStarts.length];
		int block = 0;
		for (int i = 0; i < lineStarts.length; i++) {
			String line = lineText(i);
			boolean heading = HEADING.matcher(line).find();
			if (line.isBlank() || heading) {
				block++;
			}
			blocks[i] = block;
			if (heading) {
				block++;
			}
		}
		lineBlocks = blocks;
		return blocks;
	}

	private int[] wordStarts() {
		if (wordStarts == null) {
			Matcher words = WORD.matcher(text);
			List<Integer> wordOffsets = new ArrayList<>();
			while (words.find()) {
				wordOffsets.add(words.start());
			}
			wordStarts = wordOffsets.stream().mapToInt(Integer::intValue).toArray();
		}
		return wordStarts;
	}

	/** The masked text: same length and offsets as the writer's. */
	String text() {
		return text;
	}

	/**
	 * The masked text in lower case, for the rules' quick "can this match at all" test.
	 */
	FoldedText lowerText() {
		return lowerText;
	}

	/** Link and image destinations, autolinks and bare URLs, in order. */
	List<String> destinations() {
		return destinations;
	}

	int line(int offset) {
		return firstLine + lineIndex(offset);
	}

	int column(int offset) {
		return offset - lineStarts[lineIndex(offset)] + 1;
	}

	/** The paragraph (or heading) an offset is in. */
	int block(int offset) {
		return lineBlocks()[lineIndex(offset)];
	}

	/** The index of the word an offset is in, or of the last word before it. */
	int word(int offset) {
		int i = Arrays.binarySearch(wordStarts(), offset);
		return i >= 0 ? i : -i - 2;
	}

	private int lineIndex(int offset) {
		int i = Arrays.binarySearch(lineStarts, offset);
		return i >= 0 ? i : -i - 2;
	}

	private String lineText(int index) {
		int end = index + 1 < lineStarts.length ? lineStarts[index + 1] - 1 : text.length();
		return text.substring(lineStarts[index], end);
	}

}
