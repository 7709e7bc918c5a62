package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.haven.support.Http;
import org.haven.support.SiteIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Theme files are served with fingerprinted URLs, long caching, and never from outside
 * the theme folder.
 */
@SiteIntegrationTest
class ThemeAssetIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	AssetUrls assets;

	@Test
	void pagesLinkFingerprintedStylesheetsThatAreImmutable() {
		String url = assets.url("css/calm.css");
		assertThat(url).matches("/themes/calm/css/calm\\.[0-9a-f]{8}\\.css");
		assertThat(Http.get(port, "/").body()).contains("href=\"" + url + "\"");

		HttpResponse<String> css = Http.get(port, url);

		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Content-Type")).get().asString().startsWith("text/css");
		assertThat(css.headers().firstValue("Cache-Control")).contains("max-age=31536000, public, immutable");
		assertThat(css.headers().firstValue("ETag")).isPresent();
	}

	@Test
	void plainUrlsRevalidate() {
		HttpResponse<String> css = Http.get(port, "/themes/calm/css/calm.css");

		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Cache-Control")).get().asString().contains("no-cache");
		String etag = css.headers().firstValue("ETag").orElseThrow();
		assertThat(Http.get(port, "/themes/calm/css/calm.css", "If-None-Match", etag).statusCode()).isEqualTo(304);
	}

	@Test
	void compressesStylesheets() {
		HttpResponse<String> css = Http.get(port, assets.url("css/calm.css"), "Accept-Encoding", "gzip");

		assertThat(css.headers().firstValue("Content-Encoding")).contains("gzip");
	}

	@Test
	void aChildThemeServesItsOwnAssetsAndInheritsItsParents() {
		HttpResponse<String> own = Http.get(port, "/themes/magazine/css/magazine.css");
		HttpResponse<String> inherited = Http.get(port, "/themes/magazine/css/calm.css");
		HttpResponse<String> icon = Http.get(port, "/themes/magazine/img/favicon.svg");

		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(own.body()).contains("Magazine");
		assertThat(inherited.statusCode()).isEqualTo(200);
		assertThat(inherited.body()).isEqualTo(Http.get(port, "/themes/calm/css/calm.css").body());
		assertThat(icon.statusCode()).isEqualTo(200);
		assertThat(Http.get(port, "/themes/calm/css/magazine.css").statusCode()).isEqualTo(404);
	}

	@Test
	void inheritedAssetsGetFingerprintedImmutableUrlsUnderTheChildTheme() {
		String fingerprint = assets.url("css/calm.css").replaceAll(".*/calm\\.([0-9a-f]{8})\\.css", "$1");

		HttpResponse<String> css = Http.get(port, "/themes/magazine/css/calm." + fingerprint + ".css");

		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Cache-Control")).contains("max-age=31536000, public, immutable");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/themes/calm/../../pom.xml", "/themes/calm/%2e%2e/%2e%2e/pom.xml",
			"/themes/calm/css/../../theme.yaml", "/themes/calm/templates/layout.html", "/themes/calm/css/",
			"/themes/calm/", "/themes/calm/css/missing.css", "/themes/unknown/css/calm.css",
			"/themes/calm/..%2f..%2fpom.xml", "/themes/magazine/theme.yaml", "/themes/magazine/templates/index.html",
			"/themes/magazine/../calm/theme.yaml", "/themes/magazine/css/../../../pom.xml" })
	void neverServesAnythingOutsideTheThemesStaticFolderNorAListing(String path) {
		HttpResponse<String> response = Http.get(port, path);

		assertThat(response.statusCode()).as(path).isIn(400, 404);
		assertThat(response.body()).doesNotContain("<project", "name: calm", "th:fragment");
	}

}
