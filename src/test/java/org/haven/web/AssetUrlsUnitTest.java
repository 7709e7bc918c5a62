package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.haven.support.Fixtures;
import org.haven.theme.ThemeChanged;
import org.haven.theme.ThemeProperties;
import org.haven.theme.ThemeRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fingerprinted asset URLs follow the file's content: at once in dev mode, after a theme
 * change otherwise.
 */
class AssetUrlsUnitTest {

	static final Path FIXTURES = Path.of("src/test/resources/fixtures/themes");

	static AssetUrls assets(Path dir, String active, boolean cache) {
		ThemeProperties properties = new ThemeProperties(dir, active, cache, Map.of(), null);
		return new AssetUrls(new ThemeRegistry(properties, e -> {
		}), properties);
	}

	@Test
	void withCachingOffAnEditedStylesheetGetsANewUrlOnTheNextPage(@TempDir Path dir) throws Exception {
		Fixtures.copy(FIXTURES.resolve("calm"), dir.resolve("calm"));
		AssetUrls assets = assets(dir, "calm", false);
		String before = assets.url("css/calm.css");

		Files.writeString(dir.resolve("calm/static/css/calm.css"), "body { color: maroon; }");

		assertThat(assets.url("css/calm.css")).isNotEqualTo(before)
			.matches("/themes/calm/css/calm\\.[0-9a-f]{8}\\.css");
	}

	@Test
	void withCachingOnFingerprintsAreKeptUntilTheThemeChanges(@TempDir Path dir) throws Exception {
		Fixtures.copy(FIXTURES.resolve("calm"), dir.resolve("calm"));
		AssetUrls assets = assets(dir, "calm", true);
		String before = assets.url("css/calm.css");

		Files.writeString(dir.resolve("calm/static/css/calm.css"), "body { color: maroon; }");
		assertThat(assets.url("css/calm.css")).isEqualTo(before);

		assets.on(new ThemeChanged("calm"));
		assertThat(assets.url("css/calm.css")).isNotEqualTo(before);
	}

	@Test
	void aChildThemeLinksItsParentsAssetsUnderItsOwnName() {
		AssetUrls assets = assets(FIXTURES, "child", true);

		assertThat(assets.url("css/calm.css")).matches("/themes/child/css/calm\\.[0-9a-f]{8}\\.css");
		assertThat(assets.url("css/child.css")).matches("/themes/child/css/child\\.[0-9a-f]{8}\\.css");
		assertThat(assets.url("css/none.css")).isEqualTo("/themes/child/css/none.css");
	}

}
