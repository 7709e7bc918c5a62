package org.haven.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Optional;

import javax.sql.DataSource;

import org.haven.support.MigratedDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Signing keys live in the database: made once, the same for every node, one per name.
 */
class SiteKeysIntegrationTest {

	final DataSource database = MigratedDatabase.latest();

	@Test
	void aKeyIsMadeOnceAndEveryNodeSignsWithIt() {
		byte[] first = node().named("links").mac("value");

		assertThat(node().named("links").mac("value")).isEqualTo(first);
		assertThat(Base64.getDecoder().decode(secret("links"))).hasSize(32);
	}

	@Test
	void eachNameIsItsOwnKey() {
		assertThat(node().named("links").mac("value")).isNotEqualTo(node().named("forms").mac("value"));
	}

	@Test
	void anEarlierKeyIsKeptWhenThereIsNoneYetAndIgnoredOnceThereIs() {
		byte[] earlier = "a key an earlier version kept in a file".getBytes();

		byte[] signed = node().named("forms", () -> Optional.of(earlier)).mac("value");

		assertThat(signed).isEqualTo(SigningKey.of(earlier).mac("value"));
		assertThat(node().named("forms", () -> Optional.of("another file".getBytes())).mac("value")).isEqualTo(signed);
	}

	@Test
	void nothingIsReadOrMadeUntilTheKeyFirstSigns() {
		node().named("unused");

		assertThat(JdbcClient.create(database).sql("select count(*) from site_key").query(Long.class).single())
			.isZero();
	}

	SiteKeys node() {
		return MigratedDatabase.siteKeys(database);
	}

	String secret(String name) {
		return JdbcClient.create(database)
			.sql("select secret from site_key where name = ?")
			.param(name)
			.query(String.class)
			.single();
	}

}
