package org.haven.publicform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import javax.sql.DataSource;

import org.haven.config.SigningKey;
import org.haven.config.SiteKeys;
import org.haven.config.SiteProperties;
import org.haven.support.MigratedDatabase;
import org.haven.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * Two nodes with their own data directories and one database: whatever one signs, the
 * other accepts, and the key of an earlier version (a file in the data directory) moves
 * into the database without breaking what it signed.
 */
class FormKeyIntegrationTest {

	final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T12:00:00Z"));

	final DataSource database = MigratedDatabase.latest();

	@TempDir
	Path nodeA;

	@TempDir
	Path nodeB;

	@Test
	void aFormServedByOneNodeIsAcceptedByAnother() {
		String token = forms(nodeA).protection().token();
		clock.advance(Duration.ofMinutes(1));

		assertThat(forms(nodeB).check(post(), "comment", token, null).accepted()).isTrue();
	}

	@Test
	void aLinkMailedFromOneNodeWorksOnAnother() {
		String link = new SignedValues(keys(nodeA), site(nodeA), clock).sign("delete-comments", "reader@example.org",
				Duration.ofDays(7));

		assertThat(new SignedValues(keys(nodeB), site(nodeB), clock).verify("delete-comments", link))
			.contains("reader@example.org");
	}

	@Test
	void keepsTheKeyInTheDatabaseAndNothingInTheDataDirectory() {
		forms(nodeA).protection();

		assertThat(nodeA.resolve("keys")).doesNotExist();
		String secret = JdbcClient.create(database)
			.sql("select secret from site_key where name = 'public-form'")
			.query(String.class)
			.single();
		assertThat(java.util.Base64.getDecoder().decode(secret)).hasSize(32);
	}

	@Test
	void theFormKeyFileOfAnEarlierVersionMovesIntoTheDatabaseAndWhatItSignedStillWorks() throws Exception {
		byte[] oldKey = "an-earlier-version's-key-of-32+bytes".getBytes();
		Files.createDirectories(nodeA.resolve("keys"));
		Files.write(nodeA.resolve("keys/public-form.key"), oldKey);
		String oldToken = new PublicForms(PublicFormProperties.defaults(), site(nodeA), SigningKey.of(oldKey), clock)
			.protection()
			.token();
		clock.advance(Duration.ofMinutes(1));

		assertThat(forms(nodeA).check(post(), "comment", oldToken, null).accepted()).isTrue();
		assertThat(forms(nodeB).check(post(), "comment", oldToken, null).accepted()).as("a node without the file")
			.isTrue();
	}

	PublicForms forms(Path dataDir) {
		return new PublicForms(PublicFormProperties.defaults(), site(dataDir), keys(dataDir), clock);
	}

	SiteKeys keys(Path dataDir) {
		return MigratedDatabase.siteKeys(database);
	}

	static SiteProperties site(Path data) {
		return new SiteProperties("Haven", "d", URI.create("https://journal.example.org"), null,
				Locale.forLanguageTag("en-GB"), data, "GB", ZoneId.of("UTC"));
	}

	static MockHttpServletRequest post() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/articles/x/comments");
		request.setRemoteAddr("203.0.113.9");
		request.addHeader("Origin", "https://journal.example.org");
		return request;
	}

}
