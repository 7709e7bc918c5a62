package org.haven.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code content/redirects.yaml}: old addresses to new ones, read again when the file
 * changes; a line that is not an address is left out and the rest still counts.
 */
class SiteRedirectsUnitTest {

	@TempDir
	Path content;

	SiteRedirects redirects() {
		return new SiteRedirects(
				new ContentProperties(content, false, false, null, ContentProperties.UnknownCategories.CREATE));
	}

	@Test
	void readsPathsAndQueriesToPathsOrOtherSitesAndLeavesOutWhatIsNoAddress() throws IOException {
		Files.writeString(content.resolve("redirects.yaml"), """
				# comments are fine
				/spring-campaign: /articles/cbt-explained
				"/?cat=5": /categories/anxiety
				/moved-away: https://other.example.org/page
				not-a-path: /articles/x
				/to-nowhere: javascript:alert(1)
				//protocol-relative: /articles/x
				/same: /same
				/empty:
				""");

		SiteRedirects redirects = redirects();

		assertThat(redirects.all()).containsExactly(java.util.Map.entry("/spring-campaign", "/articles/cbt-explained"),
				java.util.Map.entry("/?cat=5", "/categories/anxiety"),
				java.util.Map.entry("/moved-away", "https://other.example.org/page"));
		assertThat(redirects.target("/?cat=5")).contains("/categories/anxiety");
		assertThat(redirects.target("/not-listed")).isEmpty();
	}

	@Test
	void readsTheFileAgainWhenItChangesAndAnswersNothingWhenItIsBrokenOrGone() throws IOException {
		Path file = content.resolve("redirects.yaml");
		SiteRedirects redirects = redirects();
		assertThat(redirects.all()).isEmpty();

		Files.writeString(file, "/a: /b\n");
		assertThat(redirects.target("/a")).contains("/b");

		Files.writeString(file, "/a: [unclosed\n");
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
		assertThat(redirects.all()).isEmpty();

		Files.writeString(file, "/a: /c\n");
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(10)));
		assertThat(redirects.target("/a")).contains("/c");

		Files.delete(file);
		assertThat(redirects.all()).isEmpty();
	}

}
