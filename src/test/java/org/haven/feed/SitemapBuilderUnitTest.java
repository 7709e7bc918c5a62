package org.haven.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SitemapBuilderUnitTest {

	static List<SitemapUrl> urls(int count) {
		List<SitemapUrl> urls = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			urls.add(new SitemapUrl("https://example.org/articles/a-" + i + "?x=1&y=2",
					Instant.parse("2026-01-01T00:00:00Z").plusSeconds(3600L * i)));
		}
		return urls;
	}

	@Test
	void fitsUpToTheLimitInOneEscapedUrlset() {
		SitemapBuilder builder = new SitemapBuilder(3);
		String xml = new String(builder.urlset(urls(3)), StandardCharsets.UTF_8);

		assertThat(builder.needsIndex(urls(3))).isFalse();
		assertThat(xml).contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">",
				"<loc>https://example.org/articles/a-1?x=1&amp;y=2</loc>", "<lastmod>2026-01-01T03:00:00Z</lastmod>");
		assertThat(xml.split("<url>", -1)).hasSize(4);
	}

	@Test
	void splitsIntoAnIndexOfPartsBeyondTheLimit() {
		SitemapBuilder builder = new SitemapBuilder(3);
		List<SitemapUrl> urls = urls(7);

		String index = new String(builder.index(urls, n -> "https://example.org/sitemap-" + n + ".xml"),
				StandardCharsets.UTF_8);

		assertThat(builder.needsIndex(urls)).isTrue();
		assertThat(builder.parts(urls)).isEqualTo(3);
		assertThat(index)
			.contains("<sitemapindex", "<loc>https://example.org/sitemap-1.xml</loc>",
					"<loc>https://example.org/sitemap-3.xml</loc>", "<lastmod>2026-01-01T07:00:00Z</lastmod>")
			.doesNotContain("sitemap-4.xml");
		assertThat(builder.part(urls, 1)).hasSize(3);
		assertThat(builder.part(urls, 3)).containsExactly(urls.get(6));
	}

	@Test
	void theRealLimitIsTheProtocols() {
		assertThat(SitemapBuilder.MAX_URLS).isEqualTo(50_000);
	}

}
