package org.haven.content;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The words of a paragraph or heading as a reader reads them, for summaries and the table
 * of contents: a link is its text, a picture and inline HTML are left out. CommonMark's
 * own text renderer writes a link's address and a picture's file beside them
 * ({@code "A bench" (/media/bench.jpg)}), which read as noise on a card. Search reads a
 * whole body with {@link PlainText} instead, which keeps a picture's alt text.
 */
final class ReadableText extends AbstractVisitor {

	private final StringBuilder out = new StringBuilder();

	private ReadableText() {
	}

	/** The node's words, with runs of white space made one space. */
	static String of(Node node) {
		ReadableText text = new ReadableText();
		node.accept(text);
		return text.out.toString().replaceAll("\\s+", " ").strip();
	}

	@Override
	public void visit(Text text) {
		out.append(text.getLiteral());
	}

	@Override
	public void visit(Code code) {
		out.append(code.getLiteral());
	}

	@Override
	public void visit(SoftLineBreak softLineBreak) {
		out.append(' ');
	}

	@Override
	public void visit(HardLineBreak hardLineBreak) {
		out.append(' ');
	}

	@Override
	public void visit(Image image) {
		// its alt text describes the picture, which a card or contents list does not show
	}

	@Override
	public void visit(HtmlInline htmlInline) {
		// a tag, not words
	}

}
