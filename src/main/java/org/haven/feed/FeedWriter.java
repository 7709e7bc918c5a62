package org.haven.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Date;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * Writes a {@link SyndFeed} as RSS 2.0 or Atom 1.0 bytes (UTF-8). Adds what Rome leaves
 * out: the RSS {@code lastBuildDate}, the Atom feed's {@code updated} from its items, and
 * {@code <atom:link rel="self">} in RSS.
 */
final class FeedWriter {

	static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

	private FeedWriter() {
	}

	static byte[] write(SyndFeed syndFeed, FeedFormat format) {
		WireFeed wire = syndFeed.createWireFeed(format.romeType());
		Date updated = syndFeed.getPublishedDate();
		if (wire instanceof Channel channel) {
			channel.setLastBuildDate(updated);
		}
		else if (wire instanceof Feed atom) {
			atom.setUpdated(updated);
		}
		try {
			Document document = new WireFeedOutput().outputJDom(wire);
			if (format == FeedFormat.RSS) {
				addSelfLink(document, syndFeed.getUri());
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			new XMLOutputter(Format.getPrettyFormat().setEncoding("UTF-8")).output(document, out);
			return out.toByteArray();
		}
		catch (FeedException ex) {
			throw new IllegalStateException("cannot write " + format + " feed " + syndFeed.getUri(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void addSelfLink(Document document, String self) {
		Element rss = document.getRootElement();
		rss.addNamespaceDeclaration(ATOM);
		Element channel = rss.getChild("channel");
		Element link = new Element("link", ATOM);
		link.setAttribute("href", self);
		link.setAttribute("rel", "self");
		link.setAttribute("type", FeedFormat.RSS.type());
		channel.addContent(0, link);
	}

}
