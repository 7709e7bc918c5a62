package org.haven.content;

import java.util.Set;
import java.util.regex.Pattern;

import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.text.TextContentNodeRendererContext;
import org.commonmark.renderer.text.TextContentWriter;

/**
 * What commonmark's text renderer does differently for search: a link or image is its
 * text (no URL or title in brackets), an inline tag is nothing (so
 * {@code <em>un</em>helpful} stays one word), and a raw HTML block is its text between
 * the tags (entities left as written).
 */
final class PlainText implements NodeRenderer {

	private static final Pattern TAGS = Pattern.compile("<[^>]*>");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private final TextContentNodeRendererContext context;

	private final TextContentWriter writer;

	PlainText(TextContentNodeRendererContext context) {
		this.context = context;
		this.writer = context.getWriter();
	}

	@Override
	public Set<Class<? extends Node>> getNodeTypes() {
		return Set.of(Link.class, Image.class, HtmlInline.class, HtmlBlock.class);
	}

	@Override
	public void render(Node node) {
		if (node instanceof HtmlBlock block) {
			String text = SPACES.matcher(TAGS.matcher(block.getLiteral()).replaceAll(" ")).replaceAll(" ").strip();
			if (!text.isEmpty()) {
				writer.write(text);
				writer.block();
			}
		}
		else if (!(node instanceof HtmlInline)) {
			for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
				context.render(child);
			}
		}
	}

}
