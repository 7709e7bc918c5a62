package org.haven.feed;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;

/**
 * Writes sitemaps (sitemaps.org 0.9). Up to {@code maxUrls} addresses fit one
 * {@code /sitemap.xml}; beyond that, {@code /sitemap.xml} becomes an index of
 * {@code /sitemap-1.xml}, {@code /sitemap-2.xml}, ... each holding at most
 * {@code maxUrls}.
 */
final class SitemapBuilder {

	/** The protocol's limit of addresses per sitemap file. */
	static final int MAX_URLS = 50_000;

	private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private final int maxUrls;

	SitemapBuilder(int maxUrls) {
		this.maxUrls = maxUrls;
	}

	boolean needsIndex(List<SitemapUrl> urls) {
		return urls.size() > maxUrls;
	}

	int parts(List<SitemapUrl> urls) {
		return Math.max(1, (urls.size() + maxUrls - 1) / maxUrls);
	}

	/** Part {@code number} (from 1) of the addresses. */
	List<SitemapUrl> part(List<SitemapUrl> urls, int number) {
		int from = (number - 1) * maxUrls;
		return urls.subList(Math.min(from, urls.size()), Math.min(from + maxUrls, urls.size()));
	}

	byte[] urlset(List<SitemapUrl> urls) {
		return xml(writer -> {
			writer.writeStartElement("urlset");
			writer.writeDefaultNamespace(NS);
			for (SitemapUrl url : urls) {
				writer.writeStartElement("url");
				element(writer, "loc", url.loc());
				if (url.lastmod() != null) {
					element(writer, "lastmod", format(url.lastmod()));
				}
				writer.writeEndElement();
			}
			writer.writeEndElement();
		});
	}

	/**
	 * The index naming each part at {@code partUrl(n)}, with the newest lastmod of the
	 * part.
	 */
	byte[] index(List<SitemapUrl> urls, java.util.function.IntFunction<String> partUrl) {
		return xml(writer -> {
			writer.writeStartElement("sitemapindex");
			writer.writeDefaultNamespace(NS);
			for (int n = 1; n <= parts(urls); n++) {
				writer.writeStartElement("sitemap");
				element(writer, "loc", partUrl.apply(n));
				Instant newest = newest(part(urls, n));
				if (newest != null) {
					element(writer, "lastmod", format(newest));
				}
				writer.writeEndElement();
			}
			writer.writeEndElement();
		});
	}

	static @Nullable Instant newest(List<SitemapUrl> urls) {
		return urls.stream().map(SitemapUrl::lastmod).filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
	}

	private static String format(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}

	private static void element(XMLStreamWriter writer, String name, String text) throws XMLStreamException {
		writer.writeStartElement(name);
		writer.writeCharacters(text);
		writer.writeEndElement();
	}

	private interface Body {

		void write(XMLStreamWriter writer) throws XMLStreamException;

	}

	private static byte[] xml(Body body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			writer.writeStartDocument("UTF-8", "1.0");
			body.write(writer);
			writer.writeEndDocument();
			writer.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("cannot write sitemap", ex);
		}
		return out.toByteArray();
	}

}
