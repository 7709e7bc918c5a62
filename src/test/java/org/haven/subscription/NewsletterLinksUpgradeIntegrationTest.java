package org.haven.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

import org.haven.config.SiteProperties;
import org.haven.support.MigratedDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Preference and unsubscribe links live in mails for years: an upgrade that moves the
 * newsletter's key must leave every link already sent working, and other links refused.
 */
class NewsletterLinksUpgradeIntegrationTest {

	static final String OLD_SECRET = "m2XbX0x1Jd7oV4qF3kRk5a0cZ8sYtWnQ" + "Ld9aP2eR7uH1vB6yN3wK0jT5gC8fE4iM";

	@TempDir
	Path data;

	@Test
	void linksMailedBeforeTheUpgradeStillWorkAfterIt() throws Exception {
		DataSource database = MigratedDatabase.upTo("107");
		JdbcClient.create(database)
			.sql("insert into subscription_key (id, secret) values (1, ?)")
			.param(OLD_SECRET)
			.update();
		// how the earlier version signed a subscriber's links: the key was the secret's
		// ASCII text
		String mailedManage = signedBefore("m.subscriber-token");
		String mailedUnsubscribe = signedBefore("u.subscriber-token");

		MigratedDatabase.migrate(database);
		NewsletterLinks links = links(database);

		assertThat(links.manageSigned("subscriber-token", mailedManage)).isTrue();
		assertThat(links.unsubscribeSigned("subscriber-token", mailedUnsubscribe)).isTrue();
		assertThat(links.manageSigned("subscriber-token", mailedUnsubscribe)).as("one purpose for another").isFalse();
		assertThat(links.unsubscribeSigned("another-token", mailedUnsubscribe)).isFalse();
	}

	@Test
	void aNewInstallationMakesItsOwnKeySharedByEveryNode() {
		DataSource database = MigratedDatabase.latest();

		String signature = links(database).unsubscribeSignature("subscriber-token");

		assertThat(links(database).unsubscribeSigned("subscriber-token", signature)).isTrue();
		assertThat(signature).isNotEqualTo(signedBefore("u.subscriber-token"));
	}

	NewsletterLinks links(DataSource database) {
		SiteProperties site = new SiteProperties("Haven", "d", URI.create("https://journal.example.org"), null,
				Locale.forLanguageTag("en-GB"), data, "GB", ZoneId.of("UTC"));
		return new NewsletterLinks(MigratedDatabase.siteKeys(database), site);
	}

	static String signedBefore(String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(OLD_SECRET.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)))
				.substring(0, 32);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
